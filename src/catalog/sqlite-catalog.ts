import type Database from 'better-sqlite3';
import type { Problem, Release } from '../bundle/types.js';
import type { IndexUpdate } from '../index/apply-segments.js';
import {
  filterKey,
  filterOrdsSql,
  filterToSql,
  isEmptyFilter,
  ordStepSql,
  storedFacetsEntity,
} from '../index/filter-sql.js';
import type { ContentTypeCount, IndexReader } from '../index/index-reader.js';
import type { AppliedSegment } from '../index/segment-state.js';
import type { Facet, FacetCount, ReleaseFilter } from '../model/release-filter.js';
import type { ReleaseRow } from '../model/release-row.js';
import type { SearchOptions, SearchResults } from '../model/search-results.js';
import { findRelated, type RelatedList } from '../related/find-related.js';
import type { Taxonomy } from '../taxonomy/taxonomy.js';
import { sanitizeRelease } from '../text/sanitize-model.js';
import { ListCheckpoints } from './list-checkpoints.js';
import type { Catalog } from './types.js';

/** Runs searches for a catalog (a search engine over the same index). */
export type CatalogSearcher = Pick<Catalog, 'search'> & {
  searchNow(query: string, options?: SearchOptions): SearchResults;
};

const MEMO_LIMIT = 256;
const KEPT_PAGES = 4;

/**
 * The Catalog over an open index. Counts, facets and per-year figures are memoised per filter:
 * the index never changes while open, and screens ask for the same figures on every redraw.
 */
export class SqliteCatalog implements Catalog {
  readonly title: string;
  readonly taxonomy: Taxonomy;
  readonly totalReleases: number;
  private readonly entityCounts: Map<string, number>;
  private readonly typeLabels: Map<string, string>;
  /** The open index this catalog reads. */
  readonly index: IndexReader;
  private readonly db: Database.Database;
  private readonly searcher: CatalogSearcher;
  private readonly memo = new Map<string, unknown>();
  private storedFacets: Database.Statement | undefined;
  private readonly statements = new Map<string, Database.Statement>();
  private readonly checkpoints = new Map<string, ListCheckpoints>();
  /** The last pages listed, newest first: a moved selection, the status bar's hints and the keys ask again. */
  private readonly pages: { key: string; start: number; rows: ReleaseRow[] }[] = [];

  /** What bringing the index up to date applied when this catalog was opened, if anything. */
  lastUpdate: IndexUpdate | undefined;
  /** True when the index had to be built afresh when this catalog was opened. */
  rebuilt = false;
  /** The problems of manifest.json and taxonomy.json as they were read to open this catalog. */
  smallFileProblems: readonly Problem[] = [];
  /** manifest.json's releasesDigest as read to open this catalog. */
  releasesDigest: string | undefined;

  constructor(index: IndexReader, title: string, searcher: CatalogSearcher) {
    this.index = index;
    this.db = index.db;
    this.searcher = searcher;
    this.title = title;
    this.taxonomy = index.taxonomy;
    const counts = this.db.prepare('SELECT entity, count FROM entity_counts').all() as {
      entity: string;
      count: number;
    }[];
    this.entityCounts = new Map(counts.map((row) => [row.entity, row.count]));
    const types = this.db.prepare('SELECT key, label FROM types').all() as { key: string; label: string }[];
    this.typeLabels = new Map(types.map((row) => [row.key, row.label]));
    // Every release has one type: summing the few type counts costs nothing, where count(*)
    // walks an index of every release (15–30 ms at 200,000, at every start).
    this.totalReleases = this.db.prepare('SELECT coalesce(sum(count), 0) FROM types').pluck().get() as number;
  }

  /** The bundle's release files as the index applied them. */
  get appliedSegments(): readonly AppliedSegment[] {
    return this.index.appliedSegments;
  }

  /** The content types present, with their display label and count, most common first. */
  contentTypes(): ContentTypeCount[] {
    return this.index.contentTypes();
  }

  entityCount(id: string): number {
    return this.entityCounts.get(id) ?? 0;
  }

  count(filter: ReleaseFilter): number {
    if (isEmptyFilter(filter)) return this.totalReleases;
    const stored = storedFacetsEntity(filter);
    if (stored !== undefined) return this.entityCount(stored);
    return this.memoise(`count ${filterKey(filter)}`, () => {
      const ords = filterOrdsSql(filter);
      return this.db
        .prepare(`SELECT count(*) FROM (${ords.sql})`)
        .pluck()
        .get(...ords.params) as number;
    });
  }

  list(filter: ReleaseFilter, offset: number, limit: number): ReleaseRow[] {
    const start = Math.max(0, Math.floor(offset));
    const size = Math.max(0, Math.floor(limit));
    if (size === 0) return [];
    const key = filterKey(filter);
    const kept = this.pages.find(
      (page) => page.key === key && page.start <= start && start + size <= page.start + page.rows.length,
    );
    if (kept)
      return kept.start === start && kept.rows.length === size
        ? kept.rows
        : kept.rows.slice(start - kept.start, start - kept.start + size);
    const first = this.ordAt(filter, start);
    if (first === undefined) return [];
    // The page is read from its first entry's ord on: one index seek and `size` rows.
    const sql = filterToSql(filter);
    const rows = this.statement(
      `SELECT r.row_json FROM ${sql.from} WHERE ${sql.where} AND ${sql.orderBy} >= ? ORDER BY ${sql.orderBy} LIMIT ?`,
    ).all(...sql.params, first, size) as { row_json: string }[];
    const page = rows.map((row) => JSON.parse(row.row_json) as ReleaseRow);
    this.pages.unshift({ key, start, rows: page });
    this.pages.length = Math.min(this.pages.length, KEPT_PAGES);
    return page;
  }

  get(id: string): Release | undefined {
    const release = this.index.storedRelease(id);
    return release && sanitizeRelease(release);
  }

  perYear(filter: ReleaseFilter): { year: number; count: number }[] {
    return this.memoise(`years ${filterKey(filter)}`, () => {
      const stored = this.storedFacet(filter, 'year');
      if (stored)
        return stored.map((row) => ({ year: Number(row.key), count: row.count })).sort((a, b) => a.year - b.year);
      const sql = filterToSql(filter);
      return this.db
        .prepare(
          `SELECT r.year AS year, count(*) AS count FROM ${sql.from}
           WHERE ${sql.where} AND r.year IS NOT NULL GROUP BY r.year ORDER BY r.year`,
        )
        .all(...sql.params) as { year: number; count: number }[];
    });
  }

  facet(filter: ReleaseFilter, facet: Facet): FacetCount[] {
    return this.memoise(`facet ${facet} ${filterKey(filter)}`, () => this.computeFacet(filter, facet));
  }

  search(query: string, options?: SearchOptions): Promise<SearchResults> {
    return this.searcher.search(query, options);
  }

  related(release: Release, limit?: number): RelatedList {
    return findRelated(this, release, limit);
  }

  idsFromFiles(sequences: readonly number[]): string[] {
    if (sequences.length === 0) return [];
    // The index is not ordered by file: one pass over the rows, once per open catalog and set of files.
    return this.memoise(`files ${sequences.join(',')}`, () =>
      this.db
        .prepare('SELECT id FROM releases WHERE segment IN (SELECT value FROM json_each(?))')
        .pluck()
        .all(JSON.stringify(sequences)),
    ) as string[];
  }

  searchNow(query: string, options?: SearchOptions): SearchResults {
    return this.searcher.searchNow(query, options);
  }

  close(): void {
    this.index.close();
  }

  // Counts the index build stored (see storeEntityFacets), when the filter is one entry or none.
  private storedFacet(filter: ReleaseFilter, facet: Facet): { key: string; count: number }[] | undefined {
    const entity = storedFacetsEntity(filter);
    if (entity === undefined) return undefined;
    this.storedFacets ??= this.db.prepare('SELECT key, count FROM entity_facets WHERE entity = ? AND facet = ?');
    return this.storedFacets.all(entity, facet) as { key: string; count: number }[];
  }

  private computeFacet(filter: ReleaseFilter, facet: Facet): FacetCount[] {
    const sql = filterToSql(filter);
    let rows: { key: string | number; count: number }[];
    const stored = this.storedFacet(filter, facet);
    if (stored) {
      rows = stored;
    } else if (facet === 'year') {
      rows = this.db
        .prepare(
          `SELECT r.year AS key, count(*) AS count FROM ${sql.from}
           WHERE ${sql.where} AND r.year IS NOT NULL GROUP BY r.year`,
        )
        .all(...sql.params) as typeof rows;
    } else if (facet === 'type') {
      rows = this.db
        .prepare(`SELECT r.type_key AS key, count(*) AS count FROM ${sql.from} WHERE ${sql.where} GROUP BY r.type_key`)
        .all(...sql.params) as typeof rows;
    } else {
      // CROSS JOIN keeps SQLite from walking every release with this role and probing the
      // filter for each: the filtered releases are usually far fewer.
      const ords = filterOrdsSql(filter);
      rows = this.db
        .prepare(
          `SELECT ro.entity AS key, count(*) AS count FROM (${ords.sql}) AS kept
           CROSS JOIN roles ro ON ro.ord = kept.ord AND ro.role = ? GROUP BY ro.entity`,
        )
        .all(...ords.params, facet) as typeof rows;
    }
    const counts = rows.map((row) => ({
      key: String(row.key),
      label: this.facetLabel(facet, String(row.key)),
      count: row.count,
    }));
    return counts.sort(
      (a, b) => b.count - a.count || (facet === 'year' ? b.key.localeCompare(a.key) : a.label.localeCompare(b.label)),
    );
  }

  private facetLabel(facet: Facet, key: string): string {
    if (facet === 'year') return key;
    if (facet === 'type') return this.typeLabels.get(key) ?? key;
    return this.taxonomy.get(key)?.name ?? key;
  }

  // The ord of the entry at a list position, stepped to from the nearest position found before
  // in the same list (see ListCheckpoints); undefined past the end.
  private ordAt(filter: ReleaseFilter, position: number): number | undefined {
    const total = this.count(filter);
    if (position >= total) return undefined;
    const key = filterKey(filter);
    let checkpoints = this.checkpoints.get(key);
    if (!checkpoints) {
      if (this.checkpoints.size >= MEMO_LIMIT) this.checkpoints.delete(this.checkpoints.keys().next().value as string);
      checkpoints = new ListCheckpoints();
      this.checkpoints.set(key, checkpoints);
    }
    const step = checkpoints.stepTo(position, total);
    const sql = ordStepSql(filter, step.backward);
    const from = step.from ?? (step.backward ? Number.MAX_SAFE_INTEGER : Number.MIN_SAFE_INTEGER);
    const ord = this.statement(sql.sql)
      .pluck()
      .get(...sql.params, from, step.steps) as number | undefined;
    if (ord !== undefined) checkpoints.remember(position, ord);
    return ord;
  }

  // Statements prepared once per SQL text: preparing costs more than running a page's query.
  private statement(sql: string): Database.Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      if (this.statements.size >= MEMO_LIMIT) this.statements.clear();
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }

  private memoise<T>(key: string, compute: () => T): T {
    if (this.memo.has(key)) return this.memo.get(key) as T;
    const value = compute();
    if (this.memo.size >= MEMO_LIMIT) this.memo.delete(this.memo.keys().next().value as string);
    this.memo.set(key, value);
    return value;
  }
}
