import type { Catalog, ReleaseFilter, ReleaseRow } from '../catalog/types.js';
import { intersectFilters } from '../index/intersect-filters.js';
import type { WatchMark, WatchTarget } from './watch-types.js';

/** What a watch has in the open catalog. */
export interface WatchCount {
  total: number;
  /** True when `total` is a lower bound (a search watch on a large archive counts up to a cap). */
  totalIsLowerBound: boolean;
  /** Releases added or changed since the watch was last seen. */
  fresh: number;
}

// A search counts its matches up to a cap; a watch's list reads at most this many of them.
const SEARCH_ROWS = 10_000;

/** The mark of "seen now": the release files the catalog's index applied, and the watch's count. */
export function markNow(catalog: Catalog, count: number, at: Date): WatchMark {
  return {
    at: at.toISOString(),
    files: catalog.appliedSegments.map((segment) => `${segment.name} ${segment.digest}`),
    count,
  };
}

/**
 * The ids of the releases whose current version came in a release file the mark had not seen
 * (an import or a sync since), or 'stale' when the mark's files are not the start of the
 * bundle's any more (`compact` or a rewrite folded every release into new files).
 */
export function idsSinceMark(catalog: Catalog, mark: WatchMark): string[] | 'stale' {
  const seen = new Set(mark.files);
  const segments = catalog.appliedSegments;
  if (segments.length > 0 && !seen.has(`${segments[0]!.name} ${segments[0]!.digest}`)) return 'stale';
  const unseen = segments
    .filter((segment) => !seen.has(`${segment.name} ${segment.digest}`))
    .map((segment) => segment.sequence);
  return catalog.idsFromFiles(unseen);
}

/** The release filter of a watch's entries and type (its search words aside). */
export function watchFilter(target: WatchTarget): ReleaseFilter {
  const filter: ReleaseFilter = {};
  if (target.entities.length > 0) filter.entities = [...target.entities];
  if (target.type !== null) filter.type = target.type;
  return filter;
}

/** Counts a watch's releases and those new since its mark, from the index only. */
export async function countWatch(catalog: Catalog, target: WatchTarget, mark: WatchMark): Promise<WatchCount> {
  const all = await countWithin(catalog, target, {});
  const since = idsSinceMark(catalog, mark);
  if (since === 'stale') return { ...all, fresh: Math.max(0, all.total - mark.count) };
  if (since.length === 0) return { ...all, fresh: 0 };
  const fresh = await countWithin(catalog, target, { ids: since });
  return { ...all, fresh: fresh.total };
}

/**
 * A watch's releases, newest first, within `extra` (the options of `list`): all of them, or
 * only those new since the mark. After a `compact` (a stale mark) the new ones are the newest
 * as many as the count grew by.
 */
export async function listWatch(
  catalog: Catalog,
  target: WatchTarget,
  options: { extra?: ReleaseFilter; since?: WatchMark; offset?: number; limit: number },
): Promise<{ rows: ReleaseRow[]; total: number }> {
  let restriction: ReleaseFilter = options.extra ?? {};
  let cap = Number.POSITIVE_INFINITY;
  if (options.since) {
    const since = idsSinceMark(catalog, options.since);
    if (since === 'stale') cap = Math.max(0, (await countWithin(catalog, target, {})).total - options.since.count);
    else restriction = intersectFilters(restriction, { ids: since });
  }
  const offset = options.offset ?? 0;
  let filter = intersectFilters(watchFilter(target), restriction);
  if (target.query !== null) {
    // A search ranks by relevance; a watch lists newest first, so its hits are listed by id.
    const results = await catalog.search(target.query, { within: filter, limit: SEARCH_ROWS, entityLimit: 0 });
    filter = { ids: results.releases.map((hit) => hit.row.id) };
  }
  const total = Math.min(cap, catalog.count(filter));
  return { rows: catalog.list(filter, offset, Math.max(0, Math.min(options.limit, total - offset))), total };
}

async function countWithin(
  catalog: Catalog,
  target: WatchTarget,
  restriction: ReleaseFilter,
): Promise<Omit<WatchCount, 'fresh'>> {
  const filter = intersectFilters(watchFilter(target), restriction);
  if (target.query === null) return { total: catalog.count(filter), totalIsLowerBound: false };
  const results = await catalog.search(target.query, { within: filter, limit: 0, entityLimit: 0 });
  return { total: results.totalReleases, totalIsLowerBound: results.totalIsLowerBound === true };
}

/**
 * A watch's counts without waiting, for screens (a search watch's search is answered at once
 * from the index).
 */
export function countWatchNow(
  catalog: Catalog,
  target: WatchTarget,
  mark: WatchMark,
): { total: number; fresh: number } {
  const filter = watchFilter(target);
  const query = target.query;
  // A search watch counts its search's hits within the filter, answered at once from the index.
  const count = (within: ReleaseFilter): number =>
    query === null
      ? catalog.count(within)
      : catalog.searchNow(query, { within, limit: 0, entityLimit: 0 }).totalReleases;
  const total = count(filter);
  const since = idsSinceMark(catalog, mark);
  if (since === 'stale') return { total, fresh: Math.max(0, total - mark.count) };
  return { total, fresh: since.length === 0 ? 0 : count(intersectFilters(filter, { ids: since })) };
}

/** "Seen now" for a watch in the browser (its count as the mark's fallback). */
export function markForCatalog(catalog: Catalog, target: WatchTarget): WatchMark {
  const at = new Date();
  return markNow(catalog, countWatchNow(catalog, target, markNow(catalog, 0, at)).total, at);
}
