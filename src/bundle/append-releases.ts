import { open, truncate } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { makeDirectory } from '../system/make-dir.js';
import { type BeforeRename, removeStaleTempFiles, syncFolder, writeFileAtomic } from './atomic-file.js';
import { BUNDLE_FORMAT, MANIFEST_FILE, MAX_RELEASE_LINE_BYTES, RELEASES_FILE } from './bundle-files.js';
import { assertBundlePaths } from './bundle-paths.js';
import { createStreamingLookup } from './existing-releases.js';
import { readManifest, scanBundle } from './load-bundle.js';
import { isTorn } from './read-releases.js';
import { releasesDigestOf } from './release-files-digest.js';
import { listReleaseSegments, type ReleaseSegment, SEGMENTS_DIR, segmentFileName } from './release-segments.js';
import { compareReleases } from './serialize-release.js';
import { BUNDLE_FORMAT_VERSION, type BundleManifest, type Release, type ReleaseFileRecord } from './types.js';
import { writeReleasesFile } from './write-bundle.js';

/** Test hooks of a write: called before each rename and after each step, so a test can crash there. */
export interface WriteHooks {
  beforeRename?: BeforeRename;
  afterStep?: (step: string) => void | Promise<void>;
}

/** Options for appendReleases. */
export interface AppendOptions {
  /** How many of the releases have ids the bundle lacks (the import knows); found by a lookup if not given. */
  newReleases?: number;
}

/**
 * Adds or replaces `releases` in the bundle in `dir` by writing them, and only them, as one new
 * segment `releases/NNNNNN.jsonl` (temp file + rename: the rename is the commit point), then
 * rewrites manifest.json (version 2) to list it. Cost is O(k) for k releases when the manifest
 * describes the files on disk; when it does not (an interrupted write, a hand edit, a torn last
 * line) the files are repaired first: a torn last line is cut off, and the manifest is rebuilt
 * from a scan. With no releases it only does that repair, and writes nothing on a sound bundle.
 * The caller holds the bundle lock. Returns the manifest now on disk.
 */
export async function appendReleases(
  dir: string,
  releases: readonly Release[],
  hooks: WriteHooks = {},
  options: AppendOptions = {},
): Promise<BundleManifest> {
  await assertBundlePaths(dir);
  const segmentsDir = join(dir, SEGMENTS_DIR);
  await removeStaleTempFiles(dir);
  await removeStaleTempFiles(segmentsDir).catch(() => undefined);
  await hooks.afterStep?.('cleaned');
  const state = await currentState(dir, hooks);
  if (releases.length === 0 && !state.repaired) return state.manifest;

  let files = state.manifest.files ?? [];
  let count = state.manifest.counts.releases;
  if (releases.length > 0) {
    count += options.newReleases ?? (await countNew(dir, releases, state.segments));
    makeDirectory(segmentsDir);
    const name = segmentFileName(state.nextSequence);
    const sorted = [...releases].sort(compareReleases);
    const record = await writeReleasesFile(segmentsDir, name, sorted, hooks.beforeRename, `${SEGMENTS_DIR}/${name}`);
    await syncFolder(segmentsDir);
    await hooks.afterStep?.('segment');
    files = [...files, record];
  }
  const manifest: BundleManifest = {
    ...state.manifest,
    format: BUNDLE_FORMAT,
    version: BUNDLE_FORMAT_VERSION,
    builtAt: new Date().toISOString(),
    counts: { releases: count, taxonomy: state.manifest.counts.taxonomy },
    releasesDigest: releasesDigestOf(files),
    files,
  };
  await writeFileAtomic(dir, MANIFEST_FILE, [`${JSON.stringify(manifest, null, 2)}\n`], hooks.beforeRename);
  await syncFolder(dir);
  await hooks.afterStep?.('manifest');
  return manifest;
}

interface BundleState {
  /** The manifest as it should be for the files on disk now (files and counts filled in). */
  manifest: BundleManifest;
  segments: ReleaseSegment[];
  nextSequence: number;
  /** The manifest on disk did not describe the files (or a torn line was cut): it must be rewritten. */
  repaired: boolean;
}

/**
 * What the bundle holds now. A manifest is trusted when every file ends with a newline and it
 * lists exactly the files on disk with their sizes (version 2), or, for a version 1 manifest,
 * when releases.jsonl is the only file (written with it by a full write). Otherwise torn last
 * lines are cut and the files scanned to rebuild the manifest (O(n), only after a fault).
 */
async function currentState(dir: string, hooks: WriteHooks): Promise<BundleState> {
  let segments = await listReleaseSegments(dir);
  const onDisk = await readManifest(dir).catch((error: unknown) => {
    // A newer format must stop the write; a missing or garbled manifest is only repaired.
    if (error instanceof Error && /is newer than this osce-tui reads/.test(error.message)) throw error;
    return undefined;
  });
  const nextSequence = (segments.at(-1)?.sequence ?? 0) + 1;
  const trusted = onDisk && (await allEndWithNewline(segments)) ? trustedFiles(onDisk, segments) : undefined;
  if (onDisk && trusted) return { manifest: { ...onDisk, files: trusted }, segments, nextSequence, repaired: false };

  let cut = false;
  for (const segment of segments) cut = (await cutTornLastLine(segment.path)) || cut;
  if (cut) {
    await hooks.afterStep?.('repaired');
    segments = await listReleaseSegments(dir);
  }
  if (segments.length === 0) {
    const manifest = onDisk ?? {
      format: BUNDLE_FORMAT,
      version: BUNDLE_FORMAT_VERSION,
      title: basename(dir),
      builtAt: '',
      synthetic: false,
      counts: { releases: 0, taxonomy: 0 },
      releasesDigest: '',
    };
    return { manifest: { ...manifest, files: [] }, segments, nextSequence, repaired: true };
  }
  const scan = await scanBundle(dir, () => undefined, { allowEmpty: true });
  const manifest = { ...scan.manifest, title: onDisk?.title ?? scan.manifest.title, builtAt: onDisk?.builtAt ?? '' };
  return { manifest, segments, nextSequence, repaired: true };
}

function trustedFiles(manifest: BundleManifest, segments: readonly ReleaseSegment[]): ReleaseFileRecord[] | undefined {
  if (manifest.files === undefined) {
    const only = segments.length === 1 && segments[0]!.name === RELEASES_FILE ? segments[0]! : undefined;
    return only && manifest.releasesDigest
      ? [{ name: only.name, bytes: only.size, sha256: manifest.releasesDigest }]
      : undefined;
  }
  const same =
    manifest.files.length === segments.length &&
    manifest.files.every((file, index) => file.name === segments[index]!.name && file.bytes === segments[index]!.size);
  return same ? manifest.files : undefined;
}

/** A file that does not end with a newline may end in a torn line: the bundle then needs a repair. */
async function allEndWithNewline(segments: readonly ReleaseSegment[]): Promise<boolean> {
  for (const segment of segments) {
    if (segment.size === 0) continue;
    const handle = await open(segment.path, 'r');
    try {
      const last = Buffer.alloc(1);
      await handle.read(last, 0, 1, segment.size - 1);
      if (last[0] !== 10) return false;
    } finally {
      await handle.close();
    }
  }
  return true;
}

/**
 * Cuts a torn last line (no newline at the end, and not valid JSON or too long to read) off a
 * file, so the bytes the next write records are sound. Truncating is one system call: a crash
 * leaves the file before or after it, and both load the same releases (a torn line is ignored).
 */
async function cutTornLastLine(path: string): Promise<boolean> {
  const handle = await open(path, 'r');
  try {
    const { size } = await handle.stat();
    if (size === 0) return false;
    const last = Buffer.alloc(1);
    await handle.read(last, 0, 1, size - 1);
    if (last[0] === 10) return false;
    const start = await lastLineStart(handle, size);
    const length = size - start;
    if (length <= MAX_RELEASE_LINE_BYTES) {
      const tail = Buffer.alloc(length);
      await handle.read(tail, 0, length, start);
      if (!isTorn(tail.toString('utf8'))) return false;
    }
    await truncate(path, start);
    return true;
  } finally {
    await handle.close();
  }
}

/** The offset just after the last newline of a file (0 when it has none), read backwards in blocks. */
async function lastLineStart(handle: Awaited<ReturnType<typeof open>>, size: number): Promise<number> {
  const block = Buffer.alloc(1 << 16);
  for (let end = size; end > 0; ) {
    const start = Math.max(0, end - block.length);
    const { bytesRead } = await handle.read(block, 0, end - start, start);
    const newline = block.subarray(0, bytesRead).lastIndexOf(10);
    if (newline !== -1) return start + newline + 1;
    end = start;
  }
  return 0;
}

async function countNew(
  dir: string,
  releases: readonly Release[],
  segments: readonly ReleaseSegment[],
): Promise<number> {
  if (segments.length === 0) return new Set(releases.map((release) => release.id)).size;
  const existing = await createStreamingLookup(dir)(releases.map((release) => release.id));
  return new Set(releases.map((release) => release.id).filter((id) => !existing.has(id))).size;
}
