import type { ListPosition } from '../list-position.js';

/** The releases most related to one (R in the reader). */
export interface RelatedScreen {
  kind: 'related';
  releaseId: string;
  list: ListPosition;
}

// This screen's entry in the list of all screens' states.
declare module '../screen-states.js' {
  interface ScreenStates {
    related: RelatedScreen;
  }
}
