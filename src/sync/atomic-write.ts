import { randomBytes } from 'node:crypto';
import { readdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { makeDirectory } from '../system/make-dir.js';
import { isProcessRunning } from '../system/process-running.js';

/**
 * Writes `path` through a temp file and a rename, so a process killed at any moment leaves the
 * old file or the new one, never a part. Cache files only: they need no fsync, because losing
 * the newest of them to a power cut costs a request, not data.
 */
export async function writeCacheFile(path: string, data: string | Uint8Array): Promise<void> {
  makeDirectory(dirname(path));
  const temp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    await writeFile(temp, data);
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/** A temp file of writeCacheFile: `NAME.PID.RANDOM.tmp`. */
const CACHE_TEMP = /\.(\d+)\.[0-9a-f]{8}\.tmp$/;

/**
 * Deletes the temp files of writeCacheFile under `dir` (and its sub-folders) whose writer no
 * longer runs: a sync killed mid-write leaves one behind, and nothing else would ever remove it.
 */
export async function removeStaleCacheTemps(dir: string): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      await removeStaleCacheTemps(path);
      continue;
    }
    const owner = CACHE_TEMP.exec(entry.name)?.[1];
    if (owner === undefined || Number(owner) === process.pid || isProcessRunning(Number(owner))) continue;
    await rm(path, { force: true });
  }
}
