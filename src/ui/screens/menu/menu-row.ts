import type { Screen } from '../../navigation.js';

/** One row of Home or of a menu. */
export interface MenuRow {
  label: string;
  /** Said instead of the label when the label does not fit, rather than cutting it. */
  shortLabel?: string;
  /** Muted text after the label (the section's contents). */
  detail?: string;
  /** Releases behind the row; absent for rows that are not about releases. */
  count?: number;
  /** The watch number of a Watched row. */
  watch?: number;
  /** The screen Enter opens. */
  open(newSearchId: () => number): Screen;
}
