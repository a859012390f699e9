import { randomBytes } from 'node:crypto';
import {
  accessSync,
  closeSync,
  constants,
  existsSync,
  fsyncSync,
  openSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type Database from 'better-sqlite3';
import { listReleaseSegments, type ReleaseSegment } from '../bundle/release-segments.js';
import { makeDirectory } from '../system/make-dir.js';
import { removeOnSignal } from '../system/signals.js';
import { applySegments, type IndexUpdate } from './apply-segments.js';
import { buildIndex, type IndexSource, type ProgressCallback } from './build-index.js';
import { openDatabase } from './open-database.js';
import { digestFile, planSegments, readAppliedSegments, storeAppliedSegments } from './segment-state.js';

/** An open index and how it came to be. */
export interface OpenedIndex {
  db: Database.Database;
  /** The index file, or ':memory:' when the cache folder could not be written. */
  file: string;
  /** Why it was built now; undefined when an existing index was reused or updated. */
  rebuiltBecause?: 'missing' | 'stale' | 'corrupt' | 'rewritten';
  /** What an incremental update applied; undefined when nothing new was applied. */
  update?: IndexUpdate;
  /**
   * Why the cache folder could not hold the index (file is ':memory:' then), as one line for a
   * notice; undefined when the cache was used.
   */
  cacheProblem?: string;
}

/**
 * Opens the index at `file` and brings it up to date with the bundle's release files: when it
 * is current, as is; when new release files appeared and the ones it applied are unchanged, by
 * applying only the new ones (see applySegments); otherwise (a schema or taxonomy change in
 * `source.meta`, a release file rewritten or removed, a damaged index) it is built again into a
 * temporary file and renamed into place. A cache folder that cannot be created or written, for
 * whatever reason (read-only, a file in the way, a dangling symlink, a full disk), gives an
 * in-memory index: slower to start, never fatal. Errors reading the bundle itself still throw,
 * from the in-memory build.
 */
export async function openIndex(
  file: string,
  source: IndexSource,
  onProgress?: ProgressCallback,
): Promise<OpenedIndex> {
  const segments = await listReleaseSegments(source.bundleDir);
  const reused = await reuseIndex(file, source, segments);
  if (reused.index) return reused.index;
  const { rebuiltBecause } = reused;
  try {
    makeDirectory(dirname(file));
    // Fail before building, not after a full pass whose progress would then start over in memory.
    accessSync(dirname(file), constants.W_OK);
    removeAbandonedBuilds(file);
    const temp = `${file}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`;
    // The build gives the event loop turns, so Ctrl-C or SIGTERM removes the temp file at once.
    const forget = removeOnSignal(temp);
    try {
      const built = await buildIndex(temp, source, segments, onProgress);
      built.close();
      flushToDisk(temp);
      renameSync(temp, file);
    } finally {
      rmSync(temp, { force: true });
      forget();
    }
    // Let the signals' own handling go at the next turn (see onSignal) before the caller's work,
    // which may run long without a turn (an export printing): a signal caught meanwhile would be
    // dropped when the handling goes, instead of ending the program.
    await new Promise<void>((resolve) => setImmediate(resolve));
    return { db: openReadOnly(file), file, rebuiltBecause };
  } catch (error) {
    if (!isFileSystemError(error)) throw error;
    const cacheProblem = `cannot keep the index in ${dirname(file)} (${(error as Error).message}); using one in memory`;
    return {
      db: await buildIndex(':memory:', source, segments, onProgress),
      file: ':memory:',
      rebuiltBecause,
      cacheProblem,
    };
  }
}

/**
 * Opens the index at `file` only when it can answer without a full build: when it is current,
 * or new release files can be applied on top (see openIndex); undefined when it would have to
 * be built (missing, stale, damaged, a release file rewritten). For commands that can read the
 * bundle themselves in less time than a build takes.
 */
export async function openCurrentIndex(file: string, source: IndexSource): Promise<OpenedIndex | undefined> {
  return (await reuseIndex(file, source, await listReleaseSegments(source.bundleDir))).index;
}

// The index as it is, or brought up to date incrementally; otherwise why it must be built.
async function reuseIndex(
  file: string,
  source: IndexSource,
  segments: readonly ReleaseSegment[],
): Promise<{ index?: OpenedIndex; rebuiltBecause: OpenedIndex['rebuiltBecause'] }> {
  const state = inspectIndex(file, source.meta);
  const rebuiltBecause: OpenedIndex['rebuiltBecause'] = state.status === 'current' ? 'rewritten' : state.status;
  if (state.status !== 'current') return { rebuiltBecause };
  const plan = planSegments(readAppliedSegments(state.db), segments, sameDigest);
  if (plan.kind === 'current' && plan.refreshed.length === 0) return { index: { db: state.db, file }, rebuiltBecause };
  state.db.close();
  if (plan.kind === 'rebuild') return { rebuiltBecause };
  const update = await updateIndex(file, source).catch((error: unknown) => {
    if (isFileSystemError(error)) return undefined;
    throw error;
  });
  if (update === 'rebuild' || update === undefined) return { rebuiltBecause };
  const index: OpenedIndex = { db: openReadOnly(file), file };
  if (update.added + update.updated > 0) index.update = update;
  return { index, rebuiltBecause };
}

/**
 * Applies new release files to the index in one write transaction. The plan is made again
 * once the write lock is held: another process may have applied the same files meanwhile.
 * 'rebuild' when the index cannot be updated in place.
 */
async function updateIndex(file: string, source: IndexSource): Promise<IndexUpdate | 'rebuild'> {
  const db = openDatabase(file, { fileMustExist: true, timeout: 10_000 });
  try {
    db.exec('BEGIN IMMEDIATE');
    let committed = false;
    try {
      const segments = await listReleaseSegments(source.bundleDir);
      const applied = readAppliedSegments(db);
      const plan = planSegments(applied, segments, sameDigest);
      if (plan.kind === 'rebuild') return 'rebuild';
      storeAppliedSegments(db, plan.refreshed);
      const update =
        plan.kind === 'append'
          ? applySegments(db, source.bundleDir, source.taxonomy, applied, plan.added)
          : { added: 0, updated: 0 };
      if (!update) return 'rebuild';
      db.exec('COMMIT');
      committed = true;
      return update;
    } finally {
      if (!committed) db.exec('ROLLBACK');
    }
  } catch (error) {
    // A release file that changed while it was read, or one the index can no longer make sense
    // of: a full build reads everything afresh.
    if (isFileSystemError(error)) throw error;
    return 'rebuild';
  } finally {
    db.close();
  }
}

function sameDigest(segment: ReleaseSegment, digest: string): boolean {
  return digestFile(segment.path) === digest;
}

type Inspection = { status: 'current'; db: Database.Database } | { status: 'missing' | 'stale' | 'corrupt' };

function inspectIndex(file: string, expected: Record<string, string>): Inspection {
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    return { status: 'missing' };
  }
  let db: Database.Database | undefined;
  try {
    rollBackKilledUpdate(file);
    db = openReadOnly(file);
    // A truncated copy still opens; the header's page count gives it away.
    const pages = db.pragma('page_count', { simple: true }) as number;
    const pageSize = db.pragma('page_size', { simple: true }) as number;
    if (pages * pageSize > size) throw new Error('truncated');
    const meta = new Map(
      (db.prepare('SELECT key, value FROM meta').all() as { key: string; value: string }[]).map((row) => [
        row.key,
        row.value,
      ]),
    );
    for (const [key, value] of Object.entries(expected)) {
      if (meta.get(key) !== value) {
        db.close();
        return { status: 'stale' };
      }
    }
    // Touch the last release row and the full-text index so a damaged file fails here, not later.
    const last = db.prepare('SELECT ord, row_json FROM releases ORDER BY ord DESC LIMIT 1').get() as
      | { ord: number }
      | undefined;
    if (last === undefined && (db.prepare('SELECT count(*) FROM terms').pluck().get() as number) > 0)
      throw new Error('rows missing');
    db.prepare("SELECT rowid FROM fts WHERE fts MATCH 'osce' LIMIT 1").all();
    return { status: 'current', db };
  } catch {
    db?.close();
    return { status: 'corrupt' };
  }
}

// An update killed half-way leaves its rollback journal; a read-only connection cannot play it
// back, so one read-write open does (SQLite rolls a hot journal back on first read), and the
// index is as it was before the update.
function rollBackKilledUpdate(file: string): void {
  if (!existsSync(`${file}-journal`)) return;
  const db = openDatabase(file, { fileMustExist: true, timeout: 10_000 });
  try {
    db.prepare('SELECT count(*) FROM meta').get();
  } finally {
    db.close();
  }
}

// A build killed half-way leaves its temporary file behind (and its threads' full-text parts,
// `-textN`); remove those whose process is gone.
function removeAbandonedBuilds(file: string): void {
  const prefix = `${basename(file)}.`;
  for (const name of readdirSync(dirname(file))) {
    const owner = /^(\d+)-[0-9a-f]+\.tmp(?:-journal|-text\d+)?$/.exec(name.slice(prefix.length));
    if (!name.startsWith(prefix) || !owner || isRunning(Number(owner[1]))) continue;
    rmSync(join(dirname(file), name), { force: true });
  }
}

// The build writes without syncing (fast); its pages are on disk before the file is renamed
// into place, so a power loss cannot leave a half-written index under the real name, and the
// first update's commit does not pay for flushing the whole build (0.2 s at 20,000 releases).
function flushToDisk(file: string): void {
  const fd = openSync(file, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function openReadOnly(file: string): Database.Database {
  return openDatabase(file, { readonly: true, fileMustExist: true });
}

// Any system call's error (ENOENT under a dangling symlink, ELOOP, ENAMETOOLONG, EDQUOT as much
// as EACCES or EROFS) or SQLite's: a list of codes always misses one, and a real problem with
// the bundle is thrown again by the in-memory build.
function isFileSystemError(error: unknown): boolean {
  const { code, syscall } = (error ?? {}) as NodeJS.ErrnoException;
  if (typeof code !== 'string') return false;
  return code.startsWith('SQLITE_') || (/^E[A-Z0-9]+$/.test(code) && typeof syscall === 'string');
}
