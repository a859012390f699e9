import type { Catalog } from '../../catalog/types.js';
import type { Action } from '../keymap.js';
import type { Screen } from '../navigation.js';
import type { UserSnapshot } from '../user-store.js';
import { listHeight } from './list-screen-keys.js';
import { screenForEntry } from './menu-model.js';
import { moveList, type KeyResult, type ScreenContext } from './screen-context.js';

/** The Bookmarks, Recently read or New since last sync screen. */
export type SavedScreen = Extract<Screen, { kind: 'saved' }>;

/** One row of a saved list: a release or a taxonomy entry, by id. */
export interface SavedRow {
  kind: 'release' | 'entity';
  id: string;
}

/** The rows of a saved list, most recent first (items the bundle lacks are kept, shown as such). */
export function savedRows(which: SavedScreen['which'], user: UserSnapshot | undefined): SavedRow[] {
  if (!user) return [];
  if (which === 'recent') return user.recentReleases.map((id) => ({ kind: 'release', id }));
  if (which === 'synced') return (user.newSinceSync ?? []).map((id) => ({ kind: 'release', id }));
  return user.bookmarks.map((bookmark) => ({ kind: bookmark.kind, id: bookmark.id }));
}

const TITLES: Record<SavedScreen['which'], string> = { recent: 'Recently read', bookmarks: 'Bookmarks', synced: 'New since last sync' };

/** The title of a saved list. */
export function savedTitle(which: SavedScreen['which']): string {
  return TITLES[which];
}

/** Keys of a saved list: move and open (marks and read toggles are user effects). */
export function savedKeys(screen: SavedScreen, action: Action | undefined, ctx: ScreenContext): KeyResult {
  const rows = savedRows(screen.which, ctx.user);
  const list = moveList(screen.list, action, rows.length, listHeight(ctx.bodyHeight));
  if (list) return [{ type: 'replace', screen: { ...screen, list } }];
  if (action !== 'open') return [];
  const row = rows[screen.list.selected];
  return row ? openSavedRow(ctx.catalog, rows, row) : [];
}

function openSavedRow(catalog: Catalog, rows: SavedRow[], row: SavedRow): KeyResult {
  if (row.kind === 'entity') {
    const entry = catalog.taxonomy.get(row.id);
    return entry ? [{ type: 'push', screen: screenForEntry(catalog, entry) }] : [];
  }
  if (!catalog.get(row.id)) return [];
  // `[` and `]` step through the releases of this list that the bundle still has.
  const ids = rows.filter((r) => r.kind === 'release' && catalog.get(r.id)).map((r) => r.id);
  return [{ type: 'push', screen: { kind: 'article', releaseId: row.id, scroll: 0, origin: { kind: 'ids', ids, index: ids.indexOf(row.id) } } }];
}
