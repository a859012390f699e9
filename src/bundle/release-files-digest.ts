import { createHash } from 'node:crypto';
import { RELEASES_FILE } from './bundle-files.js';
import type { ReleaseFileRecord } from './types.js';

/**
 * The bundle's releasesDigest for its files of releases in load order: the sha256 of
 * releases.jsonl itself when it is the only file (so a version 1 bundle keeps its digest), else
 * the sha256 of one `NAME SHA256` line per file. Any change to any file changes it. Pure.
 */
export function releasesDigestOf(files: readonly ReleaseFileRecord[]): string {
  if (files.length === 1 && files[0]!.name === RELEASES_FILE) return files[0]!.sha256;
  return createHash('sha256')
    .update(files.map((file) => `${file.name} ${file.sha256}\n`).join(''))
    .digest('hex');
}
