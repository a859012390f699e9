// Reading one large release file in two parts at once: the main thread reads the first part
// while a worker thread reads the second and stages its releases in a file of its own, which
// the build then adopts. Validating and describing every line is most of the read pass; split
// over two threads it takes about half as long. What the build gets is what reading the file
// in one pass gives: the same releases, problems in the same order and wording, and the sha256
// of the file's bytes (digestFile, on the other worker, which has nothing to do meanwhile).
import { createHash } from 'node:crypto';
import { closeSync, openSync, readSync } from 'node:fs';
import type Database from 'better-sqlite3';
import { duplicateIdProblem } from '../bundle/read-releases.js';
import type { Problem, TaxonomyEntry } from '../bundle/types.js';
import { Taxonomy } from '../taxonomy/taxonomy.js';
import { ancestorClosure, describeRelease } from './indexed-release.js';
import { type ReadReport, readLocatedReleases } from './release-lines.js';
import { ReleaseStage } from './release-stage.js';

/** What a worker is asked to read: the release file at `path` from byte `from` (a line's first byte) on. */
export interface PartRequest {
  sequence: number;
  path: string;
  displayName: string;
  from: number;
  taxonomy: readonly TaxonomyEntry[];
}

/** A problem of the second part, with the id it repeats when it is a repeated id. */
export interface PartProblem {
  problem: Problem;
  duplicateId?: string;
}

/** What reading the second part found besides its releases (staged in the worker's file). */
export interface StagedPart {
  problems: PartProblem[];
}

const CHUNK = 1 << 20;
// How far past the middle a newline is looked for; a line longer than this leaves the file whole.
const SPLIT_SEARCH_BYTES = 16 << 20;

// The share of the file the main thread reads: the worker reading the second part reads the first
// too, to count its lines (~0.15 s at 200,000 releases), and the build adopts its releases after.
// With the digest on that worker as well, the main thread read 55%, and waited ~1 s for it.
const FIRST_PART = 0.5;

/**
 * Where to split a release file of `size` bytes in two: the first byte of the first line that
 * starts past FIRST_PART of it, or undefined when there is none (one line, or one far too long).
 */
export function splitPoint(path: string, size: number): number | undefined {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(64 * 1024);
    const middle = Math.floor(size * FIRST_PART);
    for (let at = middle; at < size && at < middle + SPLIT_SEARCH_BYTES; ) {
      const read = readSync(fd, buffer, 0, buffer.length, at);
      if (read <= 0) return undefined;
      const newline = buffer.subarray(0, read).indexOf(10);
      if (newline !== -1) return at + newline + 1 < size ? at + newline + 1 : undefined;
      at += read;
    }
    return undefined;
  } finally {
    closeSync(fd);
  }
}

/**
 * On a worker thread: reads the part of a release file that `request` names, staging its
 * releases in `db` (a file of the worker's own; ReleaseStage.adopt takes them from there),
 * counting the lines of the first part on the way to number its own.
 */
export async function stageFilePart(db: Database.Database, request: PartRequest): Promise<StagedPart> {
  let newlines = 0;
  readChunks(request.path, request.from, (chunk) => {
    for (let newline = chunk.indexOf(10); newline !== -1; newline = chunk.indexOf(10, newline + 1)) newlines += 1;
  });
  const taxonomy = new Taxonomy(request.taxonomy);
  const closure = ancestorClosure(taxonomy);
  db.exec('DROP TABLE IF EXISTS staged');
  const stage = new ReleaseStage(db, undefined, 'main');
  const report: ReadReport = { problems: 0, all: [], duplicateIds: new Map() };
  const options = {
    isKnownId: (id: string) => taxonomy.get(id) !== undefined,
    displayName: request.displayName,
    range: { start: request.from, line: 1 + newlines },
  };
  for await (const found of readLocatedReleases(request.path, options, report)) {
    const place = { segment: request.sequence, offset: found.offset, length: found.length };
    stage.add(describeRelease(found.release, closure, place), found.line);
  }
  stage.commit();
  return {
    problems: (report.all ?? []).map((problem) => ({ problem, duplicateId: report.duplicateIds?.get(problem) })),
  };
}

/** The sha256 of the file at `path` as read now, to its end: the digest of a file read in two parts. */
export function digestFile(path: string): string {
  const hash = createHash('sha256');
  readChunks(path, Number.POSITIVE_INFINITY, (chunk) => hash.update(chunk));
  return hash.digest('hex');
}

// Feeds the file's first `bytes` bytes (up to its end) to `onChunk`, in order; a file shorter
// than a finite `bytes` has changed since it was listed.
function readChunks(path: string, bytes: number, onChunk: (chunk: Buffer) => void): void {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(CHUNK);
    for (let at = 0; at < bytes; ) {
      const read = readSync(fd, buffer, 0, Math.min(CHUNK, bytes - at), at);
      if (read <= 0) {
        if (bytes === Number.POSITIVE_INFINITY) return;
        throw new Error(`${path} became shorter while it was being indexed`);
      }
      onChunk(buffer.subarray(0, read));
      at += read;
    }
  } finally {
    closeSync(fd);
  }
}

/**
 * The second part's problems as reading the whole file in one pass words and orders them. A
 * release of the second part whose id the first part has (`firstLineOfId`) is a repeat, reported
 * after that line's other problems (`skipped`: those releases' ids and lines, in line order); a
 * repeat within the second part of such an id names the first part's line.
 */
export function joinPartProblems(
  file: string,
  firstLineOfId: ReadonlyMap<string, number>,
  problems: readonly PartProblem[],
  skipped: readonly (readonly [string, number])[],
): Problem[] {
  const joined: Problem[] = [];
  let next = 0;
  const addSkippedUpTo = (line: number): void => {
    for (; next < skipped.length && skipped[next]![1] < line; next += 1) {
      const [id, at] = skipped[next]!;
      joined.push(duplicateIdProblem(file, at, id, firstLineOfId.get(id)!));
    }
  };
  for (const { problem, duplicateId } of problems) {
    addSkippedUpTo(problem.line ?? 0);
    const first = duplicateId === undefined ? undefined : firstLineOfId.get(duplicateId);
    joined.push(first === undefined ? problem : duplicateIdProblem(file, problem.line ?? 0, duplicateId!, first));
  }
  addSkippedUpTo(Number.POSITIVE_INFINITY);
  return joined;
}
