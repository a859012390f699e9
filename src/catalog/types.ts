import type { Release } from '../bundle/types.js';
import type { Facet, FacetCount, ReleaseFilter } from '../model/release-filter.js';
import type { ReleaseRow } from '../model/release-row.js';
import type { SearchOptions, SearchResults } from '../model/search-results.js';
import type { RelatedList } from '../related/find-related.js';
import type { Taxonomy } from '../taxonomy/taxonomy.js';

// The vocabulary of the Catalog is shared model (src/model); screens and commands may import it from here.
export type { Facet, FacetCount, ReleaseFilter } from '../model/release-filter.js';
export type { ReleaseRow } from '../model/release-row.js';

/**
 * Read access to a bundle for the UI and the commands: taxonomy, counts, lists, articles and
 * search. Screens get everything through this; they never see files or indexes.
 * Lists are newest first (unknown dates last), then by title.
 */
export interface Catalog {
  readonly title: string;
  readonly taxonomy: Taxonomy;
  readonly totalReleases: number;
  /** Releases linked to this entry, directly or through its descendants. */
  entityCount(id: string): number;
  count(filter: ReleaseFilter): number;
  list(filter: ReleaseFilter, offset: number, limit: number): ReleaseRow[];
  get(id: string): Release | undefined;
  /** Releases per year under the filter, ascending by year; releases without a year are left out. */
  perYear(filter: ReleaseFilter): { year: number; count: number }[];
  /** Counts per value of a facet under the filter, largest first. */
  facet(filter: ReleaseFilter, facet: Facet): FacetCount[];
  /** Searches names and releases; the latest call wins, earlier pending ones may resolve as superseded. */
  search(query: string, options?: SearchOptions): Promise<SearchResults>;
  /** The same search answered at once (no superseding): for counts a screen computes as it draws. */
  searchNow(query: string, options?: SearchOptions): SearchResults;
  /** The releases most related to one (shared entries, rare words), most related first; never itself. */
  related(release: Release, limit?: number): RelatedList;
  /** The bundle's release files as the index applied them, oldest first (what watches mark as seen). */
  readonly appliedSegments: readonly ReleaseFile[];
  /** Ids of the releases whose current version came from these release files (by sequence). */
  idsFromFiles(sequences: readonly number[]): string[];
  close(): void;
}

/** One release file of a bundle as its index applied it. */
export interface ReleaseFile {
  sequence: number;
  name: string;
  /** sha256 of the whole file as it was read. */
  digest: string;
}
