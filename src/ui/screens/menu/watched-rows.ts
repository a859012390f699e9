import type { Catalog, Facet } from '../../../catalog/types.js';
import { formatCount } from '../../../text/format-count.js';
import { countWatchNow } from '../../../watch/watch-releases.js';
import type { Watch, WatchTarget } from '../../../watch/watch-types.js';
import type { EntityScreen } from '../entity/state.js';
import { START } from '../list-position.js';
import type { MenuRow } from './menu-row.js';

// The facets a refine filter can carry over into a watch and back.
const REFINE_FACETS: Facet[] = ['field', 'country', 'source'];

/** What `w` on an entity page watches: the entry, its refine entry and its content type (a year filter is not carried over). */
export function entityWatchTarget(screen: EntityScreen): WatchTarget {
  const refine = screen.filters.refine;
  const entities = [screen.entryId, ...(refine && REFINE_FACETS.includes(refine.facet) ? [refine.key] : [])];
  return { entities, type: screen.filters.type ?? null, query: null };
}

/**
 * Home's Watched rows, first: each watch with its releases and how many are new since it was
 * last opened ("Moldova × Elections · 3 new"). Enter opens the entity page with the filters, or
 * the search, and marks the watch seen.
 */
export function watchedRows(catalog: Catalog, watches: readonly Watch[]): MenuRow[] {
  return watches.map((watch, index) => {
    const counts = countWatchNow(catalog, watch, watch.seen);
    return {
      label: `Watched: ${watch.label}`,
      shortLabel: watch.label,
      detail: counts.fresh > 0 ? `${formatCount(counts.fresh)} new` : 'nothing new',
      count: counts.total,
      watch: index + 1,
      open: (newSearchId) => watchScreen(catalog, watch, newSearchId),
    };
  });
}

function watchScreen(
  catalog: Catalog,
  watch: Watch,
  newSearchId: () => number,
): EntityScreen | { kind: 'search'; id: number; query: string; editing: false; recall: -1; list: typeof START } {
  const [first, second] = watch.entities;
  const refineEntry = second === undefined ? undefined : catalog.taxonomy.get(second);
  const facet = refineEntry ? facetOf(refineEntry.kind) : undefined;
  if (watch.query === null && first !== undefined && watch.entities.length <= 2 && (second === undefined || facet)) {
    return {
      kind: 'entity',
      entryId: first,
      filters: {
        ...(watch.type !== null ? { type: watch.type } : {}),
        ...(refineEntry && facet ? { refine: { facet, key: refineEntry.id, label: refineEntry.name } } : {}),
      },
      list: START,
    };
  }
  // Anything an entity page cannot show opens as a search of the same words and facets.
  return {
    kind: 'search',
    id: newSearchId(),
    query: watch.query ?? watch.label,
    editing: false,
    recall: -1,
    list: START,
  };
}

function facetOf(kind: string): Facet | undefined {
  if (kind === 'state' || kind === 'partner' || kind === 'place') return 'country';
  if (kind === 'field' || kind === 'meeting') return 'field';
  if (kind === 'section' || kind === 'page') return undefined;
  return 'source';
}
