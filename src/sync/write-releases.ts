import { stat } from 'node:fs/promises';
import { NotABundleError } from '../bundle/bundle-errors.js';
import { withBundleLock } from '../bundle/bundle-lock.js';
import { scanBundle } from '../bundle/load-bundle.js';
import { type MergeOutcome, mergeIntoBundle, openExistingBundle } from '../bundle/merge-into-bundle.js';
import type { Release, TaxonomyEntry } from '../bundle/types.js';
import { createImportLookup } from '../index/existing-release-lookup.js';
import { buildTaxonomyEntries } from '../taxonomy/build-taxonomy.js';

// The one place sync reads and writes the bundle: the same lookup, merge and append as `import`.

/** What sync needs to know of the bundle before it starts: which releases it holds, and how. */
export interface BundleSnapshot {
  taxonomy: TaxonomyEntry[];
  /** Release id → true when the bundle holds only the listing summary. */
  releases: Map<string, { summary: boolean }>;
}

/** Ids sorted by what a write did to them. */
export type WriteOutcome = MergeOutcome;

/**
 * Reads which releases the bundle in `dir` holds, streaming (memory stays small however large
 * the archive); a missing or empty folder is an empty bundle.
 */
export async function readBundleSnapshot(dir: string): Promise<BundleSnapshot> {
  const releases = new Map<string, { summary: boolean }>();
  if (!(await stat(dir).catch(() => undefined))) return { taxonomy: buildTaxonomyEntries(), releases };
  try {
    // Later files win for an id, so the last call for it is what the bundle holds.
    const scan = await scanBundle(dir, (release) => releases.set(release.id, { summary: release.summary }), {
      allowEmpty: true,
    });
    return { taxonomy: scan.taxonomy, releases };
  } catch (error) {
    // An empty folder becomes a new bundle; anything else (a newer format) stops the sync.
    if (error instanceof NotABundleError) return { taxonomy: buildTaxonomyEntries(), releases };
    throw error;
  }
}

/**
 * Merges `releases` into the bundle in `dir` under its writer lock, as `import` does: a full
 * article replaces its summary, a summary never replaces an article. Writes only what changed,
 * as one appended segment (the whole bundle when it is new).
 */
export async function writeReleases(
  dir: string,
  releases: readonly Release[],
  cacheDir: string,
): Promise<WriteOutcome> {
  if (releases.length === 0) return { added: [], updated: [], unchanged: [] };
  return withBundleLock(dir, async () => {
    const existing = await openExistingBundle(dir);
    return mergeIntoBundle(dir, existing, releases, createImportLookup(dir, cacheDir));
  });
}
