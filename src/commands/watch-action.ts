import type { Command } from 'commander';
import { wrapText } from '../article/wrap-text.js';
import type { SqliteCatalog } from '../catalog/sqlite-catalog.js';
import { EXIT_USAGE, UserError } from '../cli/errors.js';
import { outputWidth, writeJson, writeOut } from '../cli/output.js';
import type { UserState } from '../state/user-state.js';
import { watchLabel } from '../watch/watch-label.js';
import { countWatch, markNow, type WatchCount } from '../watch/watch-releases.js';
import type { Watch, WatchTarget } from '../watch/watch-types.js';
import { CARD_KINDS } from './card-kinds.js';
import { commandTextStyle, openCommandCatalog, openCommandUserState } from './command-context.js';
import { releaseFilterFor, resolveEntryName } from './release-selection.js';
import type { SelectionOptions } from './selection-options.js';

/** A watch with its number and counts, as `watch list --json` prints it. */
function watchJson(number: number, watch: Watch, count: WatchCount) {
  return {
    number,
    label: watch.label,
    entities: watch.entities,
    type: watch.type,
    query: watch.query,
    addedAt: watch.addedAt,
    seenAt: watch.seen.at,
    total: count.total,
    totalIsLowerBound: count.totalIsLowerBound,
    new: count.fresh,
  };
}

/** `osce-tui watch list`: every watch with its counts. No watch is an empty list, not an error. */
export async function listWatches(options: { json?: boolean }, command: Command): Promise<void> {
  const state = openCommandUserState();
  const watches = state.watches.list();
  if (watches.length === 0) {
    if (options.json) writeJson({ watches: [] });
    else writeOut('No watches yet; add one with osce-tui watch add NAME (see osce-tui watch add --help).');
    return;
  }
  const catalog = (await openCommandCatalog(command)) as SqliteCatalog;
  try {
    const rows: ReturnType<typeof watchJson>[] = [];
    // One at a time: the catalog's search answers the latest call only.
    for (const [index, watch] of watches.entries())
      rows.push(watchJson(index + 1, watch, await countWatch(catalog, watch, watch.seen)));
    if (options.json) {
      writeJson({ watches: rows });
      return;
    }
    const style = commandTextStyle(command);
    const width = outputWidth();
    const numberWidth = String(rows.length).length;
    writeOut(
      rows
        .flatMap((row) => {
          const head = `${String(row.number).padStart(numberWidth)}  `;
          const counts = `${row.new > 0 ? `${row.new.toLocaleString('en-US')} new` : 'nothing new'} · ${row.total.toLocaleString('en-US')}${row.totalIsLowerBound ? '+' : ''} in all · seen ${row.seenAt.slice(0, 10)}`;
          const label = wrapText(row.label, width - head.length).map(
            (line, index) => (index === 0 ? head : ' '.repeat(head.length)) + style.heading(line),
          );
          return [...label, ' '.repeat(head.length) + (row.new > 0 ? style.accent(counts) : style.muted(counts))];
        })
        .join('\n'),
    );
  } finally {
    catalog.close();
  }
}

/** The options of `watch add`. */
interface AddOptions extends Pick<SelectionOptions, 'country' | 'field' | 'source' | 'type'> {
  search?: string;
  json?: boolean;
}

/** `osce-tui watch add NAME… [--country …] [--type …] [--search QUERY]`: starts watching, nothing new yet. */
export async function addWatch(names: string[], options: AddOptions, command: Command): Promise<void> {
  const name = names.join(' ').trim();
  const query = options.search?.trim() || null;
  if (
    name === '' &&
    query === null &&
    !options.country &&
    !options.field &&
    !options.source &&
    options.type === undefined
  ) {
    throw new UserError(
      'watch add needs an entry, a filter or a search, e.g. osce-tui watch add moldova --field elections',
      EXIT_USAGE,
    );
  }
  const catalog = (await openCommandCatalog(command)) as SqliteCatalog;
  try {
    const filter = releaseFilterFor(options, catalog);
    const named = name === '' ? [] : [resolveEntryName(catalog.taxonomy, name, [CARD_KINDS], 'entry').id];
    const target: WatchTarget = {
      entities: [...new Set([...named, ...(filter.entities ?? [])])],
      type: filter.type ?? null,
      query,
    };
    if (query !== null) {
      const check = await catalog.search(query, { limit: 0, entityLimit: 0 });
      if (check.error) throw new UserError(check.error);
    }
    const label = watchLabel(catalog.taxonomy, target);
    const count = await countWatch(catalog, target, markNow(catalog, 0, new Date()));
    const state = openCommandUserState();
    const { number, added } = state.watches.add({ ...target, label }, markNow(catalog, count.total, new Date()));
    if (options.json) {
      writeJson({ number, added, label, total: count.total, totalIsLowerBound: count.totalIsLowerBound });
      return;
    }
    const releases = `${count.total.toLocaleString('en-US')}${count.totalIsLowerBound ? '+' : ''} release${count.total === 1 ? '' : 's'}`;
    writeOut(added ? `Watching ${number}: ${label} (${releases} so far)` : `Already watching ${number}: ${label}`);
  } finally {
    catalog.close();
  }
}

/** `osce-tui watch remove N`. */
export async function removeWatch(text: string, options: { json?: boolean }): Promise<void> {
  const state = openCommandUserState();
  const removed = state.watches.remove(watchNumber(text, state));
  if (!removed) throw new UserError(`no watch number ${text}`);
  if (options.json) writeJson({ removed: removed.label });
  else writeOut(`Stopped watching ${removed.label}`);
}

/** `osce-tui watch seen N|all`: nothing of the watch is new any more. */
export async function markWatchesSeen(text: string, options: { json?: boolean }, command: Command): Promise<void> {
  const state = openCommandUserState();
  const watches = state.watches.list();
  const numbers = text.trim() === 'all' ? watches.map((_, index) => index + 1) : [watchNumber(text, state)];
  const catalog = (await openCommandCatalog(command)) as SqliteCatalog;
  try {
    for (const number of numbers) {
      const watch = watches[number - 1]!;
      const count = await countWatch(catalog, watch, watch.seen);
      state.watches.markSeen(number, markNow(catalog, count.total, new Date()));
    }
  } finally {
    catalog.close();
  }
  if (options.json) writeJson({ seen: numbers });
  else writeOut(numbers.length === 0 ? 'No watches yet.' : `Marked seen: ${numbers.join(', ')}`);
}

/** A watch number as typed: a whole number naming an existing watch, else a UserError. */
export function watchNumber(text: string, state: UserState): number {
  const count = state.watches.list().length;
  const number = Number(text);
  if (!/^\s*\d+\s*$/.test(text))
    throw new UserError(`"${text}" is not a watch number; expected a whole number from 1 to ${count}`, EXIT_USAGE);
  if (number < 1 || number > count) {
    throw new UserError(
      count === 0
        ? 'no watches yet; add one with osce-tui watch add NAME'
        : `no watch number ${number}; there ${count === 1 ? 'is 1 watch' : `are ${count} watches`}`,
    );
  }
  return number;
}
