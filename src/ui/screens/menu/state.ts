import type { ListPosition } from '../list-position.js';

/** A menu of the taxonomy: the entry's own page first, then its children. */
export interface MenuScreen {
  kind: 'menu';
  entryId: string;
  list: ListPosition;
}

// This screen's entry in the list of all screens' states.
declare module '../screen-states.js' {
  interface ScreenStates {
    menu: MenuScreen;
  }
}
