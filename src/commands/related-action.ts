import type { Command } from 'commander';
import { wrapText } from '../article/wrap-text.js';
import type { SqliteCatalog } from '../catalog/sqlite-catalog.js';
import { outputWidth, writeJson, writeOut } from '../cli/output.js';
import { resolveBundleDir } from '../cli/paths.js';
import { releaseColumns, releaseListLines, releaseRowJson } from '../print/release-lines.js';
import { clean, entryName } from '../text/labels.js';
import { commandTextStyle, openCommandCatalog, openCommandUserState } from './command-context.js';
import { findShownRelease } from './find-shown-release.js';

const RELATED_LIMIT = 20;

/** `osce-tui show ID --related`: the releases most related to one, most related first. */
export async function showRelated(
  text: string,
  options: { width?: number; json?: boolean },
  command: Command,
): Promise<void> {
  const catalog = (await openCommandCatalog(command)) as SqliteCatalog;
  try {
    // An id is found in the index at once; title words need the same search as show's.
    const release =
      catalog.get(text) ??
      catalog.get(
        (await findShownRelease(resolveBundleDir(command.optsWithGlobals<{ bundle?: string }>().bundle), text)).release
          .id,
      );
    if (!release) throw new Error(`the index lacks release ${text}`);
    const { words, related } = catalog.related(release, RELATED_LIMIT);
    const readIds = openCommandUserState().readMarks.readIds();
    if (options.json) {
      writeJson({
        id: release.id,
        title: release.title,
        words,
        related: related.map((item) => ({
          ...releaseRowJson(item.row, readIds.has(item.row.id)),
          score: item.score,
          shared: item.shared,
        })),
      });
      return;
    }
    const width = outputWidth(options.width);
    const style = commandTextStyle(command);
    const lines = wrapText(`Related to ${clean(release.title)}`, width).map((line) => style.heading(line));
    if (related.length === 0) lines.push('No related releases in this bundle.');
    const columns = releaseColumns(related.map((item) => item.row));
    for (const item of related) {
      lines.push(...releaseListLines(item.row, { width, style, read: readIds.has(item.row.id), columns }));
      const shared = item.shared.map((id) => entryName(catalog.taxonomy.get(id), id));
      if (shared.length > 0)
        lines.push(...wrapText(`shares ${shared.join(', ')}`, width - 4).map((line) => `    ${style.muted(line)}`));
    }
    writeOut(lines.join('\n'));
  } finally {
    catalog.close();
  }
}
