import { createHash } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { type BeforeRename, removeStaleTempFiles, syncFolder, writeFileAtomic } from './atomic-file.js';
import {
  BUNDLE_FORMAT,
  MANIFEST_FILE,
  RELEASES_FILE,
  TAXONOMY_FILE,
  TAXONOMY_FORMAT,
  TAXONOMY_FORMAT_VERSION,
} from './bundle-files.js';
import { compareReleases, serializeRelease } from './serialize-release.js';
import { canonicalEntry } from './validate-taxonomy-file.js';
import { BUNDLE_FORMAT_VERSION, type BundleManifest, type Release, type TaxonomyEntry, type TaxonomyFile } from './types.js';

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
 * Releases are sorted (newest first, then id) and written one JSON object per line.
 */
export async function writeBundle(
  dir: string,
  content: BundleContent,
  hooks: { beforeRename?: BeforeRename } = {},
): Promise<BundleManifest> {
  await mkdir(dir, { recursive: true });
  await removeStaleTempFiles(dir);
  const releases = [...content.releases].sort(compareReleases);
  const digest = createHash('sha256');
  await writeFileAtomic(dir, RELEASES_FILE, releaseChunks(releases, digest), hooks.beforeRename);

  const taxonomyFile: TaxonomyFile = { format: TAXONOMY_FORMAT, version: TAXONOMY_FORMAT_VERSION, entries: content.taxonomy.map(canonicalEntry) };
  await writeFileAtomic(dir, TAXONOMY_FILE, [`${JSON.stringify(taxonomyFile, null, 2)}\n`], hooks.beforeRename);

  const manifest: BundleManifest = {
    format: BUNDLE_FORMAT,
    version: BUNDLE_FORMAT_VERSION,
    title: content.title,
    builtAt: content.builtAt ?? new Date().toISOString(),
    synthetic: content.synthetic,
    counts: { releases: releases.length, taxonomy: content.taxonomy.length },
    releasesDigest: digest.digest('hex'),
  };
  await writeFileAtomic(dir, MANIFEST_FILE, [`${JSON.stringify(manifest, null, 2)}\n`], hooks.beforeRename);
  await syncFolder(dir);
  return manifest;
}

/** Lines grouped into ~1 MB chunks, hashed as they are produced (the digest is of the bytes written). */
function* releaseChunks(releases: readonly Release[], digest: ReturnType<typeof createHash>): Generator<string> {
  let chunk = '';
  for (const release of releases) {
    chunk += `${serializeRelease(release)}\n`;
    if (chunk.length >= 1 << 20) {
      digest.update(chunk, 'utf8');
      yield chunk;
      chunk = '';
    }
  }
  digest.update(chunk, 'utf8');
  yield chunk;
}
