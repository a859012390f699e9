import { closeSync, lstatSync, openSync, readFileSync, rmSync, type Stats, writeSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { isProcessRunning } from './process-running.js';
import { removeOnSignal } from './signals.js';

/** Why a lock file could not be taken. */
export type LockFailure =
  /** A running process holds it (possibly this one, which could never stop waiting for itself). */
  | { reason: 'held'; owner: number }
  /** Something that is not a file (a folder, a symbolic link) is at the lock's path. */
  | { reason: 'not-a-file'; stats: Stats }
  | { reason: 'cannot-read' | 'cannot-create' | 'cannot-remove-stale'; cause: unknown };

/** A lock file that could not be taken; `failure` says why. */
export class LockError extends Error {
  readonly path: string;
  readonly failure: LockFailure;
  constructor(path: string, failure: LockFailure) {
    super(
      failure.reason === 'held'
        ? `${path} is held by pid ${failure.owner}`
        : `cannot take the lock ${path} (${failure.reason})`,
    );
    this.name = 'LockError';
    this.path = path;
    this.failure = failure;
  }
}

/** How long to wait for a lock a running process holds. */
export interface LockWait {
  /** Give up (LockError 'held') once one holder has kept the lock this long; 0 gives up at once. */
  waitMs: number;
  /** Look at the lock again this often. */
  pollMs: number;
  /** Told once, when a running process holds the lock and the wait starts. */
  onWait?: (owner: number) => void;
}

/**
 * Runs `critical` while holding the lock file at `path`, so writers in several processes take
 * turns. The file is created exclusively and holds the writer's pid; a lock whose process is gone
 * (killed), or that holds no pid, is taken over. A lock held by a running process is waited for
 * while it changes hands, and for up to `wait.waitMs` of one holding; then, or when the lock
 * cannot be made at all, a LockError. A signal that
 * ends the program meanwhile removes the lock.
 */
export async function withLockFile<T>(path: string, critical: () => Promise<T>, wait: LockWait): Promise<T> {
  const attempt = lockAttempts(path, wait);
  while (!attempt()) await sleep(wait.pollMs);
  const forgetLock = removeOnSignal(path);
  try {
    return await critical();
  } finally {
    rmSync(path, { force: true });
    forgetLock();
  }
}

/**
 * withLockFile for a synchronous `critical`: the same lock file, taken over and waited for in
 * the same way. Waiting blocks the thread (Atomics.wait sleeps without spinning): only for a
 * caller that must finish before it returns, such as a settings write on a key press, and only
 * for a short `waitMs`.
 */
export function withLockFileSync<T>(path: string, critical: () => T, wait: LockWait): T {
  const attempt = lockAttempts(path, wait);
  while (!attempt()) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, wait.pollMs);
  try {
    return critical();
  } finally {
    rmSync(path, { force: true });
  }
}

/**
 * How long a lock file may hold no pid before it counts as left over: a writer creates the file
 * and writes its pid right after, and another process may read it in between.
 */
const UNWRITTEN_GRACE_MS = 1_000;

// Tries to take the lock, each call once: true when it is ours, false to try again after a
// pause; a LockError once one holder has kept it for the whole wait (at once for a lock this
// process holds). The wait starts again whenever the lock changes hands: writers that queue
// behind each other's short turns are making progress, and giving up then (as a fixed deadline
// from the first try did, for one writer that kept losing the race under load) would make the
// caller write without the lock and lose another's change.
function lockAttempts(path: string, wait: LockWait): () => boolean {
  let holding: string | undefined;
  let deadline = 0;
  let waiting = false;
  return () => {
    const holder = takeLock(path);
    if (holder === 'taken') return true;
    // A lock being created: its pid follows at once.
    if (holder === 'being-written') return false;
    if (holder.owner === process.pid) throw new LockError(path, { reason: 'held', owner: holder.owner });
    const now = Date.now();
    if (holder.since !== holding) {
      holding = holder.since;
      deadline = now + wait.waitMs;
    }
    if (now >= deadline) throw new LockError(path, { reason: 'held', owner: holder.owner });
    if (!waiting) wait.onWait?.(holder.owner);
    waiting = true;
    return false;
  };
}

// One try: 'taken' when the lock is now ours, else the pid of the running process holding it
// with what tells this holding from the next (pid and the lock file's time of writing), or
// 'being-written' for a fresh lock file that holds no pid yet. A lock left over (its process
// gone, or no pid long after it was made) is removed and tried again.
function takeLock(path: string): 'taken' | 'being-written' | { owner: number; since: string } {
  for (;;) {
    assertLockPath(path);
    try {
      const handle = openSync(path, 'wx');
      try {
        writeSync(handle, `${process.pid}\n`);
      } finally {
        closeSync(handle);
      }
      return 'taken';
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST')
        throw new LockError(path, { reason: 'cannot-create', cause: error });
    }
    const holder = readHolder(path);
    // Let go meanwhile: try again.
    if (holder === undefined) continue;
    const { owner, ageMs, writtenMs } = holder;
    if (owner !== undefined && (owner === process.pid || isProcessRunning(owner)))
      return { owner, since: `${owner}@${writtenMs}` };
    if (owner === undefined && ageMs < UNWRITTEN_GRACE_MS) return 'being-written';
    try {
      rmSync(path, { force: true });
    } catch (error) {
      throw new LockError(path, { reason: 'cannot-remove-stale', cause: error });
    }
  }
}

// The pid a lock file holds (undefined when it holds none) and its age; undefined when it is gone.
function readHolder(path: string): { owner: number | undefined; ageMs: number; writtenMs: number } | undefined {
  let text: string;
  let writtenMs: number;
  try {
    writtenMs = lstatSync(path).mtimeMs;
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    // Unreadable: nobody can be waited for; it is taken over like a lock with no pid.
    return { owner: undefined, ageMs: Number.POSITIVE_INFINITY, writtenMs: 0 };
  }
  const owner = Number(text.trim());
  return { owner: Number.isInteger(owner) && owner > 0 ? owner : undefined, ageMs: Date.now() - writtenMs, writtenMs };
}

// A folder, a symbolic link or a special file where the lock file goes cannot be the lock.
function assertLockPath(path: string): void {
  let stats: Stats;
  try {
    stats = lstatSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw new LockError(path, { reason: 'cannot-read', cause: error });
  }
  if (!stats.isFile()) throw new LockError(path, { reason: 'not-a-file', stats });
}
