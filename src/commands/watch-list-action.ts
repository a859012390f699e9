import type { Command } from 'commander';
import type { SqliteCatalog } from '../catalog/sqlite-catalog.js';
import { EXIT_USAGE, UserError } from '../cli/errors.js';
import { outputWidth, writeJson, writeOut } from '../cli/output.js';
import { releaseColumns, releaseListLines, releaseRowJson } from '../print/release-lines.js';
import { countWatch, listWatch, markNow } from '../watch/watch-releases.js';
import { commandTextStyle, openCommandCatalog, openCommandUserState } from './command-context.js';
import { releaseFilterFor } from './release-selection.js';
import type { SelectionOptions } from './selection-options.js';
import { watchNumber } from './watch-action.js';

const DEFAULT_LIST_LIMIT = 50;

/** The options `list` takes for watches. */
export interface WatchListOptions {
  watch?: string;
  new?: boolean;
  markSeen?: boolean;
}

/**
 * `osce-tui list --watch N [--new] [--mark-seen]`: a watch's releases, newest first, within the
 * other selection options. With --new, nothing new is not a failure (a cron job's quiet run):
 * the text is empty and JSON says `total: 0`.
 */
export async function listWatchReleases(
  options: SelectionOptions & WatchListOptions & { json?: boolean },
  command: Command,
): Promise<void> {
  if (options.watch === undefined) throw new UserError('--new and --mark-seen need --watch N', EXIT_USAGE);
  if (options.unread)
    throw new UserError(
      '--unread does not combine with --watch; --new lists what is new since the watch was seen',
      EXIT_USAGE,
    );
  const state = openCommandUserState();
  const number = watchNumber(options.watch, state);
  const watch = state.watches.list()[number - 1]!;
  const catalog = (await openCommandCatalog(command)) as SqliteCatalog;
  try {
    const extra = releaseFilterFor(options, catalog);
    const limit = options.limit ?? DEFAULT_LIST_LIMIT;
    const { rows, total } = await listWatch(catalog, watch, {
      extra,
      ...(options.new ? { since: watch.seen } : {}),
      limit,
    });
    // Marked as of this catalog: what an import adds while this runs stays new for the next run.
    if (options.markSeen)
      state.watches.markSeen(
        number,
        markNow(catalog, (await countWatch(catalog, watch, watch.seen)).total, new Date()),
      );
    const readIds = state.readMarks.readIds();
    if (options.json) {
      writeJson({
        watch: { number, label: watch.label, seenAt: watch.seen.at },
        total,
        releases: rows.map((row) => releaseRowJson(row, readIds.has(row.id))),
      });
      return;
    }
    if (rows.length === 0) {
      if (options.new) return;
      throw new UserError(`no releases match watch ${number} (${watch.label})`);
    }
    const width = outputWidth();
    const style = commandTextStyle(command);
    const columns = releaseColumns(rows);
    const lines = rows.flatMap((row) => releaseListLines(row, { width, style, read: readIds.has(row.id), columns }));
    if (total > rows.length && process.stdout.isTTY)
      lines.push(style.muted(`${rows.length} of ${total}; use --limit N for more`));
    writeOut(lines.join('\n'));
  } finally {
    catalog.close();
  }
}
