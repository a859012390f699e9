import { closeSync, openSync, rmSync, statSync } from 'node:fs';

/** A lock file older than this is left over from a crashed writer and is taken over. */
const STALE_AFTER_MS = 5_000;
/** How long a writer waits for another before writing anyway. */
const GIVE_UP_AFTER_MS = 2_000;
const RETRY_EVERY_MS = 5;

/**
 * Runs `critical` while holding `lockPath` (created exclusively), so two processes doing a
 * read-modify-write of the same file take turns. When the lock cannot be made at all (read-only
 * folder) or is held too long, `critical` runs anyway: the write then fails or wins on its own.
 */
export function withFileLock<T>(lockPath: string, critical: () => T): T {
  const acquired = acquire(lockPath);
  try {
    return critical();
  } finally {
    if (acquired) rmSync(lockPath, { force: true });
  }
}

function acquire(lockPath: string): boolean {
  const deadline = Date.now() + GIVE_UP_AFTER_MS;
  for (;;) {
    try {
      closeSync(openSync(lockPath, 'wx'));
      return true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') return false;
    }
    if (isStale(lockPath)) {
      rmSync(lockPath, { force: true });
      continue;
    }
    if (Date.now() > deadline) return false;
    sleepSync(RETRY_EVERY_MS);
  }
}

function isStale(lockPath: string): boolean {
  try {
    return Date.now() - statSync(lockPath).mtimeMs > STALE_AFTER_MS;
  } catch {
    return false;
  }
}

// State writes are synchronous (a key press saves at once), so waiting must be too.
function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}
