import { moveList, openReleaseAt } from '../list-keys.js';
import { START } from '../list-position.js';
import { refinePicker, typePicker, yearPicker } from '../picker/pickers.js';
import type { KeyEnvironment, KeyResult, ScreenKey } from '../screen-definition.js';
import { comparePicker } from '../timeline/model.js';
import type { EntityModel } from './model.js';
import type { EntityScreen } from './state.js';

/** Keys of an entity page: its release list, filters and refinement. */
export function entityKeys(
  screen: EntityScreen,
  model: EntityModel | undefined,
  { action }: ScreenKey,
  env: KeyEnvironment,
): KeyResult {
  if (!model) return [];
  const list = moveList(model.list, action, model.total, model.listHeight);
  if (list) return [{ type: 'replace', screen: { ...screen, list } }];
  const { catalog } = env;
  switch (action) {
    case 'open':
      return openReleaseAt(env, model.filter, model.list.selected);
    case 'filter-year':
      return model.entityTotal > 0
        ? [{ type: 'push', screen: yearPicker(catalog, screen.entryId, screen.filters) }]
        : [];
    case 'filter-type':
      return model.entityTotal > 0
        ? [{ type: 'push', screen: typePicker(catalog, screen.entryId, screen.filters) }]
        : [];
    case 'refine':
      return model.entityTotal > 0
        ? [{ type: 'push', screen: refinePicker(catalog, screen.entryId, screen.filters) }]
        : [];
    case 'compare': {
      const picker = comparePicker(catalog, [screen.entryId]);
      return picker ? [{ type: 'push', screen: picker }] : [];
    }
    case 'clear-filters':
      return [{ type: 'replace', screen: { ...screen, filters: {}, list: START } }];
    default:
      return [];
  }
}
