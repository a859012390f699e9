import type { Catalog } from '../../catalog/types.js';
import { entryName } from '../../text/labels.js';
import type { Screen } from '../navigation.js';
import { START } from './list-position.js';
import { homeRows, screenForEntry, visibleChildren } from './menu/menu-rows.js';

/**
 * The stack that shows an entry as if it had been reached through the menus: Home › Countries ›
 * Participating States › Italy, each menu with the way down selected, so Back walks up the menu.
 */
export function stackForEntry(catalog: Catalog, entryId: string): Screen[] {
  const entry = catalog.taxonomy.get(entryId);
  if (!entry) return [{ kind: 'home', list: START }];
  const path = [...catalog.taxonomy.ancestors(entryId)].reverse();
  const root = path[0] ?? entry;
  const homeIndex = homeRows(catalog).findIndex((row) => row.label === entryName(root));
  const stack: Screen[] = [{ kind: 'home', list: { selected: Math.max(0, homeIndex), scroll: 0 } }];
  path.forEach((ancestor, i) => {
    const next = path[i + 1] ?? entry;
    // Row 0 of a menu is the entry's own page; its children follow.
    const childIndex = visibleChildren(catalog, ancestor.id).findIndex((child) => child.id === next.id);
    const selected = childIndex >= 0 ? childIndex + 1 : 0;
    stack.push({ kind: 'menu', entryId: ancestor.id, list: { selected, scroll: 0 } });
  });
  stack.push(screenForEntry(catalog, entry));
  return stack;
}
