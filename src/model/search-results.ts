import type { TaxonomyEntry } from '../bundle/types.js';
import type { ReleaseFilter } from './release-filter.js';
import type { ReleaseRow } from './release-row.js';

/** [start, end) character ranges to highlight in a string. */
export type Highlight = [number, number];

/** Options for a search. */
export interface SearchOptions {
  /** Maximum release hits (default 50). */
  limit?: number;
  /**
   * Release hits to skip (default 0): `{ offset: 200, limit: 600 }` returns hits 200 to 799 of
   * the same ranking, computing snippets for those rows only. Names and totals are the same on
   * every page.
   */
  offset?: number;
  /** Maximum taxonomy hits (default 8). */
  entityLimit?: number;
  /** Only releases this filter keeps too (a watch's entries, its new releases). */
  within?: ReleaseFilter;
}

/** A taxonomy entry found by name or alias. */
export interface EntityHit {
  entry: TaxonomyEntry;
  /** The name or alias that matched. */
  matched: string;
  highlights: Highlight[];
}

/** A release found by title or text. */
export interface ReleaseHit {
  row: ReleaseRow;
  titleHighlights: Highlight[];
  /** One line of the matching text. */
  snippet: string;
  snippetHighlights: Highlight[];
}

/** What a search returns. `error` explains a query that could not be parsed (results are then empty). */
export interface SearchResults {
  query: string;
  entities: EntityHit[];
  releases: ReleaseHit[];
  /** How many releases match in all (releases holds at most `limit`, from `offset` on). */
  totalReleases: number;
  /**
   * True when totalReleases is a lower bound ("10,000+"): counting stops there so that a
   * keystroke on a large archive stays fast.
   */
  totalIsLowerBound?: boolean;
  /** Terms to highlight in an opened article. */
  terms: string[];
  error?: string;
  /**
   * "Did you mean": taxonomy entries whose names or aliases come close to the query's words.
   * Present only when the words found no names and no releases (and the query has no error);
   * best first, at most 5, `highlights` empty.
   */
  suggestions?: EntityHit[];
  /** True when a newer search made this one obsolete. */
  superseded?: boolean;
}
