import type { Facet } from '../../../catalog/types.js';
import type { ListPosition } from '../list-position.js';

/** Filters chosen on an entity page. */
export interface EntityFilters {
  /** A year, or 'undated' for releases without a known date. */
  year?: number | 'undated';
  type?: string;
  /** Second facet, e.g. a field of work on a State's page. */
  refine?: { facet: Facet; key: string; label: string };
}

/** An entity page: what the entry is, its facts, a per-year chart and its releases. */
export interface EntityScreen {
  kind: 'entity';
  entryId: string;
  filters: EntityFilters;
  list: ListPosition;
}

// This screen's entry in the list of all screens' states.
declare module '../screen-states.js' {
  interface ScreenStates {
    entity: EntityScreen;
  }
}
