import { randomBytes } from 'node:crypto';
import { open, readdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { isProcessRunning } from '../system/process-running.js';
import { removeOnSignal } from '../system/signals.js';
import { tempFileName, tempFileOwner } from './bundle-files.js';

/** Test hook: called just before a finished temp file replaces its target. */
export type BeforeRename = (target: string) => void | Promise<void>;

/**
 * Writes `target` in `dir` so that a reader (or a crash) sees either the old file or the whole new
 * one, never a part: the content goes to a temp file in the same folder, is fsync'd, and is then
 * renamed over the target. `chunks` may be produced lazily, so large files never sit in memory.
 */
export async function writeFileAtomic(
  dir: string,
  target: string,
  chunks: Iterable<string>,
  beforeRename?: BeforeRename,
): Promise<void> {
  const temp = join(dir, tempFileName(target, process.pid, randomBytes(6).toString('hex')));
  // Before the file exists: a signal while it is being created must remove it too.
  const forgetTemp = removeOnSignal(temp);
  const handle = await open(temp, 'w', 0o644).catch((error: unknown) => {
    forgetTemp();
    throw error;
  });
  try {
    for (const chunk of chunks) await handle.write(chunk);
    await handle.sync();
  } catch (error) {
    await handle.close();
    await rm(temp, { force: true });
    forgetTemp();
    throw error;
  }
  await handle.close();
  try {
    await beforeRename?.(target);
    await rename(temp, join(dir, target));
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  } finally {
    forgetTemp();
  }
}

/** Makes the renames in `dir` durable; not every platform can fsync a folder, which is fine. */
export async function syncFolder(dir: string): Promise<void> {
  try {
    const handle = await open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Windows cannot open a folder for sync; the renames are still atomic.
  }
}

/** Deletes temp files left by writers that died (their pid no longer runs). */
export async function removeStaleTempFiles(dir: string): Promise<void> {
  for (const name of await readdir(dir)) {
    const owner = tempFileOwner(name);
    if (owner === undefined || owner === process.pid || isProcessRunning(owner)) continue;
    await rm(join(dir, name), { force: true });
  }
}
