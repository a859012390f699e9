import type { ListPosition } from '../list-position.js';

/** Home: Latest releases, Search, the site's top-level menu and the reader's own lists. */
export interface HomeScreen {
  kind: 'home';
  list: ListPosition;
}

// This screen's entry in the list of all screens' states.
declare module '../screen-states.js' {
  interface ScreenStates {
    home: HomeScreen;
  }
}
