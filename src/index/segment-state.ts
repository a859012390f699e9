import { createHash } from 'node:crypto';
import { closeSync, openSync, readSync } from 'node:fs';
import type Database from 'better-sqlite3';
import type { ReleaseSegment } from '../bundle/release-segments.js';
import type { Problem } from '../bundle/types.js';

/** A release file as the index applied it: its fingerprint then, and the problems found in it. */
export interface AppliedSegment {
  sequence: number;
  name: string;
  size: number;
  ino: number;
  ctimeMs: number;
  /** sha256 of the whole file as it was read. */
  digest: string;
  problems: number;
  /** The first problem, as JSON of a Problem. */
  firstProblem: string | null;
  /**
   * Every problem, in file order, when the file was just read (not when read back from the
   * index, nor for a refreshed fingerprint): stored apart, see readSegmentProblems.
   */
  problemList?: readonly Problem[];
}

/** What to do to bring an index up to date with a bundle's release files. */
export type SegmentPlan =
  | { kind: 'current'; refreshed: AppliedSegment[] }
  | { kind: 'append'; added: ReleaseSegment[]; refreshed: AppliedSegment[] }
  | { kind: 'rebuild'; reason: string };

/**
 * Compares the files an index applied with the files a bundle has now. The files applied must
 * all still be there, in the same order and unchanged; files after them are new and can be
 * applied on top. Anything else (a file rewritten, removed, or a new one sorting before an old
 * one) means a full rebuild.
 *
 * Unchanged means the same size, inode and ctime — a write, a rename into place or a copy over
 * the file changes ctime, which no user tool can set back, unlike mtime — or, when only the inode
 * or ctime differ (a checkout, `touch`, a restore from backup), the same digest of the whole
 * content: `sameContent` reads the file. Such files come back in `refreshed` so their new
 * fingerprint can be stored and the file need not be read again.
 */
export function planSegments(
  applied: readonly AppliedSegment[],
  current: readonly ReleaseSegment[],
  sameContent: (segment: ReleaseSegment, digest: string) => boolean,
): SegmentPlan {
  const refreshed: AppliedSegment[] = [];
  for (const [index, known] of applied.entries()) {
    const now = current[index];
    if (!now || now.name !== known.name) return { kind: 'rebuild', reason: `${known.name} is gone or was replaced` };
    if (now.size === known.size && now.ino === known.ino && now.ctimeMs === known.ctimeMs) continue;
    if (now.size !== known.size || !sameContent(now, known.digest))
      return { kind: 'rebuild', reason: `${known.name} changed` };
    refreshed.push({ ...known, ino: now.ino, ctimeMs: now.ctimeMs });
  }
  const added = current.slice(applied.length);
  return added.length === 0 ? { kind: 'current', refreshed } : { kind: 'append', added, refreshed };
}

/** sha256 of a whole file, hex; undefined when it cannot be read. */
export function digestFile(path: string): string | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const hash = createHash('sha256');
    const buffer = Buffer.alloc(1 << 20);
    for (let read = readSync(fd, buffer); read > 0; read = readSync(fd, buffer)) hash.update(buffer.subarray(0, read));
    return hash.digest('hex');
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** The release files an index applied, in load order. */
export function readAppliedSegments(db: Database.Database): AppliedSegment[] {
  return db
    .prepare(
      `SELECT sequence, name, size, ino, ctime_ms AS ctimeMs, digest, problems, first_problem AS firstProblem
         FROM segments ORDER BY sequence`,
    )
    .all() as AppliedSegment[];
}

/** Records applied release files (or their new fingerprint). */
export function storeAppliedSegments(db: Database.Database, segments: readonly AppliedSegment[]): void {
  const store = db.prepare(
    `INSERT OR REPLACE INTO segments (sequence, name, size, ino, ctime_ms, digest, problems, first_problem)
     VALUES (@sequence, @name, @size, @ino, @ctimeMs, @digest, @problems, @firstProblem)`,
  );
  const storeProblems = db.prepare('INSERT OR REPLACE INTO segment_problems (sequence, problems) VALUES (?, ?)');
  for (const { problemList, ...segment } of segments) {
    store.run(segment);
    if (problemList) storeProblems.run(segment.sequence, JSON.stringify(problemList));
  }
}

/**
 * Every problem found in each applied release file, by sequence, in file order, as the bundle
 * loader reports them (the file named bundle-relative): what `osce-tui stats` lists without
 * reading the releases again.
 */
export function readSegmentProblems(db: Database.Database): Map<number, Problem[]> {
  const rows = db.prepare('SELECT sequence, problems FROM segment_problems').all() as {
    sequence: number;
    problems: string;
  }[];
  return new Map(rows.map((row) => [row.sequence, JSON.parse(row.problems) as Problem[]]));
}
