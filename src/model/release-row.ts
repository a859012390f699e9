import type { Release } from '../bundle/types.js';

/** A release without its body: what lists show. */
export interface ReleaseRow
  extends Pick<Release, 'id' | 'type' | 'title' | 'date' | 'place' | 'sources' | 'fields' | 'countries'> {
  summary: boolean;
}
