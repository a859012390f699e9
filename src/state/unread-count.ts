import type { Catalog, ReleaseFilter } from '../catalog/types.js';

/**
 * How many releases under the filter are unread (an entity page's "12 unread"), counted by the
 * catalog rather than by listing every release: all of them minus the read ones among them.
 */
export function countUnreadReleases(
  catalog: Pick<Catalog, 'count'>,
  filter: ReleaseFilter,
  readIds: ReadonlySet<string>,
): number {
  const total = catalog.count(filter);
  if (total === 0 || readIds.size === 0) return total;
  const ids = filter.ids ? filter.ids.filter((id) => readIds.has(id)) : [...readIds];
  return total - catalog.count({ ...filter, ids });
}
