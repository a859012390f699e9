import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { RELEASES_FILE, TAXONOMY_FILE } from '../bundle/bundle-files.js';
import { readManifest } from '../bundle/load-bundle.js';
import { readReleaseLines } from '../bundle/read-releases.js';
import type { BundleManifest, Release, TaxonomyEntry } from '../bundle/types.js';
import { validateTaxonomyFile } from '../bundle/validate-taxonomy-file.js';
import { buildTaxonomyEntries } from '../taxonomy/build-taxonomy.js';

// The index reads a bundle through these three functions only: the same validation and the same
// fallbacks as loadBundle, without holding every release in memory.

/** Reads manifest.json (small); throws UserError when it is missing, unreadable or too new. */
export function readBundleManifest(bundleDir: string): Promise<BundleManifest> {
  return readManifest(bundleDir);
}

/**
 * Reads taxonomy.json's valid entries. Like loadBundle, a missing or unusable file gives the
 * built-in taxonomy rather than an error.
 */
export async function readBundleTaxonomy(bundleDir: string): Promise<TaxonomyEntry[]> {
  const file = join(bundleDir, TAXONOMY_FILE);
  try {
    const text = await readFile(file, 'utf8');
    const { entries } = validateTaxonomyFile(JSON.parse(text.replace(/^\uFEFF/, '')), file);
    if (entries.length > 0) return entries;
  } catch {
    // unreadable or not JSON: fall through to the built-in taxonomy, as loadBundle does
  }
  return buildTaxonomyEntries();
}

/** Streams the valid releases of releases.jsonl; bad lines are skipped (loadBundle reports them). */
export async function* readBundleReleases(bundleDir: string, isKnownId: (id: string) => boolean): AsyncGenerator<Release> {
  for await (const item of readReleaseLines(join(bundleDir, RELEASES_FILE), { isKnownId })) {
    if ('release' in item) yield item.release;
  }
}
