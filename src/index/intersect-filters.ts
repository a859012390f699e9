import type { ReleaseFilter } from '../model/release-filter.js';
import { typeKey } from './release-text.js';

/** The filter that keeps what both keep. Conditions that cannot both hold keep nothing. Pure. */
export function intersectFilters(a: ReleaseFilter, b: ReleaseFilter): ReleaseFilter {
  const both: ReleaseFilter = { ...a, ...b };
  const entities = [...new Set([...(a.entities ?? []), ...(b.entities ?? [])])];
  if (entities.length > 0) both.entities = entities;
  // ISO dates: the later start and the earlier end, in text order.
  if (a.since !== undefined && b.since !== undefined) both.since = [a.since, b.since].sort()[1];
  if (a.until !== undefined && b.until !== undefined) both.until = [a.until, b.until].sort()[0];
  if (a.ids !== undefined && b.ids !== undefined) {
    const kept = new Set(b.ids);
    both.ids = a.ids.filter((id) => kept.has(id));
  }
  // No release has two types or two years: an empty id list says "nothing" in every query.
  const clash =
    (a.type !== undefined && b.type !== undefined && typeKey(a.type) !== typeKey(b.type)) ||
    (a.year !== undefined && b.year !== undefined && a.year !== b.year);
  if (clash) both.ids = [];
  return both;
}
