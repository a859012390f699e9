import { resolveCacheDir } from '../index/cache-location.js';
import { IndexReader } from '../index/index-reader.js';
import { openBundleIndex } from '../index/open-bundle-index.js';
import type { SearchOptions } from '../model/search-results.js';
import { createSearchEngine, type SearchEngine } from '../search/search-engine.js';
import { sanitizeLine } from '../text/sanitize-model.js';
import { SqliteCatalog } from './sqlite-catalog.js';

/** Options for openCatalog. */
export interface OpenCatalogOptions {
  /** Where the derived index lives (default: resolveCacheDir()). Tests pass a temporary folder. */
  cacheDir?: string;
  /** Index build progress, called only when the index has to be (re)built. */
  onProgress?: (done: number, total: number) => void;
  /** Told when something works in a lesser way the user should know of (an index kept in memory). */
  onWarning?: (message: string) => void;
}

/**
 * Opens a bundle for reading. A normal start reads manifest.json and taxonomy.json and opens the
 * derived SQLite index in the cache folder. Release files are read only when new ones appeared
 * since the index was last brought up to date (just those are read and applied), or when the
 * index is missing, stale or damaged, or a release file it applied changed (all are read and
 * the index is rebuilt first).
 * A missing or malformed manifest.json gives the defaults (title = the folder name), as loadBundle
 * does. Throws UserError when the folder holds none of the bundle files, or a manifest from a newer format;
 * a missing taxonomy.json gives the built-in taxonomy, as loadBundle does.
 */
export async function openCatalog(bundleDir: string, options: OpenCatalogOptions = {}): Promise<SqliteCatalog> {
  const { index, manifest, taxonomy, smallFileProblems } = await openBundleIndex(
    bundleDir,
    options.cacheDir ?? resolveCacheDir(),
    options.onProgress,
  );
  if (index.cacheProblem) options.onWarning?.(index.cacheProblem);
  const reader = new IndexReader(index.db, taxonomy, bundleDir);
  // The search engine is built on the first search, not at start-up: the first frame needs none.
  let engine: SearchEngine | undefined;
  const engineNow = (): SearchEngine => (engine ??= createSearchEngine(reader));
  const searcher = {
    search: (query: string, searchOptions?: SearchOptions) => engineNow().search(query, searchOptions),
    searchNow: (query: string, searchOptions?: SearchOptions) => engineNow().searchNow(query, searchOptions),
  };
  const catalog = new SqliteCatalog(reader, sanitizeLine(manifest.title), searcher);
  catalog.lastUpdate = index.update;
  catalog.rebuilt = index.rebuiltBecause !== undefined;
  // Kept for the problem notice, so it need not read these files again.
  catalog.smallFileProblems = smallFileProblems;
  catalog.releasesDigest = manifest.releasesDigest;
  return catalog;
}
