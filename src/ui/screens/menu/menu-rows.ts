import type { TaxonomyEntry } from '../../../bundle/types.js';
import type { Catalog } from '../../../catalog/types.js';
import { entryName } from '../../../text/labels.js';
import type { Screen } from '../../navigation.js';
import type { UserSnapshot } from '../../user-store.js';
import { START } from '../list-position.js';
import type { MenuRow } from './menu-row.js';
import { watchedRows } from './watched-rows.js';

/** Where a taxonomy entry leads: its menu when it has visible children, else its page. */
export function screenForEntry(catalog: Catalog, entry: TaxonomyEntry): Screen {
  return visibleChildren(catalog, entry.id).length > 0
    ? { kind: 'menu', entryId: entry.id, list: START }
    : { kind: 'entity', entryId: entry.id, filters: {}, list: START };
}

/**
 * Home: Latest releases, Search, then the site's top-level menu in its order; with the reader's
 * state, Bookmarks, Recently read and Settings last (so the site's rows keep their places).
 */
export function homeRows(catalog: Catalog, user?: UserSnapshot): MenuRow[] {
  const rows: MenuRow[] = [
    ...watchedRows(catalog, user?.watches ?? []),
    { label: 'Latest releases', count: catalog.totalReleases, open: () => ({ kind: 'latest', list: START }) },
    {
      label: 'Search',
      detail: 'names, titles and text',
      open: (newSearchId) => ({ kind: 'search', id: newSearchId(), query: '', editing: true, recall: -1, list: START }),
    },
  ];
  for (const root of catalog.taxonomy.roots()) {
    if (!isVisible(catalog, root)) continue;
    const children = visibleChildren(catalog, root.id).map((child) => entryName(child));
    rows.push({
      label: entryName(root),
      detail: children.join(', '),
      count: catalog.entityCount(root.id),
      open: () => screenForEntry(catalog, root),
    });
  }
  if (user) {
    const synced = user.newSinceSync ?? [];
    if (synced.length > 0)
      rows.push({
        label: 'New since last sync',
        count: synced.length,
        open: () => ({ kind: 'saved', which: 'synced', list: START }),
      });
    rows.push(
      {
        label: 'Bookmarks',
        detail: 'releases and entries',
        count: user.bookmarks.length,
        open: () => ({ kind: 'saved', which: 'bookmarks', list: START }),
      },
      {
        label: 'Recently read',
        count: user.recentReleases.length,
        open: () => ({ kind: 'saved', which: 'recent', list: START }),
      },
      { label: 'Settings', detail: 'theme, reading width', open: () => ({ kind: 'settings', list: START }) },
    );
  }
  return rows;
}

/**
 * A menu: the entry's own page first (its overview and all its releases, under the menu's
 * title, so narrow terminals may drop the name; its description is on the page), then its
 * children in menu order.
 */
export function menuRows(catalog: Catalog, entryId: string): MenuRow[] {
  const entry = catalog.taxonomy.get(entryId);
  if (!entry) return [];
  const rows: MenuRow[] = [
    {
      label: `${entryName(entry)} — overview and all releases`,
      shortLabel: 'Overview and all releases',
      count: catalog.entityCount(entry.id),
      open: () => ({ kind: 'entity', entryId: entry.id, filters: {}, list: START }),
    },
  ];
  for (const child of visibleChildren(catalog, entryId)) {
    const grandchildren = visibleChildren(catalog, child.id).length;
    rows.push({
      label: entryName(child),
      detail: grandchildren > 0 ? `${grandchildren} entries` : undefined,
      count: catalog.entityCount(child.id),
      open: () => screenForEntry(catalog, child),
    });
  }
  return rows;
}

/** Children shown in menus: menu-only pages with nothing behind them are left out. */
export function visibleChildren(catalog: Catalog, id: string): TaxonomyEntry[] {
  return catalog.taxonomy.children(id).filter((child) => isVisible(catalog, child));
}

function isVisible(catalog: Catalog, entry: TaxonomyEntry): boolean {
  if (entry.kind !== 'page') return true;
  return catalog.taxonomy.children(entry.id).length > 0 || catalog.entityCount(entry.id) > 0;
}

export type { MenuRow } from './menu-row.js';
