import { wrapText } from '../../../article/wrap-text.js';
import type { Catalog } from '../../../catalog/types.js';
import { fitCells } from '../../../text/cell-text.js';
import { formatCount } from '../../../text/format-count.js';
import { clean, dateLabel, entryName, kindLabel } from '../../../text/labels.js';
import { fitWindow, positionLabel } from '../../layout/virtual-window.js';
import { releaseMarks, type UserSnapshot } from '../../user-store.js';
import { articleInList } from '../article/state.js';
import { listHeight, moveList } from '../list-keys.js';
import type { ListPosition } from '../list-position.js';
import { screenForEntry } from '../menu/menu-rows.js';
import type { KeyEnvironment, KeyResult, KeyTargets, ScreenEnvironment, ScreenKey } from '../screen-definition.js';
import type { SavedScreen } from './state.js';

/** One row of a saved list: a release or a taxonomy entry, by id. */
export interface SavedRow {
  kind: 'release' | 'entity';
  id: string;
}

/** A saved list as shown: its title lines, its rows and the text of the visible ones. */
export interface SavedModel {
  title: string[];
  rows: SavedRow[];
  window: ListPosition;
  /** The text of each visible row, from `window.scroll`. */
  texts: string[];
}

const TITLES: Record<SavedScreen['which'], string> = {
  recent: 'Recently read',
  bookmarks: 'Bookmarks',
  synced: 'New since last sync',
};

const EMPTY_TEXT: Record<SavedScreen['which'], string> = {
  recent: 'Nothing read yet: releases you open are listed here.',
  bookmarks: 'No bookmarks yet: press m on a release, M on an entity page.',
  synced: 'The last osce-tui sync added nothing that this bundle still has.',
};

/** The title of a saved list. */
export function savedTitle(which: SavedScreen['which']): string {
  return TITLES[which];
}

/** The rows of a saved list, most recent first (items the bundle lacks are kept, shown as such). */
export function savedRows(which: SavedScreen['which'], user: UserSnapshot | undefined): SavedRow[] {
  if (!user) return [];
  if (which === 'recent') return user.recentReleases.map((id) => ({ kind: 'release', id }));
  if (which === 'synced') return (user.newSinceSync ?? []).map((id) => ({ kind: 'release', id }));
  return user.bookmarks.map((bookmark) => ({ kind: bookmark.kind, id: bookmark.id }));
}

/** Bookmarks, Recently read or New since last sync at the body's size. */
export function savedModel(screen: SavedScreen, { catalog, user, columns, bodyHeight }: ScreenEnvironment): SavedModel {
  const rows = savedRows(screen.which, user);
  const window = fitWindow(screen.list, rows.length, listHeight(bodyHeight));
  // The empty list's explanation wraps: cut, it would hide the key that fills the list.
  const title =
    rows.length > 0
      ? [`${savedTitle(screen.which)} · ${formatCount(rows.length)}`]
      : wrapText(EMPTY_TEXT[screen.which], columns);
  const texts = user
    ? rows
        .slice(window.scroll, window.scroll + listHeight(bodyHeight))
        .map((row) => savedRowText(row, catalog, user, columns - 2))
    : [];
  return { title, rows, window, texts };
}

function savedRowText(row: SavedRow, catalog: Catalog, user: UserSnapshot, width: number): string {
  if (row.kind === 'entity') {
    const entry = catalog.taxonomy.get(row.id);
    const name = entry ? `${entryName(entry)} (${kindLabel(entry.kind)})` : `${clean(row.id)} (not in this bundle)`;
    return `${user.bookmarked.has(`entity:${row.id}`) ? ' ★' : '  '}${name}`;
  }
  const release = catalog.get(row.id);
  const marks = releaseMarks(user, row.id);
  if (!release) return `${marks}${fitCells('', 10)}  ${clean(row.id)} (not in this bundle)`;
  const type = width >= 60 ? `${fitCells(clean(release.type), 14)}  ` : '';
  return `${marks}${fitCells(dateLabel(release.date), 10)}  ${type}${clean(release.title)}`;
}

/** Keys of a saved list: move and open (marks and read toggles are user effects). */
export function savedKeys(
  screen: SavedScreen,
  model: SavedModel,
  { action }: ScreenKey,
  env: KeyEnvironment,
): KeyResult {
  const rows = model.rows;
  const list = moveList(screen.list, action, rows.length, listHeight(env.bodyHeight));
  if (list) return [{ type: 'replace', screen: { ...screen, list } }];
  if (action !== 'open') return [];
  const row = rows[screen.list.selected];
  return row ? openSavedRow(env.catalog, rows, row) : [];
}

function openSavedRow(catalog: Catalog, rows: SavedRow[], row: SavedRow): KeyResult {
  if (row.kind === 'entity') {
    const entry = catalog.taxonomy.get(row.id);
    return entry ? [{ type: 'push', screen: screenForEntry(catalog, entry) }] : [];
  }
  if (!catalog.get(row.id)) return [];
  // `[` and `]` step through the releases of this list that the bundle still has.
  const ids = rows.filter((r) => r.kind === 'release' && catalog.get(r.id)).map((r) => r.id);
  return [{ type: 'push', screen: articleInList(ids, ids.indexOf(row.id)) }];
}

/** The selected release or entry. */
export function savedTargets(screen: SavedScreen, model: SavedModel): KeyTargets {
  const row = model.rows[screen.list.selected];
  return row ? { selected: row } : {};
}

/** "3/12". */
export function savedPosition(screen: SavedScreen, model: SavedModel): string {
  return positionLabel(screen.list.selected, model.rows.length);
}
