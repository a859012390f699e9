import type { SqliteCatalog } from '../catalog/sqlite-catalog.js';
import type { SearchOptions, SearchResults } from './types.js';

/** Placeholder until the search modules land. */
export function createSearchEngine(_catalog: SqliteCatalog): { search(query: string, options?: SearchOptions): Promise<SearchResults> } {
  return {
    async search(query) {
      return { query, entities: [], releases: [], totalReleases: 0, terms: [] };
    },
  };
}
