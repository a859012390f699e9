import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { RELEASES_FILE } from '../bundle/bundle-files.js';
import { SEGMENTS_DIR } from '../bundle/release-segments.js';
import { UserError } from '../cli/errors.js';
import { Taxonomy } from '../taxonomy/taxonomy.js';
import { readBundleManifest, readBundleTaxonomy } from '../index/bundle-source.js';
import { indexFileFor, resolveCacheDir } from '../index/cache-location.js';
import { openIndex } from '../index/open-index.js';
import { INDEX_SCHEMA_VERSION } from '../index/schema.js';
import { createSearchEngine } from '../search/search-engine.js';
import { SqliteCatalog } from './sqlite-catalog.js';
import type { Catalog } from './types.js';

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
 * derived SQLite index in the cache folder; releases.jsonl is read only when that index is
 * missing, stale (the bundle changed) or damaged, and then the index is rebuilt first.
 * Throws UserError when the bundle itself cannot be read (no manifest, or one from a newer format);
 * a missing taxonomy.json gives the built-in taxonomy, as loadBundle does.
 */
export async function openCatalog(bundleDir: string, options: OpenCatalogOptions = {}): Promise<Catalog> {
  const manifest = await readBundleManifest(bundleDir);
  const entries = await readBundleTaxonomy(bundleDir);
  const taxonomy = new Taxonomy(entries);
  const releasesPath = join(bundleDir, RELEASES_FILE);
  if (!existsSync(releasesPath) && !existsSync(join(bundleDir, SEGMENTS_DIR))) {
    throw new UserError(`${releasesPath}: missing; expected one release per line`);
  }
  const cacheDir = options.cacheDir ?? resolveCacheDir();
  const opened = await openIndex(
    indexFileFor(bundleDir, cacheDir),
    {
      bundleDir,
      taxonomy,
      expectedReleases: manifest.counts?.releases ?? 0,
      // Either of these changing makes the index stale; changes to the release files are found
      // by their fingerprints (see planSegments) and mostly applied incrementally.
      meta: {
        schema: String(INDEX_SCHEMA_VERSION),
        // The entries as validated, not the file's bytes: the built-in taxonomy has no file.
        taxonomyDigest: createHash('sha256').update(JSON.stringify(entries)).digest('hex'),
      },
    },
    options.onProgress,
  );
  if (opened.cacheProblem) options.onWarning?.(opened.cacheProblem);
  const catalog = new SqliteCatalog(opened.db, manifest.title, taxonomy, bundleDir);
  // Built on the first search, not at start-up: the first frame needs no search engine.
  let engine: ReturnType<typeof createSearchEngine> | undefined;
  catalog.attachSearcher({ search: (query, searchOptions) => (engine ??= createSearchEngine(catalog)).search(query, searchOptions) });
  return catalog;
}
