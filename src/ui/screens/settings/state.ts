import type { ListPosition } from '../list-position.js';

/** The settings screen. */
export interface SettingsScreen {
  kind: 'settings';
  list: ListPosition;
}
