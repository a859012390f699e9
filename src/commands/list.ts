import { type Command, InvalidArgumentError, Option } from 'commander';
import type { EntryKind, TaxonomyEntry } from '../bundle/types.js';
import { createTextStyle, colourEnabled, type TextStyle } from '../cards/text-style.js';
import { releaseColumns, releaseListLines, releaseRowJson } from '../cards/release-lines.js';
import { checkBundleProblems, problemNoticeText } from '../catalog/bundle-problems.js';
import { openCatalog } from '../catalog/open-catalog.js';
import type { Catalog, ReleaseFilter, ReleaseRow } from '../catalog/types.js';
import { EXIT_USAGE, UserError } from '../cli/errors.js';
import { outputWidth, writeJson, writeOut } from '../cli/output.js';
import { resolveBundleDir } from '../cli/paths.js';
import { openUserState, type UserState } from '../state/user-state.js';
import { createNameMatcher } from '../taxonomy/name-matcher.js';
import type { Taxonomy } from '../taxonomy/taxonomy.js';
import { foldText } from '../text/fold.js';
import { clean } from '../text/labels.js';

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

// Tried in order: "trafficking" means the field of work before the meeting of a similar name.
const COUNTRY_KINDS: EntryKind[][] = [['state', 'partner', 'place']];
const FIELD_KINDS: EntryKind[][] = [['field'], ['meeting']];
const SOURCE_KINDS: EntryKind[][] = [['institution', 'field-operation', 'secretariat-unit', 'body', 'chairpersonship', 'group']];
const DEFAULT_LIST_LIMIT = 50;

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
  if (!match || (month !== undefined && (month < 1 || month > 12)) || (day !== undefined && (day < 1 || day > lastDay(month!)))) {
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

/**
 * Finds the taxonomy entry a name given on the command line means, matching like quick lookup
 * (an id works too), trying each group of kinds in turn. An unknown or ambiguous name is a
 * UserError naming the candidates.
 */
export function resolveEntryName(taxonomy: Taxonomy, name: string, kindGroups: EntryKind[][], what: string): TaxonomyEntry {
  if (name.trim() === '') throw new UserError(`the ${what} name is empty; give a name or an id`, EXIT_USAGE);
  const byId = taxonomy.get(name.trim());
  if (byId) return byId;
  const matcher = createNameMatcher(taxonomy);
  const matches = kindGroups.map((kinds) => matcher.resolve(name, { kinds, typos: true }));
  const match = matches.find((candidate) => candidate.status !== 'none') ?? matches[0]!;
  if (match.status === 'exact' && match.entries[0]) return match.entries[0];
  if (match.status === 'ambiguous') {
    const names = match.entries.slice(0, 6).map((entry) => `${clean(entry.name)} (${entry.id})`);
    throw new UserError(`${what} "${name}" is ambiguous: ${names.join(', ')}`);
  }
  const nearest = match.suggestions.slice(0, 5).map((entry) => clean(entry.name));
  throw new UserError(`no ${what} named "${name}"${nearest.length > 0 ? `; did you mean ${nearest.join(', ')}?` : ''}`);
}

/**
 * The content type a --type value means among the bundle's types: the same words in any case
 * and accents ("press release"), written without spaces ("pressrelease"), or the start of one
 * ("news" → News item). Unknown is a UserError listing the types the bundle has.
 */
function resolveContentType(catalog: Catalog, text: string): string {
  const types = catalog.facet({}, 'type');
  const squeeze = (value: string) => foldText(value).replace(/[^\p{L}\p{N}]+/gu, '');
  const wanted = squeeze(text);
  if (wanted === '') throw new UserError('the content type is empty; give one, e.g. --type "press release"', EXIT_USAGE);
  const match =
    types.find((type) => squeeze(type.label) === wanted) ?? types.find((type) => squeeze(type.label).startsWith(wanted));
  if (match) return match.label;
  const known = types.map((type) => clean(type.label)).join(', ');
  throw new UserError(`no content type "${clean(text)}" in this bundle${known ? `; it has ${known}` : ''}`);
}

/** The release filter the selection options describe. */
export function releaseFilterFor(options: SelectionOptions, catalog: Catalog): ReleaseFilter {
  const { taxonomy } = catalog;
  const entities = [
    ...(options.country ?? []).map((name) => resolveEntryName(taxonomy, name, COUNTRY_KINDS, 'country').id),
    ...(options.field ?? []).map((name) => resolveEntryName(taxonomy, name, FIELD_KINDS, 'field of work').id),
    ...(options.source ?? []).map((name) => resolveEntryName(taxonomy, name, SOURCE_KINDS, 'source').id),
  ];
  const filter: ReleaseFilter = {};
  if (entities.length > 0) filter.entities = entities;
  if (options.type !== undefined) filter.type = resolveContentType(catalog, options.type);
  if (options.since) filter.since = options.since;
  if (options.until) filter.until = options.until;
  if (filter.since && filter.until && filter.since > filter.until) {
    throw new UserError(`--since ${filter.since} is after --until ${filter.until}`);
  }
  return filter;
}

/** The releases selected, newest first, and how many match in all. */
export interface Selection {
  rows: ReleaseRow[];
  total: number;
}

const PAGE = 500;

/** Lists releases under the filter, skipping read ones when `readIds` is given. */
export function selectReleases(catalog: Catalog, filter: ReleaseFilter, limit: number, readIds?: ReadonlySet<string>): Selection {
  if (!readIds) return { rows: catalog.list(filter, 0, limit), total: catalog.count(filter) };
  const rows: ReleaseRow[] = [];
  let total = 0;
  for (let offset = 0; ; offset += PAGE) {
    const page = catalog.list(filter, offset, PAGE);
    for (const row of page) {
      if (readIds.has(row.id)) continue;
      total += 1;
      if (rows.length < limit) rows.push(row);
    }
    if (page.length < PAGE) break;
  }
  return { rows, total };
}

/**
 * Opens the bundle named by --bundle (or the default), as a UserError when it cannot be read.
 * A bundle with problems opens with what is valid and one warning line on stderr, the browser's
 * notice: how many problems, where the first is, and that `osce-tui stats` lists them.
 */
export async function openCommandCatalog(command: Command): Promise<Catalog> {
  const dir = resolveBundleDir(command.optsWithGlobals<{ bundle?: string }>().bundle);
  let catalog: Catalog;
  try {
    catalog = await openCatalog(dir, { onWarning: (message) => process.stderr.write(`osce-tui: warning: ${message}\n`) });
  } catch (error) {
    throw new UserError(`cannot open the bundle in ${dir}: ${(error as Error).message}`);
  }
  const problems = problemNoticeText(await checkBundleProblems(dir).catch(() => ({ count: 0 })));
  if (problems) process.stderr.write(`osce-tui: warning: ${problems}\n`);
  return catalog;
}

/** The text style of a command's output: colour on a terminal unless NO_COLOR or the global --no-color. */
export function commandTextStyle(command: Command): TextStyle {
  return createTextStyle(colourEnabled(process.stdout, process.env, command.optsWithGlobals<{ color?: boolean }>().color !== false));
}

/** The user state for a command: warnings go to stderr as one line each. */
export function openCommandUserState(): UserState {
  return openUserState({ onWarning: (message) => process.stderr.write(`osce-tui: warning: ${message}\n`) });
}

/** Adds `osce-tui list`. */
export function register(program: Command): void {
  addSelectionOptions(program.command('list').description('list releases, newest first'))
    .option('--json', 'print JSON')
    .action(async (options: SelectionOptions & { json?: boolean }, command: Command) => {
      const catalog = await openCommandCatalog(command);
      try {
        const filter = releaseFilterFor(options, catalog);
        const readIds = openCommandUserState().readMarks.readIds();
        const limit = options.limit ?? DEFAULT_LIST_LIMIT;
        const { rows, total } = selectReleases(catalog, filter, limit, options.unread ? readIds : undefined);
        if (rows.length === 0) throw new UserError(options.unread ? 'no unread releases match' : 'no releases match');
        if (options.json) {
          writeJson({ total, releases: rows.map((row) => releaseRowJson(row, readIds.has(row.id))) });
          return;
        }
        const width = outputWidth();
        const style = commandTextStyle(command);
        const columns = releaseColumns(rows);
        const lines = rows.flatMap((row) => releaseListLines(row, { width, style, read: readIds.has(row.id), columns }));
        if (total > rows.length && process.stdout.isTTY) {
          lines.push(style.muted(`${rows.length} of ${total}; use --limit N for more`));
        }
        writeOut(lines.join('\n'));
      } finally {
        catalog.close();
      }
    });
}
