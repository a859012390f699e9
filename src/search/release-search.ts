import type Database from 'better-sqlite3';
import { filterOrdsSql, filterToSql, isEmptyFilter } from '../catalog/filter-sql.js';
import type { ReleaseFilter } from '../catalog/types.js';
import { excludedExpression, hasPositivePart, matchExpression, type MatchQuery } from './fts-expression.js';

/** Positions (`ord`) of the best hits, best first, and how many releases match. */
export interface ReleaseMatches {
  ords: number[];
  total: number;
  /** True when counting stopped at the cap. */
  totalIsLowerBound: boolean;
}


// Counting every match of "tr…" in a large archive costs more than a keystroke may; past this
// many the count is reported as a lower bound ("1,000+").
const COUNT_CAP = 1_000;

/**
 * Ranks releases in two tiers: those with every query word in the title, then the rest, newest
 * first within each tier. The FTS rowid is the list position (newest = 1), so `ORDER BY rowid
 * LIMIT n` stops after n hits instead of scoring every match (bm25 over all matches is what
 * makes relevance slow at 200,000); title hits come from a title-only index with short doclists.
 */
export function findReleases(db: Database.Database, query: MatchQuery, filter: ReleaseFilter, limit: number): ReleaseMatches {
  if (!hasPositivePart(query)) return listFiltered(db, query, filter, limit);
  const restriction = filterRestriction(filter);
  const full = matchExpression(query);

  const counted = db
    .prepare(`SELECT count(*) AS n FROM (SELECT rowid FROM fts WHERE fts MATCH ?${restriction.sql} LIMIT ?)`)
    .get(full, ...restriction.params, COUNT_CAP) as { n: number };
  const total = counted.n;
  const matches = { total, totalIsLowerBound: total >= COUNT_CAP };
  if (total === 0 || limit <= 0) return { ords: [], ...matches };

  let inTitle = (
    db
      .prepare(`SELECT rowid FROM fts_title WHERE fts_title MATCH ?${restriction.sql} ORDER BY rowid LIMIT ?`)
      .all(matchExpression({ ...query, excluded: [] }), ...restriction.params, limit * 2) as { rowid: number }[]
  ).map((row) => row.rowid);
  const excluded = excludedExpression(query);
  if (excluded && inTitle.length > 0) {
    const dropped = new Set(
      db
        .prepare('SELECT rowid FROM fts WHERE fts MATCH ? AND rowid IN (SELECT value FROM json_each(?))')
        .pluck()
        .all(excluded, JSON.stringify(inTitle)) as number[],
    );
    inTitle = inTitle.filter((ord) => !dropped.has(ord));
  }
  const ords = inTitle.slice(0, limit);
  if (ords.length < limit && ords.length < total) {
    const rest = db
      .prepare(
        `SELECT rowid FROM fts WHERE fts MATCH ?${restriction.sql}
         AND rowid NOT IN (SELECT value FROM json_each(?)) ORDER BY rowid LIMIT ?`,
      )
      .pluck()
      .all(full, ...restriction.params, JSON.stringify(ords), limit - ords.length) as number[];
    ords.push(...rest);
  }
  return { ords, ...matches };
}

// Facets and exclusions without words to look for: the filtered list, newest first.
function listFiltered(db: Database.Database, query: MatchQuery, filter: ReleaseFilter, limit: number): ReleaseMatches {
  const excluded = excludedExpression(query);
  if (isEmptyFilter(filter) && !excluded) return { ords: [], total: 0, totalIsLowerBound: false };
  const sql = filterToSql(filter);
  const without = excluded ? ' AND r.ord NOT IN (SELECT rowid FROM fts WHERE fts MATCH ?)' : '';
  const params = excluded ? [...sql.params, excluded] : sql.params;
  const total = (db.prepare(`SELECT count(*) AS n FROM ${sql.from} WHERE ${sql.where}${without}`).get(...params) as { n: number }).n;
  const ords = db
    .prepare(`SELECT r.ord AS ord FROM ${sql.from} WHERE ${sql.where}${without} ORDER BY ${sql.orderBy} LIMIT ?`)
    .pluck()
    .all(...params, limit) as number[];
  return { ords, total, totalIsLowerBound: false };
}

interface Restriction {
  sql: string;
  params: unknown[];
}

// `+rowid` keeps the constraint from FTS5: with a plain `rowid IN (…)` SQLite would look every
// filtered release up in the full-text index one by one, far slower than walking the doclists
// and checking each hit against the (once materialised) filtered set.
function filterRestriction(filter: ReleaseFilter): Restriction {
  if (isEmptyFilter(filter)) return { sql: '', params: [] };
  const ords = filterOrdsSql(filter);
  return { sql: ` AND +rowid IN (${ords.sql})`, params: ords.params };
}
