import type { Stats } from 'node:fs';
import { lstat, mkdir, open, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { UserError } from '../model/errors.js';
import { removeOnSignal } from '../system/signals.js';
import { describeFileError, describeKind } from './bundle-paths.js';
import { isProcessRunning } from './process-running.js';

/** The lock file a writer holds in the bundle folder; the loader never reads it. */
export const LOCK_FILE = '.osce-tui-import.lock';

/** How long a writer waits for another one to finish, by default. */
const DEFAULT_WAIT_MS = 60_000;
/** How often a waiting writer looks at the lock again. */
const POLL_MS = 100;

/** Options for withBundleLock. */
export interface BundleLockOptions {
  /** How long to wait for a running writer (default: OSCE_TUI_LOCK_WAIT_SECONDS, else 60 s); 0 refuses at once. */
  waitMs?: number;
  /** Told once when the lock is held by another process and this one starts waiting. */
  onWait?: (owner: number) => void;
}

/**
 * Runs `critical` while holding the bundle folder's writer lock, so two writers (imports, a
 * compaction) into one bundle run one after the other instead of the later one dropping the
 * earlier one's additions. The lock file holds the writer's pid; a lock whose process is gone
 * (killed) is taken over. A lock held by a running process is waited for, up to `waitMs`, then a
 * UserError. Anything at the lock's path that is not a file (a folder, a symbolic link) or a
 * folder that cannot be written is a UserError naming the path.
 */
export async function withBundleLock<T>(dir: string, critical: () => Promise<T>, options: BundleLockOptions = {}): Promise<T> {
  try {
    await mkdir(dir, { recursive: true });
  } catch (error) {
    throw new UserError(`cannot create the bundle folder ${dir}: ${describeFileError(error)}`);
  }
  const lock = join(dir, LOCK_FILE);
  await acquire(lock, options.waitMs ?? lockWaitFromEnvironment(), options.onWait);
  const forgetLock = removeOnSignal(lock);
  try {
    return await critical();
  } finally {
    await rm(lock, { force: true });
    forgetLock();
  }
}

async function acquire(lock: string, waitMs: number, onWait: ((owner: number) => void) | undefined): Promise<void> {
  const deadline = Date.now() + waitMs;
  let told = false;
  for (;;) {
    await assertLockPath(lock);
    try {
      const handle = await open(lock, 'wx');
      await handle.writeFile(`${process.pid}\n`);
      await handle.close();
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw new UserError(`cannot create the import lock ${lock}: ${describeFileError(error)}`);
      }
    }
    const owner = Number((await readFile(lock, 'utf8').catch(() => '')).trim());
    const running = Number.isInteger(owner) && owner > 0 && (owner === process.pid || isProcessRunning(owner));
    if (!running) {
      // Left by a writer that died (or unreadable): take it over.
      await rm(lock, { force: true }).catch((error: unknown) => {
        throw new UserError(`cannot remove the stale import lock ${lock}: ${describeFileError(error)}`);
      });
      continue;
    }
    // Our own pid means a second writer in this same process: waiting would never end.
    if (owner === process.pid || Date.now() >= deadline) {
      throw new UserError(`another import (pid ${owner}) is writing this bundle; run again when it has finished (lock: ${lock})`);
    }
    if (!told) onWait?.(owner);
    told = true;
    await sleep(POLL_MS);
  }
}

/** A folder, a symbolic link or a special file where the lock file goes cannot be the lock. */
async function assertLockPath(lock: string): Promise<void> {
  let info: Stats;
  try {
    info = await lstat(lock);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw new UserError(`cannot read the import lock ${lock}: ${describeFileError(error)}`);
  }
  if (!info.isFile()) throw new UserError(`${lock} is ${describeKind(info)}, not the import lock file; remove it and run again`);
}

function lockWaitFromEnvironment(): number {
  const seconds = Number(process.env.OSCE_TUI_LOCK_WAIT_SECONDS);
  return process.env.OSCE_TUI_LOCK_WAIT_SECONDS !== undefined && Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : DEFAULT_WAIT_MS;
}
