import type { ScreenDefinition } from '../screen-definition.js';
import { type PickerModel, pickerKeys, pickerModel, pickerPosition, pickerTargets } from './model.js';
import type { PickerScreen } from './state.js';
import { PickerView } from './view.js';

/** A picker (filters of an entity page, entries to open). */
export const pickerScreen: ScreenDefinition<PickerScreen, PickerModel> = {
  width: 'terminal',
  context: () => 'list',
  crumbs: (screen) => [screen.title],
  model: pickerModel,
  position: pickerPosition,
  keys: pickerKeys,
  targets: pickerTargets,
  View: PickerView,
  // Its options are counts of the moment: the stack is saved up to the screen it was opened on.
  save: () => undefined,
  restore: () => undefined,
};
