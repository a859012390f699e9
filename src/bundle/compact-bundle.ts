import { createHash } from 'node:crypto';
import { closeSync, openSync, readSync } from 'node:fs';
import { basename } from 'node:path';
import type { WriteHooks } from './append-releases.js';
import { removeStaleTempFiles, syncFolder, writeFileAtomic } from './atomic-file.js';
import { BUNDLE_FORMAT, MANIFEST_FILE, RELEASES_FILE, SINGLE_FILE_FORMAT_VERSION } from './bundle-files.js';
import { assertBundlePaths } from './bundle-paths.js';
import { loadBundleTaxonomy, readManifest } from './load-bundle.js';
import { readRawLines } from './read-lines.js';
import { isTorn, parseReleaseLine } from './read-releases.js';
import { listReleaseSegments, type ReleaseSegment } from './release-segments.js';
import { compareReleases, type SortKey, serializeRelease } from './serialize-release.js';
import type { BundleManifest } from './types.js';
import { removeSegments, writeLinesFile } from './write-bundle.js';

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
 * Where the winning line of one release lies, and what sorts it. `canonical` holds the line to
 * write only when the file's bytes are not already what serializeRelease gives (a hand edit, an
 * id the taxonomy no longer knows), so memory stays small however large the bundle.
 */
interface LineRecord extends SortKey {
  file: number;
  offset: number;
  length: number;
  canonical?: string;
}

/**
 * Rewrites the bundle's releases into one canonical releases.jsonl (newest first, then id, one
 * line per release, later-wins applied, bad and torn lines left out) and removes the segments.
 * Crash-safe at every step: the new releases.jsonl is renamed in first, then the manifest, then
 * the segments go oldest first; since the new base already holds what the segments say, the
 * bundle loads the same releases after each step. taxonomy.json is left as it is. Writes nothing
 * when the bundle is already canonical. Streams: only a small record per release is held, and
 * each line is copied from its file. The caller holds the bundle lock.
 */
export async function compactBundle(dir: string, hooks: WriteHooks = {}): Promise<CompactReport> {
  await assertBundlePaths(dir);
  await removeStaleTempFiles(dir);
  const segments = await listReleaseSegments(dir);
  const { entries: taxonomy } = await loadBundleTaxonomy(dir);
  const known = new Set(taxonomy.map((entry) => entry.id));
  const onDisk = await readManifest(dir).catch(() => undefined);
  const { records, clean, digests } = await collectWinners(segments, (id) => known.has(id));
  const sorted = [...records.values()].sort(compareReleases);
  const before = shape(segments, sorted.length);
  const inFileOrder = sorted.every((record, index) => index === 0 || record.offset > sorted[index - 1]!.offset);
  const single = segments.length === 1 && segments[0]!.name === RELEASES_FILE;
  const manifestAgrees =
    onDisk !== undefined &&
    onDisk.files === undefined &&
    onDisk.releasesDigest === digests[0] &&
    onDisk.counts.releases === sorted.length;
  if (single && clean && inFileOrder && manifestAgrees) {
    return { bundle: dir, changed: false, before, after: before };
  }

  const record = await writeLinesFile(dir, RELEASES_FILE, copyLines(segments, sorted), hooks.beforeRename);
  await hooks.afterStep?.('base');
  const manifest: BundleManifest = {
    format: BUNDLE_FORMAT,
    version: SINGLE_FILE_FORMAT_VERSION,
    title: onDisk?.title || basename(dir),
    builtAt: new Date().toISOString(),
    synthetic: onDisk?.synthetic ?? false,
    counts: { releases: sorted.length, taxonomy: taxonomy.length },
    releasesDigest: record.sha256,
  };
  await writeFileAtomic(dir, MANIFEST_FILE, [`${JSON.stringify(manifest, null, 2)}\n`], hooks.beforeRename);
  await syncFolder(dir);
  await hooks.afterStep?.('manifest');
  await removeSegments(dir);
  await hooks.afterStep?.('segments');
  return { bundle: dir, changed: true, before, after: shape(await listReleaseSegments(dir), sorted.length) };
}

/**
 * The winning line of every id, by the loader's rules (later file wins; within a file the first
 * valid occurrence), and each file's sha256. `clean` is false when anything would not survive a rewrite byte for byte: a
 * problem line, a torn or long line, a line not in canonical form, a repeated id.
 */
async function collectWinners(segments: readonly ReleaseSegment[], isKnownId: (id: string) => boolean) {
  const records = new Map<string, LineRecord>();
  let clean = true;
  const digests: string[] = [];
  for (const [file, segment] of segments.entries()) {
    const seenHere = new Set<string>();
    const digest = createHash('sha256');
    for await (const raw of readRawLines(segment.path, { onChunk: (chunk) => digest.update(chunk) })) {
      if (raw.kind === 'too-long') {
        clean = false;
        continue;
      }
      const text = raw.bytes.toString('utf8');
      if (text.trim() === '' || (!raw.terminated && isTorn(text))) {
        clean = false;
        continue;
      }
      const { release } = parseReleaseLine(text, segment.name, raw.line, isKnownId);
      if (!release || seenHere.has(release.id)) {
        clean = false;
        continue;
      }
      seenHere.add(release.id);
      const canonical = serializeRelease(release);
      const record: LineRecord = {
        id: release.id,
        date: { iso: release.date.iso },
        file,
        offset: raw.offset,
        length: raw.bytes.length,
      };
      if (canonical !== text) {
        record.canonical = canonical;
        clean = false;
      }
      records.set(release.id, record);
    }
    digests.push(digest.digest('hex'));
  }
  return { records, clean, digests };
}

/** The sorted lines, each read from its file by byte range (or its canonical form), one at a time. */
function* copyLines(segments: readonly ReleaseSegment[], sorted: readonly LineRecord[]): Generator<string> {
  const handles = segments.map((segment) => openSync(segment.path, 'r'));
  try {
    for (const record of sorted) {
      if (record.canonical !== undefined) {
        yield record.canonical;
        continue;
      }
      const bytes = Buffer.alloc(record.length);
      readSync(handles[record.file]!, bytes, 0, record.length, record.offset);
      yield bytes.toString('utf8');
    }
  } finally {
    for (const handle of handles) closeSync(handle);
  }
}

function shape(segments: readonly ReleaseSegment[], releases: number): BundleShape {
  return { files: segments.length, releases, bytes: segments.reduce((sum, segment) => sum + segment.size, 0) };
}
