import type { Catalog } from '../../catalog/types.js';
import { clean, entryName } from '../../text/labels.js';
import { fitScroll, positionLabel } from '../layout/virtual-window.js';
import type { Screen } from '../navigation.js';
import { articlePercent, percentLabel } from './article-model.js';
import { layoutEntity } from './entity-model.js';
import { helpLines } from './help-model.js';
import { homeRows, menuRows } from './menu-model.js';
import { searchTotalRows } from './search-model.js';
import { savedRows, savedTitle } from './saved-model.js';
import { SETTING_KEYS } from './settings-model.js';
import type { UserSnapshot } from '../user-store.js';

/** The breadcrumb crumbs of one screen (an entity page refined by a facet adds a second crumb). */
export function crumbsOf(screen: Screen, catalog: Catalog): string[] {
  switch (screen.kind) {
    case 'home':
      return ['Home'];
    case 'menu':
      return [entryName(catalog.taxonomy.get(screen.entryId))];
    case 'entity': {
      const name = entryName(catalog.taxonomy.get(screen.entryId));
      return screen.filters.refine ? [name, clean(screen.filters.refine.label)] : [name];
    }
    case 'latest':
      return ['Latest releases'];
    case 'article':
      return [clean(catalog.get(screen.releaseId)?.title ?? 'Release')];
    case 'help':
      return ['Help'];
    case 'search':
      return [screen.query ? `Search “${clean(screen.query)}”` : 'Search'];
    case 'picker':
      return [screen.title];
    case 'saved':
      return [savedTitle(screen.which)];
    case 'settings':
      return ['Settings'];
  }
}

/** The position shown at the right of the status bar: "120/4,312" in lists, "42%" in articles. */
export function positionOf(screen: Screen, catalog: Catalog, columns: number, bodyHeight: number, user?: UserSnapshot): string {
  switch (screen.kind) {
    case 'home':
      return positionLabel(screen.list.selected, homeRows(catalog, user).length);
    case 'menu':
      return positionLabel(screen.list.selected, menuRows(catalog, screen.entryId).length);
    case 'latest':
      return positionLabel(screen.list.selected, catalog.totalReleases);
    case 'entity': {
      const layout = layoutEntity(catalog, screen, columns, bodyHeight);
      return layout && layout.total > 0 ? positionLabel(layout.list.selected, layout.total) : '';
    }
    case 'article':
      return articlePercent(catalog, screen, columns, bodyHeight);
    case 'help':
      return percentLabel(fitScroll(screen.scroll, helpLines(columns).length, bodyHeight), bodyHeight, helpLines(columns).length);
    case 'search': {
      const total = searchTotalRows(screen);
      return total > 0 ? positionLabel(screen.list.selected, total) : '';
    }
    case 'picker':
      return positionLabel(screen.list.selected, screen.options.length);
    case 'saved':
      return positionLabel(screen.list.selected, savedRows(screen.which, user).length);
    case 'settings':
      return positionLabel(screen.list.selected, SETTING_KEYS.length);
  }
}
