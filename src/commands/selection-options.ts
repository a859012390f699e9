import { type Command, InvalidArgumentError, Option } from 'commander';

/** Releases `search` prints when --limit is not given. */
export const DEFAULT_SEARCH_LIMIT = 20;

/** The options `list` and `export` share to select releases. */
export interface SelectionOptions {
  country?: string[];
  field?: string[];
  source?: string[];
  type?: string;
  since?: string;
  until?: string;
  unread?: boolean;
  limit?: number;
}

/** Adds the selection options (names, type, dates, unread, limit) to a command. */
export function addSelectionOptions(command: Command): Command {
  const collect = (value: string, previous: string[] = []) => [...previous, value];
  return command
    .option('--country <name>', 'releases about this State or place (repeatable)', collect)
    .option('--field <name>', 'releases in this field of work or meeting type (repeatable)', collect)
    .option('--source <name>', 'releases from this structure or institution (repeatable)', collect)
    .option('--type <type>', 'content type, e.g. "Press release"')
    .option('--since <date>', 'on or after YYYY, YYYY-MM or YYYY-MM-DD', (text) => parseDateBound(text, 'start'))
    .option('--until <date>', 'on or before YYYY, YYYY-MM or YYYY-MM-DD', (text) => parseDateBound(text, 'end'))
    .option('--unread', 'only releases not read yet')
    .addOption(new Option('--limit <n>', 'at most N releases').argParser(parsePositiveInteger));
}

/** YYYY, YYYY-MM or YYYY-MM-DD as the first (`start`) or last (`end`) day it covers. */
export function parseDateBound(text: string, edge: 'start' | 'end'): string {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text.trim());
  const year = Number(match?.[1]);
  const month = match?.[2] === undefined ? undefined : Number(match[2]);
  const day = match?.[3] === undefined ? undefined : Number(match[3]);
  const lastDay = (m: number) => new Date(Date.UTC(year, m, 0)).getUTCDate();
  if (
    !match ||
    (month !== undefined && (month < 1 || month > 12)) ||
    (day !== undefined && (day < 1 || day > lastDay(month!)))
  ) {
    throw new InvalidArgumentError('expected a date as YYYY, YYYY-MM or YYYY-MM-DD.');
  }
  const m = month ?? (edge === 'start' ? 1 : 12);
  const d = day ?? (edge === 'start' ? 1 : lastDay(m));
  return `${match[1]}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** A --limit: a whole number from 1 up (a huge one means "all", not a crash in the index). */
export function parsePositiveInteger(text: string): number {
  const value = Number(text);
  if (!/^\s*\d+\s*$/.test(text) || value < 1) throw new InvalidArgumentError('expected a whole number of 1 or more.');
  return Math.min(value, Number.MAX_SAFE_INTEGER);
}
