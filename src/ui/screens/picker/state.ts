import type { ListPosition } from '../list-position.js';

/** An option of a picker. */
export interface PickerOption {
  /** Facet value or taxonomy id; empty for "all". */
  key: string;
  label: string;
  count?: number;
}

/** What choosing a picker option does. */
export type PickerPurpose =
  /** Opens the chosen entry's page on top (Esc comes back to the choice). */
  | { kind: 'open-entity' }
  /** The choice of `osce-tui open NAME`: the chosen entry opens as if reached through the menus. */
  | { kind: 'start-at-entity' }
  | { kind: 'filter-year' }
  | { kind: 'filter-type' }
  | { kind: 'refine' }
  /** Compares the chosen entry's releases per year with these entries' (a timeline screen). */
  | { kind: 'compare'; with: string[] };

/** A choice between options (a filter of the entity page below, or entries to open). */
export interface PickerScreen {
  kind: 'picker';
  title: string;
  purpose: PickerPurpose;
  options: PickerOption[];
  list: ListPosition;
}

// This screen's entry in the list of all screens' states.
declare module '../screen-states.js' {
  interface ScreenStates {
    picker: PickerScreen;
  }
}
