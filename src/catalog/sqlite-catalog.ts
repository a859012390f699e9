import type Database from 'better-sqlite3';
import type { Problem, Release } from '../bundle/types.js';
import type { IndexUpdate } from '../index/apply-segments.js';
import { segmentPaths } from '../index/build-index.js';
import { releaseAt, type LinePlace } from '../index/indexed-release.js';
import { SegmentLines } from '../index/release-lines.js';
import { readAppliedSegments, type AppliedSegment } from '../index/segment-state.js';
import { releaseBodyText, sanitizeRelease } from '../index/release-text.js';
import type { Taxonomy } from '../taxonomy/taxonomy.js';
import type { SearchOptions, SearchResults } from '../search/types.js';
import { filterKey, filterOrdsSql, filterToSql, isEmptyFilter, ordStepSql, storedFacetsEntity } from './filter-sql.js';
import { ListCheckpoints } from './list-checkpoints.js';
import type { Catalog, Facet, FacetCount, ReleaseFilter, ReleaseRow } from './types.js';

/** Runs searches for a catalog; the search module provides it. */
export interface CatalogSearcher {
  search(query: string, options?: SearchOptions): Promise<SearchResults>;
}

const MEMO_LIMIT = 256;
const KEPT_PAGES = 4;

interface StoredLine {
  segment: number;
  line_offset: number;
  line_length: number;
}

/**
 * The Catalog over an open index. Counts, facets and per-year figures are memoised per filter:
 * the index never changes while open, and screens ask for the same figures on every redraw.
 */
export class SqliteCatalog implements Catalog {
  readonly title: string;
  readonly taxonomy: Taxonomy;
  readonly totalReleases: number;
  private readonly db: Database.Database;
  private readonly entityCounts: Map<string, number>;
  private readonly typeLabels: Map<string, string>;
  private readonly memo = new Map<string, unknown>();
  private searcher: CatalogSearcher | undefined;
  private storedFacets: Database.Statement | undefined;
  private readonly statements = new Map<string, Database.Statement>();
  private readonly checkpoints = new Map<string, ListCheckpoints>();
  /** The last pages listed, newest first: a moved selection, the status bar's hints and the keys ask again. */
  private readonly pages: { key: string; start: number; rows: ReleaseRow[] }[] = [];

  private readonly lines: SegmentLines;
  /** What bringing the index up to date applied when this catalog was opened, if anything. */
  lastUpdate: IndexUpdate | undefined;
  /** True when the index had to be built afresh when this catalog was opened. */
  rebuilt = false;
  /** The bundle's release files as the index applied them. */
  readonly appliedSegments: readonly AppliedSegment[];
  /** The problems of manifest.json and taxonomy.json as they were read to open this catalog. */
  smallFileProblems: readonly Problem[] = [];
  /** manifest.json's releasesDigest as read to open this catalog. */
  releasesDigest: string | undefined;

  /** `bundleDir` holds the release files the index points into. */
  constructor(db: Database.Database, title: string, taxonomy: Taxonomy, bundleDir: string) {
    this.db = db;
    this.appliedSegments = readAppliedSegments(db);
    this.lines = new SegmentLines(segmentPaths(bundleDir, this.appliedSegments));
    this.title = title;
    this.taxonomy = taxonomy;
    const counts = db.prepare('SELECT entity, count FROM entity_counts').all() as { entity: string; count: number }[];
    this.entityCounts = new Map(counts.map((row) => [row.entity, row.count]));
    const types = db.prepare('SELECT key, label FROM types').all() as { key: string; label: string }[];
    this.typeLabels = new Map(types.map((row) => [row.key, row.label]));
    this.totalReleases = (db.prepare('SELECT count(*) AS n FROM releases').get() as { n: number }).n;
  }

  /** Connects the search engine (it needs the catalog's rows, the catalog needs it for search). */
  attachSearcher(searcher: CatalogSearcher): void {
    this.searcher = searcher;
  }

  /** The content types present, with their display label and count, most common first. */
  contentTypes(): { key: string; label: string; count: number }[] {
    return this.memoise('types', () =>
      this.db.prepare('SELECT key, label, count FROM types ORDER BY count DESC, key').all() as {
        key: string;
        label: string;
        count: number;
      }[],
    );
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
      return this.db.prepare(`SELECT count(*) FROM (${ords.sql})`).pluck().get(...ords.params) as number;
    });
  }

  list(filter: ReleaseFilter, offset: number, limit: number): ReleaseRow[] {
    const start = Math.max(0, Math.floor(offset));
    const size = Math.max(0, Math.floor(limit));
    if (size === 0) return [];
    const key = filterKey(filter);
    const kept = this.pages.find((page) => page.key === key && page.start <= start && start + size <= page.start + page.rows.length);
    if (kept) return kept.start === start && kept.rows.length === size ? kept.rows : kept.rows.slice(start - kept.start, start - kept.start + size);
    const first = this.ordAt(filter, start);
    if (first === undefined) return [];
    // The page is read from its first entry's ord on: one index seek and `size` rows.
    const sql = filterToSql(filter);
    const rows = this.statement(`SELECT r.row_json FROM ${sql.from} WHERE ${sql.where} AND ${sql.orderBy} >= ? ORDER BY ${sql.orderBy} LIMIT ?`).all(
      ...sql.params,
      first,
      size,
    ) as { row_json: string }[];
    const page = rows.map((row) => JSON.parse(row.row_json) as ReleaseRow);
    this.pages.unshift({ key, start, rows: page });
    this.pages.length = Math.min(this.pages.length, KEPT_PAGES);
    return page;
  }

  /** Rows by list position (1-based `ord`). */
  rowsByOrd(ords: number[]): Map<number, ReleaseRow> {
    const rows = this.db
      .prepare('SELECT ord, row_json FROM releases WHERE ord IN (SELECT value FROM json_each(?))')
      .all(JSON.stringify(ords)) as { ord: number; row_json: string }[];
    return new Map(rows.map((row) => [row.ord, JSON.parse(row.row_json) as ReleaseRow]));
  }

  get(id: string): Release | undefined {
    const release = this.storedRelease(id);
    return release && sanitizeRelease(release);
  }

  /** The release as its line in the bundle holds it (validated, not sanitized for the screen). */
  storedRelease(id: string): Release | undefined {
    const place = this.db.prepare('SELECT segment, line_offset AS offset, line_length AS length FROM releases WHERE id = ?').get(id) as
      | LinePlace
      | undefined;
    const release = place && releaseAt(this.lines, place, (entry) => this.taxonomy.get(entry) !== undefined);
    return release?.id === id ? release : undefined;
  }

  /**
   * The body text (one block per line) of the releases at these list positions: what search
   * snippets are cut from. Read from the bundle without full validation, which the index build
   * did, and NOT sanitized: whoever cuts a snippet sanitizes those few characters (makeSnippet).
   */
  bodyTexts(ords: number[]): Map<number, string> {
    const rows = this.db
      .prepare('SELECT ord, segment, line_offset, line_length FROM releases WHERE ord IN (SELECT value FROM json_each(?))')
      .all(JSON.stringify(ords)) as (StoredLine & { ord: number })[];
    const texts = new Map<number, string>();
    for (const row of rows) {
      const text = this.lines.read(row.segment, row.line_offset, row.line_length);
      if (text === undefined) continue;
      try {
        const release = JSON.parse(text.replace(/^\uFEFF/, '')) as Partial<Release>;
        texts.set(row.ord, releaseBodyText({ body: release.body ?? [], notes: release.notes ?? [] }));
      } catch {
        // the bundle changed under an open catalog: no snippet rather than a crash
      }
    }
    return texts;
  }

  perYear(filter: ReleaseFilter): { year: number; count: number }[] {
    return this.memoise(`years ${filterKey(filter)}`, () => {
      const stored = this.storedFacet(filter, 'year');
      if (stored) return stored.map((row) => ({ year: Number(row.key), count: row.count })).sort((a, b) => a.year - b.year);
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
    if (!this.searcher) throw new Error('search is not available on this catalog');
    return this.searcher.search(query, options);
  }

  close(): void {
    this.lines.close();
    if (this.db.open) this.db.close();
  }

  /** The index connection, for the search engine of this catalog only. */
  get database(): Database.Database {
    return this.db;
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
    const counts = rows.map((row) => ({ key: String(row.key), label: this.facetLabel(facet, String(row.key)), count: row.count }));
    return counts.sort((a, b) => b.count - a.count || (facet === 'year' ? b.key.localeCompare(a.key) : a.label.localeCompare(b.label)));
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
    const ord = this.statement(sql.sql).pluck().get(...sql.params, from, step.steps) as number | undefined;
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
