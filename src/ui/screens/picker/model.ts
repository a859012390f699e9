import { fitWindow, positionLabel } from '../../layout/virtual-window.js';
import { listHeight, moveList } from '../list-keys.js';
import type { ListPosition } from '../list-position.js';
import { START } from '../list-position.js';
import type { KeyEnvironment, KeyResult, KeyTargets, ScreenEnvironment, ScreenKey } from '../screen-definition.js';
import { stackForEntry } from '../start-screens.js';
import { applyChoice } from './pickers.js';
import type { PickerScreen } from './state.js';

/** A picker as shown: the visible part of its options. */
export interface PickerModel {
  window: ListPosition;
}

/** The picker at a body height. */
export function pickerModel(screen: PickerScreen, { bodyHeight }: ScreenEnvironment): PickerModel {
  return { window: fitWindow(screen.list, screen.options.length, listHeight(bodyHeight)) };
}

/** Keys of a picker: choosing applies to the screen below or opens an entity. */
export function pickerKeys(
  screen: PickerScreen,
  _model: PickerModel,
  { action }: ScreenKey,
  env: KeyEnvironment,
): KeyResult {
  const list = moveList(screen.list, action, screen.options.length, listHeight(env.bodyHeight));
  if (list) return [{ type: 'replace', screen: { ...screen, list } }];
  if (action !== 'open') return [];
  const option = screen.options[screen.list.selected];
  if (!option) return [];
  if (screen.purpose.kind === 'open-entity' || screen.purpose.kind === 'start-at-entity') {
    const entry = env.catalog.taxonomy.get(option.key);
    if (!entry) return [];
    // `open NAME` ends where a direct match would (Home › Countries › … › Albania), so Back walks
    // up the menus; a list of mentions stays beneath the page it opened.
    if (screen.purpose.kind === 'start-at-entity')
      return [{ type: 'reset', stack: stackForEntry(env.catalog, entry.id) }];
    return [{ type: 'push', screen: { kind: 'entity', entryId: entry.id, filters: {}, list: START } }];
  }
  const below = env.below;
  if (screen.purpose.kind === 'compare') {
    const timeline = { kind: 'timeline' as const, entryIds: [...screen.purpose.with, option.key], list: START };
    // From a timeline the choice adds a series to it; from an entity page it opens one on top.
    return below?.kind === 'timeline'
      ? [{ type: 'pop-and-update', screen: timeline }]
      : [{ type: 'pop' }, { type: 'push', screen: timeline }];
  }
  if (below?.kind !== 'entity') return [{ type: 'pop' }];
  const filters = applyChoice(below.filters, screen.purpose, option);
  return [{ type: 'pop-and-update', screen: { ...below, filters, list: START } }];
}

/**
 * What w watches on a picker: the selected row's entry, where the rows are entries to open or
 * compare (a filter's options are not things to follow on their own).
 */
export function pickerTargets(screen: PickerScreen): KeyTargets {
  const option = screen.options[screen.list.selected];
  const ofEntries =
    screen.purpose.kind === 'open-entity' ||
    screen.purpose.kind === 'start-at-entity' ||
    screen.purpose.kind === 'compare';
  if (!ofEntries || !option || option.key === '') return {};
  return { watchable: { entities: [option.key], type: null, query: null } };
}

/** "3/12". */
export function pickerPosition(screen: PickerScreen): string {
  return positionLabel(screen.list.selected, screen.options.length);
}
