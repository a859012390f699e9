import type { ListPosition } from '../list-position.js';

/** Every release, newest first. */
export interface LatestScreen {
  kind: 'latest';
  list: ListPosition;
}

// This screen's entry in the list of all screens' states.
declare module '../screen-states.js' {
  interface ScreenStates {
    latest: LatestScreen;
  }
}
