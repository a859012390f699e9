import type { ListPosition } from '../list-position.js';

/** The reader's bookmarks, recently read releases, or the releases the last sync added (from user state). */
export interface SavedScreen {
  kind: 'saved';
  which: 'bookmarks' | 'recent' | 'synced';
  list: ListPosition;
}

// This screen's entry in the list of all screens' states.
declare module '../screen-states.js' {
  interface ScreenStates {
    saved: SavedScreen;
  }
}
