import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { removeStaleTempFiles, syncFolder, writeFileAtomic } from './atomic-file.js';
import type { WriteHooks } from './append-releases.js';
import { assertBundlePaths } from './bundle-paths.js';
import { BUNDLE_FORMAT, MANIFEST_FILE, RELEASES_FILE, SINGLE_FILE_FORMAT_VERSION, TAXONOMY_FILE } from './bundle-files.js';
import { loadBundle } from './load-bundle.js';
import { listReleaseSegments, type ReleaseSegment } from './release-segments.js';
import { compareReleases, serializeRelease } from './serialize-release.js';
import type { BundleManifest, Release } from './types.js';
import { removeSegments, writeReleasesFile } from './write-bundle.js';

/** Files of releases, distinct releases and their bytes, before or after a compaction. */
export interface BundleShape {
  files: number;
  releases: number;
  bytes: number;
}

/** What `compact` did. */
export interface CompactReport {
  bundle: string;
  /** False when the bundle was already in canonical form and nothing was written. */
  changed: boolean;
  before: BundleShape;
  after: BundleShape;
}

/**
 * Rewrites the bundle's releases into one canonical releases.jsonl (newest first, then id, one
 * line per release, later-wins applied, bad and torn lines left out) and removes the segments.
 * Crash-safe at every step: the new releases.jsonl is renamed in first, then the manifest, then
 * the segments go oldest first; since the new base already holds what the segments say, the
 * bundle loads the same releases after each step. taxonomy.json is left as it is. Writes nothing
 * when the bundle is already canonical. The caller holds the bundle lock.
 */
export async function compactBundle(dir: string, hooks: WriteHooks = {}): Promise<CompactReport> {
  await assertBundlePaths(dir);
  await removeStaleTempFiles(dir);
  const segmentsBefore = await listReleaseSegments(dir);
  const bundle = await loadBundle(dir, { allowEmpty: true });
  const releases = [...bundle.releases].sort(compareReleases);
  const before = shape(segmentsBefore, releases.length);
  if (segmentsBefore.length === 1 && segmentsBefore[0]!.name === RELEASES_FILE && isCanonical(releases, bundle.manifest.releasesDigest, bundle.problems.some((problem) => problem.file !== join(dir, TAXONOMY_FILE)))) {
    return { bundle: dir, changed: false, before, after: before };
  }
  const record = await writeReleasesFile(dir, RELEASES_FILE, releases, hooks.beforeRename);
  await hooks.afterStep?.('base');
  const manifest: BundleManifest = {
    format: BUNDLE_FORMAT,
    version: SINGLE_FILE_FORMAT_VERSION,
    title: bundle.manifest.title,
    builtAt: new Date().toISOString(),
    synthetic: bundle.manifest.synthetic,
    counts: { releases: releases.length, taxonomy: bundle.taxonomy.length },
    releasesDigest: record.sha256,
  };
  await writeFileAtomic(dir, MANIFEST_FILE, [`${JSON.stringify(manifest, null, 2)}\n`], hooks.beforeRename);
  await syncFolder(dir);
  await hooks.afterStep?.('manifest');
  await removeSegments(dir);
  await hooks.afterStep?.('segments');
  return { bundle: dir, changed: true, before, after: shape(await listReleaseSegments(dir), releases.length) };
}

function shape(segments: readonly ReleaseSegment[], releases: number): BundleShape {
  return { files: segments.length, releases, bytes: segments.reduce((sum, segment) => sum + segment.size, 0) };
}

/** True when releases.jsonl already holds exactly these lines and nothing was reported of it or the manifest. */
function isCanonical(releases: readonly Release[], digest: string, problems: boolean): boolean {
  if (problems) return false;
  const hash = createHash('sha256');
  for (const release of releases) hash.update(`${serializeRelease(release)}\n`, 'utf8');
  return hash.digest('hex') === digest;
}
