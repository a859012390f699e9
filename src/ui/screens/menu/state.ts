import type { ListPosition } from '../list-position.js';

/** A menu of the taxonomy: the entry's own page first, then its children. */
export interface MenuScreen {
  kind: 'menu';
  entryId: string;
  list: ListPosition;
}
