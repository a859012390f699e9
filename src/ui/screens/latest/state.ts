import type { ListPosition } from '../list-position.js';

/** Every release, newest first. */
export interface LatestScreen {
  kind: 'latest';
  list: ListPosition;
}
