import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { TAXONOMY_FILE } from '../bundle/bundle-files.js';
import { readManifestOrDefault } from '../bundle/load-bundle.js';
import type { BundleManifest, TaxonomyEntry } from '../bundle/types.js';
import { validateTaxonomyFile } from '../bundle/validate-taxonomy-file.js';
import { buildTaxonomyEntries } from '../taxonomy/build-taxonomy.js';

// The catalog reads the small files of a bundle through these: the same validation and the same
// fallbacks as loadBundle (releases.jsonl is streamed by release-lines.ts).

/**
 * Reads manifest.json (small). Like loadBundle, a missing or malformed file gives the defaults
 * (title = the folder's name); only one from a newer format version throws UserError.
 */
export function readBundleManifest(bundleDir: string): Promise<BundleManifest> {
  return readManifestOrDefault(bundleDir);
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
