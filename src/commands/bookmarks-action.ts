import type { Command } from 'commander';
import { wrapText } from '../article/wrap-text.js';
import type { Catalog } from '../catalog/types.js';
import { UserError } from '../cli/errors.js';
import { outputWidth, writeJson, writeOut } from '../cli/output.js';
import type { Bookmark } from '../state/state-data.js';
import { clean, kindLabel, oneLine } from '../text/labels.js';
import { commandTextStyle, openCommandCatalog, openCommandUserState } from './command-context.js';

/** A bookmark with what the bundle says about its target (absent when the bundle lacks it). */
interface BookmarkView extends Bookmark {
  title: string | null;
  /** Release type or entry kind. */
  what: string | null;
  date: string | null;
}

function describe(bookmark: Bookmark, catalog: Catalog): BookmarkView {
  if (bookmark.kind === 'release') {
    const release = catalog.get(bookmark.id);
    return { ...bookmark, title: release?.title ?? null, what: release?.type ?? null, date: release?.date.iso ?? null };
  }
  const entry = catalog.taxonomy.get(bookmark.id);
  return {
    ...bookmark,
    title: entry ? oneLine(entry.name) : null,
    what: entry ? kindLabel(entry.kind) : null,
    date: null,
  };
}

/** `osce-tui bookmarks`: the bookmarks with what the bundle says of each. */
export async function listBookmarks(options: { json?: boolean }, command: Command): Promise<void> {
  const bookmarks = openCommandUserState().bookmarks.list();
  if (bookmarks.length === 0) throw new UserError('no bookmarks yet (press m on a release or an entry page)');
  const catalog = await openCommandCatalog(command);
  try {
    const views = bookmarks.map((bookmark) => describe(bookmark, catalog));
    if (options.json) {
      writeJson({ bookmarks: views });
      return;
    }
    const width = outputWidth();
    const style = commandTextStyle(command);
    const lines = views.flatMap((view) => {
      const title =
        view.title === null ? ['(not in this bundle)'] : wrapText(oneLine(view.title), width, { hangingIndent: '  ' });
      const facts = [oneLine(view.what) || view.kind, oneLine(view.date), `bookmarked ${view.addedAt.slice(0, 10)}`];
      return [
        ...title.map((line) => (view.title === null ? style.muted(line) : style.heading(line))),
        ...wrapText([...facts, clean(view.id)].filter(Boolean).join(' · '), width - 2, { hangingIndent: '  ' }).map(
          (line) => `  ${style.muted(line)}`,
        ),
      ];
    });
    writeOut(lines.join('\n'));
  } finally {
    catalog.close();
  }
}
