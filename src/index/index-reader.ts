import type Database from 'better-sqlite3';
import type { Release } from '../bundle/types.js';
import type { ReleaseRow } from '../model/release-row.js';
import type { Taxonomy } from '../taxonomy/taxonomy.js';
import { sanitizeBody } from '../text/sanitize-model.js';
import { segmentPaths } from './build-index.js';
import { type LinePlace, releaseAt } from './indexed-release.js';
import { SegmentLines } from './release-lines.js';
import { releaseBodyText } from './release-text.js';
import { type AppliedSegment, readAppliedSegments } from './segment-state.js';

/** A content type present in the index, with its display label and count. */
export interface ContentTypeCount {
  key: string;
  label: string;
  count: number;
}

interface StoredLine {
  segment: number;
  line_offset: number;
  line_length: number;
}

/**
 * Reads an open release index and the bundle lines it points into: rows by list position,
 * stored releases, body texts, content types. The catalog and the search engine both read
 * through it, so neither has to reach into the other.
 */
export class IndexReader {
  /** The index connection; the search engine queries its full-text and vocabulary tables. */
  readonly db: Database.Database;
  readonly taxonomy: Taxonomy;
  /** The bundle's release files as the index applied them. */
  readonly appliedSegments: readonly AppliedSegment[];
  private readonly lines: SegmentLines;
  private types: ContentTypeCount[] | undefined;

  /** `bundleDir` holds the release files the index points into. */
  constructor(db: Database.Database, taxonomy: Taxonomy, bundleDir: string) {
    this.db = db;
    this.taxonomy = taxonomy;
    this.appliedSegments = readAppliedSegments(db);
    this.lines = new SegmentLines(segmentPaths(bundleDir, this.appliedSegments));
  }

  /** The content types present, most common first. */
  contentTypes(): ContentTypeCount[] {
    this.types ??= this.db
      .prepare('SELECT key, label, count FROM types ORDER BY count DESC, key')
      .all() as ContentTypeCount[];
    return this.types;
  }

  /** Rows by list position (1-based `ord`). */
  rowsByOrd(ords: number[]): Map<number, ReleaseRow> {
    const rows = this.db
      .prepare('SELECT ord, row_json FROM releases WHERE ord IN (SELECT value FROM json_each(?))')
      .all(JSON.stringify(ords)) as { ord: number; row_json: string }[];
    return new Map(rows.map((row) => [row.ord, JSON.parse(row.row_json) as ReleaseRow]));
  }

  /** The release as its line in the bundle holds it (validated, not sanitized for the screen). */
  storedRelease(id: string): Release | undefined {
    const place = this.db
      .prepare('SELECT segment, line_offset AS offset, line_length AS length FROM releases WHERE id = ?')
      .get(id) as LinePlace | undefined;
    const release = place && releaseAt(this.lines, place, (entry) => this.taxonomy.get(entry) !== undefined);
    return release?.id === id ? release : undefined;
  }

  /**
   * The releases at these list positions as their lines in the bundle hold them (validated, not
   * sanitized), with where each line is; a line that no longer reads as a valid release is left out.
   */
  storedReleases(ords: readonly number[]): (LinePlace & { release: Release })[] {
    const rows = this.db
      .prepare(
        `SELECT segment, line_offset AS offset, line_length AS length FROM releases
         WHERE ord IN (SELECT value FROM json_each(?))`,
      )
      .all(JSON.stringify(ords)) as LinePlace[];
    const isKnownId = (entry: string): boolean => this.taxonomy.get(entry) !== undefined;
    return rows.flatMap((place) => {
      const release = releaseAt(this.lines, place, isKnownId);
      return release ? [{ ...place, release }] : [];
    });
  }

  /**
   * The list positions of the releases whose title has every one of these words (folded, as
   * the full-text index folds them), at most `limit` of them.
   */
  titleMatches(words: readonly string[], limit: number): number[] {
    if (words.length === 0) return [];
    const expression = words.map((word) => `"${word.replace(/"/g, '""')}"`).join(' AND ');
    return this.db
      .prepare('SELECT rowid FROM fts_title WHERE fts_title MATCH ? LIMIT ?')
      .pluck()
      .all(expression, limit) as number[];
  }

  /**
   * The body text (one block per line) of the releases at these list positions: what search
   * snippets are cut from. Read from the bundle without full validation, which the index build
   * did, and sanitized like every text the catalog hands out.
   */
  bodyTexts(ords: number[]): Map<number, string> {
    const rows = this.db
      .prepare(
        'SELECT ord, segment, line_offset, line_length FROM releases WHERE ord IN (SELECT value FROM json_each(?))',
      )
      .all(JSON.stringify(ords)) as (StoredLine & { ord: number })[];
    const texts = new Map<number, string>();
    for (const row of rows) {
      const text = this.lines.read(row.segment, row.line_offset, row.line_length);
      if (text === undefined) continue;
      try {
        const release = JSON.parse(text.replace(/^\uFEFF/, '')) as Partial<Release>;
        texts.set(row.ord, sanitizeBody(releaseBodyText({ body: release.body ?? [], notes: release.notes ?? [] })));
      } catch {
        // the bundle changed under an open catalog: no snippet rather than a crash
      }
    }
    return texts;
  }

  close(): void {
    this.lines.close();
    if (this.db.open) this.db.close();
  }
}
