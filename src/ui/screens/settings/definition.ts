import { readList } from '../resume-fields.js';
import type { ScreenDefinition } from '../screen-definition.js';
import { type SettingsModel, settingsKeys, settingsModel, settingsPosition } from './model.js';
import type { SettingsScreen } from './state.js';
import { SettingsView } from './view.js';

/** The settings screen. */
export const settingsScreen: ScreenDefinition<SettingsScreen, SettingsModel> = {
  width: 'terminal',
  context: () => 'settings',
  crumbs: () => ['Settings'],
  model: settingsModel,
  position: settingsPosition,
  keys: settingsKeys,
  targets: () => ({}),
  View: SettingsView,
  save: (screen) => screen,
  restore: (saved) => {
    const list = readList(saved.list);
    return list ? { kind: 'settings', list } : undefined;
  },
};
