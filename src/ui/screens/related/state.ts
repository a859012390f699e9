import type { ListPosition } from '../list-position.js';

/** The releases most related to one (R in the reader). */
export interface RelatedScreen {
  kind: 'related';
  releaseId: string;
  list: ListPosition;
}
