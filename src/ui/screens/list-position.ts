/** Selection and scroll of a list: `scroll` is the index of the first visible row. */
export interface ListPosition {
  selected: number;
  scroll: number;
}

/** An empty list position. */
export const START: ListPosition = { selected: 0, scroll: 0 };
