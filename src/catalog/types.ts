import type { Release } from '../bundle/types.js';
import type { Taxonomy } from '../taxonomy/taxonomy.js';
import type { SearchOptions, SearchResults } from '../search/types.js';

/** A release without its body: what lists show. */
export interface ReleaseRow extends Pick<Release, 'id' | 'type' | 'title' | 'date' | 'place' | 'sources' | 'fields' | 'countries'> {
  summary: boolean;
}

/** Which releases to count or list. All given conditions must hold. */
export interface ReleaseFilter {
  /** Linked to every one of these taxonomy ids (as source, field, country or mention, or through a descendant entry). */
  entities?: string[];
  /** Year of the release date. */
  year?: number;
  /** Content type, case-insensitive ("press release"). */
  type?: string;
  /** ISO date bounds, inclusive. */
  since?: string;
  until?: string;
  /** Only these release ids (bookmarks, history). */
  ids?: string[];
}

/** A facet a list can be refined by. */
export type Facet = 'year' | 'type' | 'field' | 'country' | 'source';

/** One value of a facet with its live count under the current filter. */
export interface FacetCount {
  /** Year as text, content type, or taxonomy id. */
  key: string;
  /** Display label. */
  label: string;
  count: number;
}

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
  close(): void;
}
