import type { Command } from 'commander';
import { UserError } from '../cli/errors.js';
import { outputWidth, writeJson, writeOut } from '../cli/output.js';
import { releaseColumns, releaseListLines, releaseRowJson } from '../print/release-lines.js';
import { commandTextStyle, openCommandCatalog, openCommandUserState } from './command-context.js';
import { releaseFilterFor, selectReleases } from './release-selection.js';
import type { SelectionOptions } from './selection-options.js';
import type { WatchListOptions } from './watch-list-action.js';

const DEFAULT_LIST_LIMIT = 50;

/** `osce-tui list`: the selected releases, newest first. */
export async function listReleases(
  options: SelectionOptions & WatchListOptions & { json?: boolean },
  command: Command,
): Promise<void> {
  if (options.watch !== undefined || options.new || options.markSeen)
    return (await import('./watch-list-action.js')).listWatchReleases(options, command);
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
}
