import type { ListPosition } from '../list-position.js';

/** The settings screen. */
export interface SettingsScreen {
  kind: 'settings';
  list: ListPosition;
}

// This screen's entry in the list of all screens' states.
declare module '../screen-states.js' {
  interface ScreenStates {
    settings: SettingsScreen;
  }
}
