import { stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { UserError } from '../model/errors.js';
import { buildTaxonomyEntries } from '../taxonomy/build-taxonomy.js';
import { appendReleases } from './append-releases.js';
import { BundleWriteError } from './bundle-errors.js';
import { DEFAULT_BUNDLE_TITLE, MANIFEST_FILE, TAXONOMY_FILE } from './bundle-files.js';
import { assertBundlePaths } from './bundle-paths.js';
import type { ExistingReleaseLookup } from './existing-releases.js';
import { loadBundleTaxonomy, readManifest } from './load-bundle.js';
import { mergeReleases } from './merge-releases.js';
import { listReleaseSegments } from './release-segments.js';
import type { Problem, Release, TaxonomyEntry } from './types.js';
import { writeBundle } from './write-bundle.js';

/** What a bundle holds besides its releases, read before merging into it. */
export interface ExistingBundle {
  title: string;
  taxonomy: TaxonomyEntry[];
  synthetic: boolean;
  /** No file of releases yet: a merge writes the whole bundle. */
  fresh: boolean;
  /** Problems of taxonomy.json, for the caller to report. */
  problems: Problem[];
}

/** Ids sorted by what a merge did to them, in the order given. */
export interface MergeOutcome {
  added: string[];
  updated: string[];
  unchanged: string[];
}

/**
 * The bundle's small files (manifest, taxonomy); its releases are looked up by id later. A missing
 * or empty folder is a new bundle with the built-in taxonomy. Throws for a manifest of a newer
 * format: its data may mean something this program cannot tell.
 */
export async function openExistingBundle(dir: string): Promise<ExistingBundle> {
  const fresh: ExistingBundle = {
    title: DEFAULT_BUNDLE_TITLE,
    taxonomy: buildTaxonomyEntries(),
    synthetic: false,
    fresh: true,
    problems: [],
  };
  if (!(await stat(dir).catch(() => undefined))) return fresh;
  const segments = await listReleaseSegments(dir);
  const hasManifest = await stat(join(dir, MANIFEST_FILE)).then(
    () => true,
    () => false,
  );
  const hasTaxonomy = await stat(join(dir, TAXONOMY_FILE)).then(
    () => true,
    () => false,
  );
  if (segments.length === 0 && !hasManifest && !hasTaxonomy) return fresh;
  const { entries, problems } = await loadBundleTaxonomy(dir);
  const manifest = await readManifest(dir).catch(() => undefined);
  return {
    title: manifest?.title || basename(dir),
    taxonomy: entries,
    synthetic: manifest?.synthetic ?? false,
    fresh: segments.length === 0,
    problems,
  };
}

/**
 * Merges `releases` into the bundle (a full article replaces its summary, a summary never
 * replaces an article) and writes only what changed: one new segment, or the whole bundle when
 * it has no releases yet. The caller holds the bundle's writer lock. With `dryRun` nothing is
 * written. Reading or writing that fails for a file-system reason is a BundleWriteError.
 */
export async function mergeIntoBundle(
  dir: string,
  existing: ExistingBundle,
  releases: readonly Release[],
  lookup: ExistingReleaseLookup,
  dryRun = false,
): Promise<MergeOutcome> {
  try {
    const current = existing.fresh
      ? new Map<string, Release>()
      : await lookup([...new Set(releases.map((release) => release.id))]);
    const merged = mergeReleases([...current.values()], [...releases]);
    const changedIds = new Set([...merged.added, ...merged.updated]);
    const changed = merged.releases.filter((release) => changedIds.has(release.id));
    if (!dryRun) await writeChanges(dir, existing, changed, merged.added.length);
    return { added: merged.added, updated: merged.updated, unchanged: merged.unchanged };
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new BundleWriteError(dir, error);
  }
}

async function writeChanges(dir: string, existing: ExistingBundle, changed: Release[], added: number): Promise<void> {
  if (!existing.fresh) {
    await appendReleases(dir, changed, {}, { newReleases: added });
    return;
  }
  if (changed.length === 0) return;
  await assertBundlePaths(dir);
  await writeBundle(dir, {
    title: existing.title,
    taxonomy: existing.taxonomy,
    releases: changed,
    synthetic: existing.synthetic,
  });
}
