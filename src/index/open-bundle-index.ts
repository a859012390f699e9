import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { RELEASES_FILE } from '../bundle/bundle-files.js';
import { SEGMENTS_DIR } from '../bundle/release-segments.js';
import type { BundleManifest } from '../bundle/types.js';
import { UserError } from '../cli/errors.js';
import { Taxonomy } from '../taxonomy/taxonomy.js';
import type { ProgressCallback } from './build-index.js';
import { readBundleManifest, readBundleTaxonomy } from './bundle-source.js';
import { indexFileFor } from './cache-location.js';
import { openIndex, type OpenedIndex } from './open-index.js';
import { INDEX_SCHEMA_VERSION } from './schema.js';

/** A bundle's index, up to date, with the small files it was opened with. */
export interface OpenedBundleIndex {
  index: OpenedIndex;
  manifest: BundleManifest;
  taxonomy: Taxonomy;
}

/**
 * Reads a bundle's manifest and taxonomy and opens its derived index in `cacheDir`, bringing it
 * up to date with the release files first (incrementally when it can; see openIndex).
 * Throws UserError when the bundle itself cannot be read (no manifest, one from a newer format,
 * no release file at all).
 */
export async function openBundleIndex(bundleDir: string, cacheDir: string, onProgress?: ProgressCallback): Promise<OpenedBundleIndex> {
  const manifest = await readBundleManifest(bundleDir);
  const entries = await readBundleTaxonomy(bundleDir);
  const taxonomy = new Taxonomy(entries);
  const releasesPath = join(bundleDir, RELEASES_FILE);
  if (!existsSync(releasesPath) && !existsSync(join(bundleDir, SEGMENTS_DIR))) {
    throw new UserError(`${releasesPath}: missing; expected one release per line`);
  }
  const index = await openIndex(
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
    onProgress,
  );
  return { index, manifest, taxonomy };
}
