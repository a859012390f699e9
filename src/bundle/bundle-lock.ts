import { mkdir, open, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { UserError } from '../cli/errors.js';
import { removeOnSignal } from '../cli/signals.js';
import { isProcessRunning } from './process-running.js';

/** The lock file a writer holds in the bundle folder; the loader never reads it. */
export const LOCK_FILE = '.osce-tui-import.lock';

/**
 * Runs `critical` while holding the bundle folder's writer lock, so two imports into one bundle
 * cannot both read the old releases and the later write drop the earlier one's additions. The lock
 * file holds the writer's pid; a lock whose process is gone (killed) is taken over. A lock held by
 * a running process is a UserError: the user waits for that import and runs again.
 */
export async function withBundleLock<T>(dir: string, critical: () => Promise<T>): Promise<T> {
  try {
    await mkdir(dir, { recursive: true });
  } catch (error) {
    throw new UserError(`cannot create the bundle folder ${dir}: ${(error as Error).message}`);
  }
  const lock = join(dir, LOCK_FILE);
  await acquire(lock);
  const forgetLock = removeOnSignal(lock);
  try {
    return await critical();
  } finally {
    await rm(lock, { force: true });
    forgetLock();
  }
}

async function acquire(lock: string): Promise<void> {
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      const handle = await open(lock, 'wx');
      await handle.writeFile(`${process.pid}\n`);
      await handle.close();
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw new UserError(`cannot write in the bundle folder: ${(error as Error).message}`);
      }
    }
    const owner = Number((await readFile(lock, 'utf8').catch(() => '')).trim());
    // Our own pid means a second import in this same process: held, too.
    if (Number.isInteger(owner) && owner > 0 && (owner === process.pid || isProcessRunning(owner))) {
      throw new UserError(`another import (pid ${owner}) is writing this bundle; run again when it has finished (lock: ${lock})`);
    }
    // Left by a writer that died (or unreadable): take it over.
    await rm(lock, { force: true });
  }
  throw new UserError(`cannot take the bundle lock ${lock}; another import may have just started`);
}
