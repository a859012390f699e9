import type { Action } from '../keymap.js';
import { START, type Screen } from '../navigation.js';
import { layoutEntity } from './entity-model.js';
import { openReleaseAt } from './list-screen-keys.js';
import { refinePicker, typePicker, yearPicker } from './pickers.js';
import { moveList, type KeyResult, type ScreenContext } from './screen-context.js';

/** Keys of an entity page: its release list, filters and refinement. */
export function entityKeys(screen: Extract<Screen, { kind: 'entity' }>, action: Action | undefined, ctx: ScreenContext): KeyResult {
  const layout = layoutEntity(ctx.catalog, screen, ctx.columns, ctx.bodyHeight);
  if (!layout) return [];
  const list = moveList(layout.list, action, layout.total, layout.listHeight);
  if (list) return [{ type: 'replace', screen: { ...screen, list } }];
  switch (action) {
    case 'open':
      return openReleaseAt(ctx, layout.filter, layout.list.selected);
    case 'filter-year':
      return layout.entityTotal > 0 ? [{ type: 'push', screen: yearPicker(ctx.catalog, screen.entryId, screen.filters) }] : [];
    case 'filter-type':
      return layout.entityTotal > 0 ? [{ type: 'push', screen: typePicker(ctx.catalog, screen.entryId, screen.filters) }] : [];
    case 'refine':
      return layout.entityTotal > 0 ? [{ type: 'push', screen: refinePicker(ctx.catalog, screen.entryId, screen.filters) }] : [];
    case 'clear-filters':
      return [{ type: 'replace', screen: { ...screen, filters: {}, list: START } }];
    default:
      return [];
  }
}
