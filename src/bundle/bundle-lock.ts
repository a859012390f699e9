import { join } from 'node:path';
import { UserError } from '../model/errors.js';
import { LockError, withLockFile } from '../system/lock-file.js';
import { makeDirectory } from '../system/make-dir.js';
import { describeFileError, describeKind } from './bundle-paths.js';

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
 * compaction, a sync) into one bundle run one after the other instead of the later one dropping
 * the earlier one's additions. The lock is a lock file (src/system/lock-file.ts): a lock whose
 * process is gone (killed) is taken over; one held by a running process is waited for, up to
 * `waitMs`, then a UserError. Anything at the lock's path that is not a file (a folder, a
 * symbolic link) or a folder that cannot be written is a UserError naming the path.
 */
export async function withBundleLock<T>(
  dir: string,
  critical: () => Promise<T>,
  options: BundleLockOptions = {},
): Promise<T> {
  try {
    makeDirectory(dir);
  } catch (error) {
    throw new UserError(`cannot create the bundle folder ${dir}: ${describeFileError(error)}`);
  }
  const wait = {
    waitMs: options.waitMs ?? lockWaitFromEnvironment(),
    pollMs: POLL_MS,
    ...(options.onWait ? { onWait: options.onWait } : {}),
  };
  try {
    return await withLockFile(join(dir, LOCK_FILE), critical, wait);
  } catch (error) {
    throw error instanceof LockError ? lockUserError(error) : error;
  }
}

function lockUserError({ path, failure }: LockError): UserError {
  switch (failure.reason) {
    case 'held':
      return new UserError(
        `another import (pid ${failure.owner}) is writing this bundle; run again when it has finished (lock: ${path})`,
      );
    case 'not-a-file':
      return new UserError(
        `${path} is ${describeKind(failure.stats)}, not the import lock file; remove it and run again`,
      );
    case 'cannot-read':
      return new UserError(`cannot read the import lock ${path}: ${describeFileError(failure.cause)}`);
    case 'cannot-create':
      return new UserError(`cannot create the import lock ${path}: ${describeFileError(failure.cause)}`);
    case 'cannot-remove-stale':
      return new UserError(`cannot remove the stale import lock ${path}: ${describeFileError(failure.cause)}`);
  }
}

function lockWaitFromEnvironment(): number {
  const seconds = Number(process.env.OSCE_TUI_LOCK_WAIT_SECONDS);
  return process.env.OSCE_TUI_LOCK_WAIT_SECONDS !== undefined && Number.isFinite(seconds) && seconds >= 0
    ? seconds * 1000
    : DEFAULT_WAIT_MS;
}
