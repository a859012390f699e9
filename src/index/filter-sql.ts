import type { ReleaseFilter } from '../model/release-filter.js';
import { WHOLE_COLLECTION } from './entity-facets.js';
import { typeKey } from './release-text.js';

/** A FROM clause (the releases table is aliased `r`) and WHERE conditions with their parameters. */
export interface FilterSql {
  from: string;
  where: string;
  params: unknown[];
  /** The column list order follows, so `ORDER BY ${orderBy}` can walk an index instead of sorting. */
  orderBy: string;
}

/**
 * Translates a filter to SQL over the index. The first entity drives the query through the
 * links index, which is already in list order, so a page of a long entity list costs a few
 * index steps rather than a sort.
 */
export function filterToSql(filter: ReleaseFilter): FilterSql {
  const conditions: string[] = [];
  const params: unknown[] = [];
  const [first, ...others] = filter.entities ?? [];
  let from = 'releases r';
  let orderBy = 'r.ord';
  if (first !== undefined) {
    from = 'links l0 JOIN releases r ON r.ord = l0.ord';
    conditions.push('l0.entity = ?');
    params.push(first);
    orderBy = 'l0.ord';
  }
  for (const entity of others) {
    conditions.push('EXISTS (SELECT 1 FROM links l WHERE l.entity = ? AND l.ord = r.ord)');
    params.push(entity);
  }
  if (filter.year !== undefined) {
    conditions.push('r.year = ?');
    params.push(filter.year);
  }
  if (filter.type !== undefined) {
    conditions.push('r.type_key = ?');
    params.push(typeKey(filter.type));
  }
  // A date kept at month or year precision ('2021-09', '2021') stands for the whole period, and
  // a bound keeps it when the period overlaps the range. Releases without a known year have no
  // place in any range and are left out by either bound (iso is NULL).
  if (filter.since !== undefined) {
    // A period ends on or after `since` when it starts on or after it (the text order of ISO
    // prefixes) or when it is the month or year that holds `since`. The year's start is a plain
    // lower bound, so the iso index still serves the range.
    const periods = [filter.since.slice(0, 4), filter.since.slice(0, 7)].filter(
      (period) => period.length < filter.since!.length,
    );
    const lowest = periods[0] ?? filter.since;
    conditions.push(`r.iso >= ? AND (r.iso >= ?${periods.map(() => ' OR r.iso = ?').join('')})`);
    params.push(lowest, filter.since, ...periods);
  }
  if (filter.until !== undefined) {
    // A period starts on or before `until` when its ISO prefix sorts at or below it: '2021-09' and
    // '2021' both sort before '2021-09-15'. '\uffff' extends a partial bound to the end of its
    // period (until 2017 includes 2017-12-31), as a plain comparison the iso index serves.
    conditions.push('r.iso <= ?');
    params.push(`${filter.until}\uffff`);
  }
  if (filter.ids !== undefined) {
    conditions.push('r.id IN (SELECT value FROM json_each(?))');
    params.push(JSON.stringify(filter.ids));
  }
  return {
    from,
    where: conditions.length > 0 ? conditions.join(' AND ') : '1',
    params,
    orderBy,
  };
}

/**
 * A SELECT of the list positions (`ord`) the filter keeps. Entity-only filters read the links
 * index alone, without touching the release rows.
 */
export function filterOrdsSql(filter: ReleaseFilter): { sql: string; params: unknown[] } {
  const entities = filter.entities ?? [];
  if (entities.length > 0 && isEmptyFilter({ ...filter, entities: [] })) {
    const [first, ...others] = entities;
    const more = others.map(() => ' AND EXISTS (SELECT 1 FROM links l WHERE l.entity = ? AND l.ord = l0.ord)').join('');
    return { sql: `SELECT l0.ord FROM links l0 WHERE l0.entity = ?${more}`, params: [first, ...others] };
  }
  const sql = filterToSql(filter);
  return { sql: `SELECT r.ord FROM ${sql.from} WHERE ${sql.where}`, params: sql.params };
}

/**
 * A SELECT of one list position's ord, found by stepping over `OFFSET ?` entries from a bound
 * ord (the first `?`, itself counted) in list order, or towards the start when `backward`.
 * The steps walk an index alone (the ord index, or the links index for entity-only filters),
 * never the release rows.
 */
export function ordStepSql(filter: ReleaseFilter, backward: boolean): { sql: string; params: unknown[] } {
  const op = backward ? '<=' : '>=';
  const direction = backward ? 'DESC' : 'ASC';
  if (isEmptyFilter(filter)) {
    return {
      sql: `SELECT ord FROM releases INDEXED BY releases_ord WHERE ord ${op} ? ORDER BY ord ${direction} LIMIT 1 OFFSET ?`,
      params: [],
    };
  }
  const entities = filter.entities ?? [];
  if (entities.length > 0 && isEmptyFilter({ ...filter, entities: [] })) {
    const ords = filterOrdsSql(filter);
    return { sql: `${ords.sql} AND l0.ord ${op} ? ORDER BY l0.ord ${direction} LIMIT 1 OFFSET ?`, params: ords.params };
  }
  const sql = filterToSql(filter);
  return {
    sql: `SELECT ${sql.orderBy} FROM ${sql.from} WHERE ${sql.where} AND ${sql.orderBy} ${op} ? ORDER BY ${sql.orderBy} ${direction} LIMIT 1 OFFSET ?`,
    params: sql.params,
  };
}

/** True when the filter has no conditions: the whole collection. */
export function isEmptyFilter(filter: ReleaseFilter): boolean {
  return (
    (filter.entities?.length ?? 0) === 0 &&
    filter.year === undefined &&
    filter.type === undefined &&
    filter.since === undefined &&
    filter.until === undefined &&
    filter.ids === undefined
  );
}

/** A stable key for memoising results per filter. */
export function filterKey(filter: ReleaseFilter): string {
  return JSON.stringify([
    filter.entities ?? [],
    filter.year,
    filter.type && typeKey(filter.type),
    filter.since,
    filter.until,
    filter.ids,
  ]);
}

/**
 * The entity whose facet counts the index stores for this filter: the entry of a one-entry
 * filter, WHOLE_COLLECTION for no filter; undefined when they must be counted.
 */
export function storedFacetsEntity(filter: ReleaseFilter): string | undefined {
  const entities = filter.entities ?? [];
  if (!isEmptyFilter({ ...filter, entities: [] })) return undefined;
  if (entities.length === 0) return WHOLE_COLLECTION;
  return entities.length === 1 ? entities[0] : undefined;
}
