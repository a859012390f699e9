import type { Catalog } from '../../src/catalog/types.js';
import type { SearchOptions, SearchResults } from '../../src/search/types.js';

/** The world's long report and its release with a hostile title, which the browser tests open. */
export const LAKEVILLE = 'fake-lakeville';
export const HOSTILE = 'fake-hostile';
export { openWorldCatalog } from '../world/open-world.js';

/** The real catalog with some of its answers replaced (a count, the taxonomy), the rest its own. */
export function catalogWith<T extends Catalog>(catalog: T, overrides: Partial<Catalog>): T {
  return Object.assign(Object.create(catalog) as T, overrides);
}

/** A search the test saw: the query and the page asked for. */
export interface SearchRequest {
  query: string;
  offset?: number;
  limit?: number;
}

/**
 * The real catalog, recording every search, with the answers to some queries held back until
 * `hold(query)` settles — a slow search engine, so answers can arrive out of order. A held answer
 * overtaken by a later query comes back superseded, as the engine's own would.
 */
export function recordSearches<T extends Catalog>(
  catalog: T,
  hold: (query: string) => Promise<void> | undefined = () => undefined,
): T & { searches: string[]; searchRequests: SearchRequest[] } {
  const searches: string[] = [];
  const searchRequests: SearchRequest[] = [];
  let latest = 0;
  const search = async (query: string, options?: SearchOptions): Promise<SearchResults> => {
    const ticket = ++latest;
    searches.push(query);
    searchRequests.push({ query, offset: options?.offset, limit: options?.limit });
    const results = await catalog.search(query, options);
    await hold(query);
    return ticket === latest ? results : { ...results, superseded: true };
  };
  return Object.assign(catalogWith(catalog, { search }), { searches, searchRequests });
}
