import { join } from 'node:path';
import { RELEASES_FILE } from '../bundle/bundle-files.js';
import type { StatsCounts } from '../bundle/bundle-stats.js';
import { releasesDigestProblem } from '../bundle/load-bundle.js';
import type { BundleManifest, Problem } from '../bundle/types.js';
import { resolveCacheDir } from '../index/cache-location.js';
import { IndexReader } from '../index/index-reader.js';
import { openCurrentBundleIndex } from '../index/open-bundle-index.js';
import { type AppliedSegment, readSegmentProblems } from '../index/segment-state.js';
import { storedReleaseCounts } from '../index/stored-counts.js';
import type { Taxonomy } from '../taxonomy/taxonomy.js';

/**
 * A bundle read through its derived index, for the commands that otherwise read every release
 * (`show`, `stats`): what they would have loaded, without reading the release files.
 */
export interface IndexedBundle {
  readonly dir: string;
  readonly manifest: BundleManifest;
  readonly taxonomy: Taxonomy;
  readonly reader: IndexReader;
  /** Every problem of the bundle, worded and ordered as loading the bundle reports them. */
  readonly problems: readonly Problem[];
  /** How many valid releases the bundle holds. */
  readonly releaseCount: number;
  /** What `osce-tui stats` counts of the releases, as stored in the index. */
  releaseCounts(): StatsCounts;
  close(): void;
}

/**
 * Opens a bundle through its index when the index is current (or brought up to date by
 * applying new release files only); undefined when it would have to be built, or knows less
 * than these commands need (an index from before problems were kept): the caller then reads
 * the bundle itself, as it always could. Errors give undefined too, so the caller's own reading
 * reports them in its words.
 */
export async function openIndexedBundle(dir: string, cacheDir = resolveCacheDir()): Promise<IndexedBundle | undefined> {
  let opened: Awaited<ReturnType<typeof openCurrentBundleIndex>>;
  try {
    opened = await openCurrentBundleIndex(dir, cacheDir);
  } catch {
    return undefined;
  }
  if (!opened) return undefined;
  const { index, manifest, taxonomy, smallFileProblems } = opened;
  const reader = new IndexReader(index.db, taxonomy, dir);
  try {
    const problems = bundleProblems(
      dir,
      manifest,
      smallFileProblems,
      reader.appliedSegments,
      readSegmentProblems(index.db),
    );
    if (!problems) {
      reader.close();
      return undefined;
    }
    const releaseCount = index.db.prepare('SELECT coalesce(sum(count), 0) FROM types').pluck().get() as number;
    return {
      dir,
      manifest,
      taxonomy,
      reader,
      problems,
      releaseCount,
      releaseCounts: () => storedReleaseCounts(index.db, releaseCount),
      close: () => reader.close(),
    };
  } catch {
    reader.close();
    return undefined;
  }
}

/**
 * The problems scanBundle reports, from what the index kept: those of manifest.json and
 * taxonomy.json, each release file's in load order (named as the loader names them, under
 * `dir`), a missing release file, and release files that differ from the manifest's digest.
 * Undefined when a release file's problems were not kept. Pure.
 */
export function bundleProblems(
  dir: string,
  manifest: Pick<BundleManifest, 'releasesDigest' | 'files'>,
  smallFileProblems: readonly Problem[],
  applied: readonly Pick<AppliedSegment, 'sequence' | 'name' | 'size' | 'digest'>[],
  stored: ReadonlyMap<number, readonly Problem[]>,
): Problem[] | undefined {
  const problems = [...smallFileProblems];
  for (const segment of applied) {
    const list = stored.get(segment.sequence);
    if (!list) return undefined;
    for (const problem of list) problems.push({ ...problem, file: join(dir, segment.name) });
  }
  if (applied.length === 0) {
    problems.push({ file: join(dir, RELEASES_FILE), message: 'missing; expected one release per line' });
    return problems;
  }
  const files = applied.map((segment) => ({ name: segment.name, bytes: segment.size, sha256: segment.digest }));
  const differs = releasesDigestProblem(dir, manifest, files);
  if (differs) problems.push(differs);
  return problems;
}
