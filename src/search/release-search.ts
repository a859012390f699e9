import type Database from 'better-sqlite3';
import { filterKey, filterOrdsSql, filterToSql, isEmptyFilter } from '../index/filter-sql.js';
import type { ReleaseFilter } from '../model/release-filter.js';
import { excludedExpression, hasPositivePart, type MatchQuery, matchExpression } from './fts-expression.js';

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
// SQLite takes a LIMIT up to 2^63 and fails on more ("datatype mismatch"); a caller asking for
// 1e20 hits means all of them. Halved because title hits read twice the limit.
const MAX_LIMIT = Math.floor(Number.MAX_SAFE_INTEGER / 2);

/**
 * Ranks releases in two tiers: those with every query word in the title, then the rest, newest
 * first within each tier. The FTS rowid is the list position (newest = 1), so `ORDER BY rowid
 * LIMIT n` stops after n hits instead of scoring every match (bm25 over all matches is what
 * makes relevance slow at 200,000); title hits come from a title-only index with short doclists.
 */
export class ReleaseSearch {
  private readonly db: Database.Database;
  private filterInTable: string | undefined;

  constructor(db: Database.Database) {
    this.db = db;
    // The releases a query's facets allow, kept between keystrokes: while a query is typed its
    // facets rarely change, and each hit is then checked against this table by primary key.
    db.exec('CREATE TEMP TABLE IF NOT EXISTS search_filter (ord INTEGER PRIMARY KEY)');
  }

  find(query: MatchQuery, filter: ReleaseFilter, wanted: number): ReleaseMatches {
    const db = this.db;
    const limit = Math.min(wanted, MAX_LIMIT);
    if (!hasPositivePart(query)) return listFiltered(db, query, filter, limit);
    const restriction = this.restriction(filter);
    const full = matchExpression(query);

    const total = db
      .prepare(`SELECT count(*) FROM (SELECT rowid FROM fts WHERE fts MATCH ?${restriction} LIMIT ?)`)
      .pluck()
      .get(full, COUNT_CAP) as number;
    const matches = { total, totalIsLowerBound: total >= COUNT_CAP };
    if (total === 0 || limit <= 0) return { ords: [], ...matches };

    const ords = this.titleHits(query, restriction, limit);
    // A capped total says nothing about how many body hits follow the title hits.
    if (ords.length < limit && (ords.length < total || matches.totalIsLowerBound)) {
      const rest = db
        .prepare(
          `SELECT rowid FROM fts WHERE fts MATCH ?${restriction}
           AND rowid NOT IN (SELECT value FROM json_each(?)) ORDER BY rowid LIMIT ?`,
        )
        .pluck()
        .all(full, JSON.stringify(ords), limit - ords.length) as number[];
      ords.push(...rest);
    }
    return { ords, ...matches };
  }

  // The first `limit` title hits that no excluded word drops, read in batches until there are
  // enough: a fixed read of 2 × limit could come up short after the exclusions and leave the rest
  // of the title hits to the body tier, so a larger limit would rank differently, and pages
  // fetched one after another would not join up into the list one large fetch gives.
  private titleHits(query: MatchQuery, restriction: string, limit: number): number[] {
    const db = this.db;
    const expression = matchExpression({ ...query, excluded: [] });
    const excluded = excludedExpression(query);
    const read = db
      .prepare(`SELECT rowid FROM fts_title WHERE fts_title MATCH ? AND rowid > ?${restriction} ORDER BY rowid LIMIT ?`)
      .pluck();
    const droppedOf = excluded
      ? db.prepare('SELECT rowid FROM fts WHERE fts MATCH ? AND rowid IN (SELECT value FROM json_each(?))').pluck()
      : undefined;
    const kept: number[] = [];
    let after = 0;
    while (kept.length < limit) {
      const batchSize = Math.min(MAX_LIMIT, (limit - kept.length) * 2);
      const batch = read.all(expression, after, batchSize) as number[];
      if (batch.length === 0) break;
      let keep = batch;
      if (droppedOf) {
        const dropped = new Set(droppedOf.all(excluded, JSON.stringify(batch)) as number[]);
        keep = batch.filter((ord) => !dropped.has(ord));
      }
      kept.push(...keep);
      if (batch.length < batchSize) break;
      after = batch[batch.length - 1]!;
    }
    return kept.slice(0, limit);
  }

  // `+rowid` keeps the constraint from FTS5: with a plain `rowid IN (…)` SQLite would look every
  // allowed release up in the full-text index one by one, far slower than walking the doclists
  // and probing the table for each hit.
  private restriction(filter: ReleaseFilter): string {
    if (isEmptyFilter(filter)) return '';
    const key = filterKey(filter);
    if (key !== this.filterInTable) {
      const ords = filterOrdsSql(filter);
      this.db.exec('DELETE FROM temp.search_filter');
      this.db.prepare(`INSERT INTO temp.search_filter (ord) ${ords.sql}`).run(...ords.params);
      this.filterInTable = key;
    }
    return ' AND +rowid IN (SELECT ord FROM temp.search_filter)';
  }
}

// Facets and exclusions without words to look for: the filtered list, newest first.
function listFiltered(db: Database.Database, query: MatchQuery, filter: ReleaseFilter, limit: number): ReleaseMatches {
  const excluded = excludedExpression(query);
  if (isEmptyFilter(filter) && !excluded) return { ords: [], total: 0, totalIsLowerBound: false };
  const sql = filterToSql(filter);
  const without = excluded ? ' AND r.ord NOT IN (SELECT rowid FROM fts WHERE fts MATCH ?)' : '';
  const params = excluded ? [...sql.params, excluded] : sql.params;
  const total = (
    db.prepare(`SELECT count(*) AS n FROM ${sql.from} WHERE ${sql.where}${without}`).get(...params) as { n: number }
  ).n;
  const ords = db
    .prepare(`SELECT r.ord AS ord FROM ${sql.from} WHERE ${sql.where}${without} ORDER BY ${sql.orderBy} LIMIT ?`)
    .pluck()
    .all(...params, limit) as number[];
  return { ords, total, totalIsLowerBound: false };
}
