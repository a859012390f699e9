import type { ListPosition } from '../list-position.js';

/** Two or three entries' releases per year side by side (C on an entity page); the list selects a year. */
export interface TimelineScreen {
  kind: 'timeline';
  entryIds: string[];
  list: ListPosition;
}

/** The releases of a year of the compared entries (Enter on a year of the timeline). */
export interface YearReleasesScreen {
  kind: 'year-releases';
  entryIds: string[];
  year: number;
  list: ListPosition;
}

// This screen's entry in the list of all screens' states.
declare module '../screen-states.js' {
  interface ScreenStates {
    timeline: TimelineScreen;
    'year-releases': YearReleasesScreen;
  }
}
