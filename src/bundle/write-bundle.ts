import { createHash } from 'node:crypto';
import { rm, rmdir } from 'node:fs/promises';
import { join } from 'node:path';
import { makeDirectory } from '../system/make-dir.js';
import { type BeforeRename, removeStaleTempFiles, syncFolder, writeFileAtomic } from './atomic-file.js';
import {
  BUNDLE_FORMAT,
  MANIFEST_FILE,
  RELEASES_FILE,
  SINGLE_FILE_FORMAT_VERSION,
  TAXONOMY_FILE,
  TAXONOMY_FORMAT,
  TAXONOMY_FORMAT_VERSION,
} from './bundle-files.js';
import { listReleaseSegments, SEGMENTS_DIR } from './release-segments.js';
import { compareReleases, serializeRelease } from './serialize-release.js';
import type { BundleManifest, Release, ReleaseFileRecord, TaxonomyEntry, TaxonomyFile } from './types.js';
import { canonicalEntry } from './validate-taxonomy-file.js';

/** What a bundle is written from. */
export interface BundleContent {
  title: string;
  taxonomy: readonly TaxonomyEntry[];
  releases: readonly Release[];
  synthetic: boolean;
  /** ISO timestamp for the manifest; default now. Pass a fixed one for reproducible output. */
  builtAt?: string;
}

/**
 * Writes a bundle folder (created if missing). Each file is replaced atomically; releases.jsonl
 * and taxonomy.json go first and manifest.json last, so the manifest never describes data that is
 * not on disk yet. A process killed at any moment leaves every file whole (old or new) and the
 * folder loadable; temp files of dead writers are cleaned up on the next write.
 * Releases are sorted (newest first, then id) and written one JSON object per line. The bundle
 * is written as version 1 (everything in releases.jsonl); segments a folder held are removed
 * after the new manifest is in place, so use it on a folder with segments only when the new
 * releases include theirs (a compaction), or a crash in between mixes the two.
 */
export async function writeBundle(
  dir: string,
  content: BundleContent,
  hooks: { beforeRename?: BeforeRename } = {},
): Promise<BundleManifest> {
  makeDirectory(dir);
  await removeStaleTempFiles(dir);
  const releases = [...content.releases].sort(compareReleases);
  const written = await writeReleasesFile(dir, RELEASES_FILE, releases, hooks.beforeRename);

  const taxonomyFile: TaxonomyFile = {
    format: TAXONOMY_FORMAT,
    version: TAXONOMY_FORMAT_VERSION,
    entries: content.taxonomy.map(canonicalEntry),
  };
  await writeFileAtomic(dir, TAXONOMY_FILE, [`${JSON.stringify(taxonomyFile, null, 2)}\n`], hooks.beforeRename);

  const manifest: BundleManifest = {
    format: BUNDLE_FORMAT,
    version: SINGLE_FILE_FORMAT_VERSION,
    title: content.title,
    builtAt: content.builtAt ?? new Date().toISOString(),
    synthetic: content.synthetic,
    counts: { releases: releases.length, taxonomy: content.taxonomy.length },
    releasesDigest: written.sha256,
  };
  await writeFileAtomic(dir, MANIFEST_FILE, [`${JSON.stringify(manifest, null, 2)}\n`], hooks.beforeRename);
  await syncFolder(dir);
  // Only now that releases.jsonl holds everything may the segments go (see compactBundle).
  await removeSegments(dir);
  return manifest;
}

/**
 * Writes releases (in the order given) as the file `name` of `folder`, atomically, and returns
 * what the manifest records of it: name, size and sha256 of the bytes written.
 */
export async function writeReleasesFile(
  folder: string,
  name: string,
  releases: readonly Release[],
  beforeRename?: BeforeRename,
  recordAs: string = name,
): Promise<ReleaseFileRecord> {
  return writeLinesFile(
    folder,
    name,
    (function* () {
      for (const release of releases) yield serializeRelease(release);
    })(),
    beforeRename,
    recordAs,
  );
}

/** writeReleasesFile for lines already serialized (without their newlines), produced lazily. */
export async function writeLinesFile(
  folder: string,
  name: string,
  lines: Iterable<string>,
  beforeRename?: BeforeRename,
  recordAs: string = name,
): Promise<ReleaseFileRecord> {
  const digest = createHash('sha256');
  const counter = { bytes: 0 };
  await writeFileAtomic(folder, name, lineChunks(lines, digest, counter), beforeRename);
  return { name: recordAs, bytes: counter.bytes, sha256: digest.digest('hex') };
}

/**
 * Removes the segments once releases.jsonl holds all they say, then their folder. Oldest first:
 * a crash midway leaves the newest ones, whose releases equal the new base's (later wins), while
 * an older one left alone could put back a version a newer one had replaced.
 */
export async function removeSegments(dir: string): Promise<void> {
  const segments = (await listReleaseSegments(dir)).filter((segment) => segment.sequence > 0);
  for (const segment of segments) await rm(segment.path, { force: true });
  await removeStaleTempFiles(join(dir, SEGMENTS_DIR)).catch(() => undefined);
  // rmdir removes only an empty folder: anything else a user put there stays.
  await rmdir(join(dir, SEGMENTS_DIR)).catch(() => undefined);
}

/** Lines grouped into ~1 MB chunks, hashed as they are produced (the digest is of the bytes written). */
function* lineChunks(
  lines: Iterable<string>,
  digest: ReturnType<typeof createHash>,
  counter: { bytes: number },
): Generator<string> {
  let chunk = '';
  const flush = (): string => {
    digest.update(chunk, 'utf8');
    counter.bytes += Buffer.byteLength(chunk, 'utf8');
    const out = chunk;
    chunk = '';
    return out;
  };
  for (const line of lines) {
    chunk += `${line}\n`;
    if (chunk.length >= 1 << 20) yield flush();
  }
  yield flush();
}
