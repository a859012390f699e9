import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { DEFAULT_BUNDLE_TITLE } from '../bundle/bundle-files.js';
import { withBundleLock } from '../bundle/bundle-lock.js';
import { loadBundle } from '../bundle/load-bundle.js';
import { mergeReleases } from '../bundle/merge-releases.js';
import type { Bundle, Release, TaxonomyEntry } from '../bundle/types.js';
import { writeBundle } from '../bundle/write-bundle.js';
import { UserError } from '../cli/errors.js';
import { buildTaxonomyEntries } from '../taxonomy/build-taxonomy.js';

// The one place sync reads and writes the bundle, so that a new import pipeline (appended
// release segments) is a change to this file alone.

/** What sync needs to know of the bundle before it starts: which releases it holds, and how. */
export interface BundleSnapshot {
  taxonomy: TaxonomyEntry[];
  /** Release id → true when the bundle holds only the listing summary. */
  releases: Map<string, { summary: boolean }>;
}

/** Ids sorted by what a write did to them. */
export interface WriteOutcome {
  added: string[];
  updated: string[];
  unchanged: string[];
}

/** Reads the bundle in `dir` (a missing or empty folder is an empty bundle). */
export async function readBundleSnapshot(dir: string): Promise<BundleSnapshot> {
  const bundle = await loadExisting(dir);
  return {
    taxonomy: bundle?.taxonomy ?? buildTaxonomyEntries(),
    releases: new Map((bundle?.releases ?? []).map((release) => [release.id, { summary: release.summary }])),
  };
}

/**
 * Merges `releases` into the bundle in `dir` under its writer lock, as `import` does: a full
 * article replaces its summary, a summary never replaces an article. Writes only on a change.
 */
export async function writeReleases(dir: string, releases: readonly Release[]): Promise<WriteOutcome> {
  if (releases.length === 0) return { added: [], updated: [], unchanged: [] };
  return withBundleLock(dir, async () => {
    const bundle = await loadExisting(dir);
    const merged = mergeReleases(bundle?.releases ?? [], releases);
    if (merged.added.length > 0 || merged.updated.length > 0) {
      const content = {
        title: bundle?.manifest.title || (bundle ? basename(dir) : DEFAULT_BUNDLE_TITLE),
        taxonomy: bundle?.taxonomy ?? buildTaxonomyEntries(),
        releases: merged.releases,
        synthetic: bundle?.manifest.synthetic ?? false,
      };
      await writeBundle(dir, content).catch((error: unknown) => {
        throw new UserError(`cannot write the bundle in ${dir}: ${(error as Error).message}; the files there are unchanged or whole`);
      });
    }
    return { added: merged.added, updated: merged.updated, unchanged: merged.unchanged };
  });
}

async function loadExisting(dir: string): Promise<Bundle | undefined> {
  if (!(await stat(dir).catch(() => undefined))) return undefined;
  try {
    return await loadBundle(dir, { allowEmpty: true });
  } catch (error) {
    // An empty folder becomes a new bundle; anything else (a newer format) stops the sync.
    if (error instanceof UserError && /are all missing$/.test(error.message)) return undefined;
    throw error;
  }
}
