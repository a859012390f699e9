import { taxonomyDigest } from '../bundle/bundle-memo.js';
import { loadSmallBundleFiles, requireBundleFiles } from '../bundle/load-bundle.js';
import type { BundleManifest, Problem } from '../bundle/types.js';
import { Taxonomy } from '../taxonomy/taxonomy.js';
import type { IndexSource, ProgressCallback } from './build-index.js';
import { indexFileFor } from './cache-location.js';
import { type OpenedIndex, openCurrentIndex, openIndex } from './open-index.js';
import { INDEX_SCHEMA_VERSION } from './schema.js';

/** A bundle's index, up to date, with the small files it was opened with. */
export interface OpenedBundleIndex {
  index: OpenedIndex;
  manifest: BundleManifest;
  taxonomy: Taxonomy;
  /** The problems of manifest.json and taxonomy.json, found as they were read for the index. */
  smallFileProblems: Problem[];
}

/**
 * Reads a bundle's manifest and taxonomy and opens its derived index in `cacheDir`, bringing it
 * up to date with the release files first (incrementally when it can; see openIndex).
 * A missing or malformed manifest gives the defaults and a missing release file an empty index
 * (both are problems checkBundleProblems counts). Throws UserError only when the folder holds
 * none of the bundle's files, or a manifest from a newer format.
 */
export async function openBundleIndex(
  bundleDir: string,
  cacheDir: string,
  onProgress?: ProgressCallback,
): Promise<OpenedBundleIndex> {
  return openBundleIndexWith(openIndex, bundleDir, cacheDir, onProgress);
}

/**
 * openBundleIndex for a command that can read the bundle itself: undefined, and nothing built,
 * when the index would have to be built in full (see openCurrentIndex).
 */
export async function openCurrentBundleIndex(
  bundleDir: string,
  cacheDir: string,
): Promise<OpenedBundleIndex | undefined> {
  const opened = await openBundleIndexWith(openCurrentIndex, bundleDir, cacheDir);
  return opened.index && (opened as OpenedBundleIndex);
}

async function openBundleIndexWith<T extends OpenedIndex | undefined>(
  open: (file: string, source: IndexSource, onProgress?: ProgressCallback) => Promise<T>,
  bundleDir: string,
  cacheDir: string,
  onProgress?: ProgressCallback,
): Promise<Omit<OpenedBundleIndex, 'index'> & { index: T }> {
  await requireBundleFiles(bundleDir);
  const { manifest, entries, problems } = await loadSmallBundleFiles(bundleDir);
  const taxonomy = new Taxonomy(entries);
  const index = await open(
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
        // textHash, as the index file's name: sha256 alone would load node:crypto at every start.
        taxonomyDigest: taxonomyDigest(entries),
      },
    },
    onProgress,
  );
  return { index, manifest, taxonomy, smallFileProblems: problems };
}
