import type Database from 'better-sqlite3';
import type { ReleaseRow } from '../model/release-row.js';
import type { Taxonomy } from '../taxonomy/taxonomy.js';

/**
 * What the search engine reads: the index's full-text and vocabulary tables, the taxonomy whose
 * names it searches, and rows and body texts for the hits it shows (src/index/index-reader.ts
 * provides it). Anything with these parts can be searched; the engine knows no catalog.
 */
export interface SearchIndex {
  readonly db: Database.Database;
  readonly taxonomy: Taxonomy;
  contentTypes(): { key: string; label: string }[];
  /** Rows by list position (1-based `ord`). */
  rowsByOrd(ords: number[]): Map<number, ReleaseRow>;
  /** Body texts (one block per line, not sanitized) by list position. */
  bodyTexts(ords: number[]): Map<number, string>;
}
