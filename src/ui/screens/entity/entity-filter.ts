import type { Catalog, ReleaseFilter } from '../../../catalog/types.js';
import type { EntityFilters } from './state.js';

/**
 * The release filter of an entity page: the entry, plus the chosen year, type and refinement.
 * The catalog filters by year only for dated releases; undated ones are the tail of the list
 * (lists put unknown dates last), so they are picked out by id: that choice needs the catalog.
 */
export function entityFilter(entryId: string, filters: EntityFilters, catalog?: Catalog): ReleaseFilter {
  const entities = [entryId];
  if (filters.refine) entities.push(filters.refine.key);
  const filter: ReleaseFilter = { entities };
  if (filters.type !== undefined) filter.type = filters.type;
  if (filters.year === 'undated') {
    if (!catalog) throw new Error('the undated year filter needs the catalog');
    const undated = undatedCount(catalog, filter);
    const dated = catalog.count(filter) - undated;
    filter.ids = catalog.list(filter, dated, undated).map((row) => row.id);
  } else if (filters.year !== undefined) {
    filter.year = filters.year;
  }
  return filter;
}

/** Releases under the filter without a known year (the per-year facet leaves them out). */
export function undatedCount(catalog: Catalog, filter: ReleaseFilter): number {
  const dated = catalog.facet(filter, 'year').reduce((sum, year) => sum + year.count, 0);
  return Math.max(0, catalog.count(filter) - dated);
}
