import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import type { ReleaseSegment } from '../bundle/release-segments.js';
import type { Problem } from '../bundle/types.js';
import type { Taxonomy } from '../taxonomy/taxonomy.js';
import { setBulkWritePragmas } from './build-pragmas.js';
import { type BuildTimings, createBuildTimings, reportBuildTimings, type StageTiming } from './build-timings.js';
import { EntityFacetCounter } from './entity-facets.js';
import { type LinePlaces, optimizeFullText, setBulkMerging, storeFullTexts } from './full-text-build.js';
import { FullTextMerge } from './full-text-merge.js';
import { builtWorkerFile, type FullTextThreads, startFullTextThreads } from './full-text-threads.js';
import { refreshTypes, storeAllTerms } from './index-writes.js';
import { ancestorClosure, describeRelease } from './indexed-release.js';
import { LinkBuffer } from './link-buffer.js';
import { openDatabase } from './open-database.js';
import { type ReadLinesOptions, type ReadReport, readLocatedReleases, SegmentLines } from './release-lines.js';
import { ReleaseStage } from './release-stage.js';
import { createIndexSchema, createSecondaryIndexes, FULL_TEXT_TABLES } from './schema.js';
import { type AppliedSegment, storeAppliedSegments } from './segment-state.js';
import { joinPartProblems, splitPoint } from './split-read.js';

/** Reports build progress: `done` of `total` work units, `done` only grows and ends equal to `total`. */
export type ProgressCallback = (done: number, total: number) => void;

/** What the index is built from. */
export interface IndexSource {
  bundleDir: string;
  taxonomy: Taxonomy;
  /** Expected number of releases (manifest count), for progress before the files are read. */
  expectedReleases: number;
  /** Key/value pairs stored in the meta table; openIndex compares them to decide staleness. */
  meta: Record<string, string>;
}

// Relative cost of the passes, so the progress bar moves evenly.
const READ_WEIGHT = 3;
const STORE_WEIGHT = 1;
const TEXT_WEIGHT = 6;
// From this many releases the full text is filled by TEXT_THREADS worker threads, when the
// worker's file is there and there is more than one core: below it a thread costs more to start
// than it saves, and on one core the threads only add the copy of their parts.
const THREADS_FROM = 5_000;
const TEXT_THREADS = 2;
// With threads, a release file this large is read in two parts at once (split-read.ts); a
// smaller one is read faster than a thread can count its lines.
const SPLIT_READ_FROM = 16 << 20;
// How long the synchronous passes run before the event loop gets a turn: a signal is delivered
// only then, and the caller's cleanup (removing the temp file) must run within a second.
const TURN_EVERY_MS = 50;

/** The release files of a bundle as sequence → path, which SegmentLines reads. */
export function segmentPaths(
  bundleDir: string,
  segments: readonly { sequence: number; name: string }[],
): Map<number, string> {
  return new Map(segments.map((segment) => [segment.sequence, join(bundleDir, segment.name)]));
}

/** How the build fills the full-text tables; tests set it, the program leaves it to buildIndex. */
export interface BuildOptions {
  /** Fill them in worker threads running this file, whatever the size of the bundle. */
  fullTextWorker?: URL;
  /** With threads, read release files of this many bytes or more in two parts at once. */
  splitReadFrom?: number;
}

/**
 * Builds the derived index into `file` (a fresh path: the caller renames it into place) from
 * `segments`, the bundle's release files in load order (later files win for the same id).
 * One validating pass over the files stages each release's row, links and byte range in a
 * temporary table (so memory does not grow with the archive); the rows are then stored in list
 * order, facets counted as they stream past. The full text is fed to FTS5 in that order too
 * (read back by byte range), because FTS5 loads fastest when rowids ascend, and rowid order then
 * means "newest first": for a bundle of thousands of releases by two worker threads at once,
 * each filling the full-text tables of a file of its own with batches of the list while the
 * main thread stores the rows, then copied into the index (full-text-merge.ts). Article bodies stay
 * in the bundle: the index points at them. Returns the index open (another connection than the
 * one it was built with, when threads built the full text).
 */
export async function buildIndex(
  file: string,
  source: IndexSource,
  segments: readonly ReleaseSegment[],
  onProgress?: ProgressCallback,
  options: BuildOptions = {},
): Promise<Database.Database> {
  const db = openDatabase(file);
  try {
    return await fillIndex(db, file, source, segments, createProgress(source.expectedReleases, onProgress), options);
  } catch (error) {
    if (db.open) db.close();
    throw error;
  }
}

async function fillIndex(
  db: Database.Database,
  file: string,
  source: IndexSource,
  segments: readonly ReleaseSegment[],
  progress: Progress,
  options: BuildOptions,
): Promise<Database.Database> {
  const timings = createBuildTimings();
  const paths = segmentPaths(source.bundleDir, segments);
  const partTimings: StageTiming[] = [];
  // Started before the read pass (the manifest's count decides), which they help by digesting.
  const workerFile =
    file === ':memory:'
      ? undefined
      : (options.fullTextWorker ??
        (source.expectedReleases >= THREADS_FROM && availableParallelism() > 1 ? builtWorkerFile() : undefined));
  const threads = workerFile
    ? startFullTextThreads(
        workerFile,
        file,
        paths,
        TEXT_THREADS,
        (texts) => progress.step(TEXT_WEIGHT * texts),
        (steps) => partTimings.push(...steps),
      )
    : undefined;
  try {
    // 32 MB of page cache: rows and links are appended in key order and FTS5 writes whole
    // segments, so the cache serves little; with 64 MB the 200,000-release build peaked at
    // 408–439 MB RSS. With the full text in threads, 16 MB leaves room for theirs.
    setBulkWritePragmas(db, threads ? 16 : 32);
    createIndexSchema(db);
    // The tables keep the settings for updates; threads fill copies of them in bulk.
    setBulkMerging(db, threads === undefined);
    const { stage, applied } = await readAndStage(db, source, segments, progress, timings, {
      threads,
      splitFrom: options.splitReadFrom ?? SPLIT_READ_FROM,
    });
    timings.lap('read+stage');
    const count = stage.finish();
    const places = stage.places(count);
    timings.lap('stage-sort');
    progress.resize(count);
    const texts = threads?.build(places, count);
    // Awaited only after the rows are stored: a failure meanwhile waits for it.
    texts?.catch(() => undefined);

    const turns = createTurns(TURN_EVERY_MS);
    await storeRows(db, stage, progress, turns);
    timings.lap(threads ? 'store-rows+threads' : 'store-rows');
    if (!threads) {
      await storeTextsHere(db, paths, places, count, progress, turns);
      timings.lap('fts-insert');
      // The steps below cannot be cut up; a turn between them keeps the wait for a signal to one step.
      for (const table of FULL_TEXT_TABLES) {
        optimizeFullText(db, table);
        await turns.give(true);
      }
      setBulkMerging(db, false);
      timings.lap('fts-optimize');
    }
    createSecondaryIndexes(db);
    await turns.give(true);
    timings.lap('indexes');
    db.transaction(() => {
      db.exec('INSERT INTO entity_counts (entity, count) SELECT entity, count(*) FROM links GROUP BY entity');
      refreshTypes(db);
      storeAppliedSegments(db, applied);
      const setMeta = db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)');
      for (const [key, value] of Object.entries(source.meta)) setMeta.run(key, value);
    })();
    timings.lap('counts');
    let indexDb = db;
    if (threads) {
      // The copy goes through a connection that has not seen the full-text tables empty.
      db.close();
      await threads.built(0);
      timings.lap('wait-for-text-part-1');
      indexDb = openDatabase(file);
    }
    try {
      if (threads) {
        setBulkWritePragmas(indexDb, 32);
        await copyFullTextParts(indexDb, threads, timings);
        // Any failure has been thrown by now; this only settles the promise.
        await texts;
      } else {
        indexDb.transaction(() => storeAllTerms(indexDb))();
        timings.lap('terms');
      }
    } catch (error) {
      if (indexDb !== db) indexDb.close();
      throw error;
    }
    timings.add(partTimings);
    reportBuildTimings(timings);
    progress.finish();
    return indexDb;
  } finally {
    await threads?.stop();
  }
}

// Copies each part of the full text into the index once it is built: the first while the last
// is still being built (it takes the list's tail), then the last, then the terms.
async function copyFullTextParts(
  db: Database.Database,
  threads: FullTextThreads,
  timings: BuildTimings,
): Promise<void> {
  const merge = new FullTextMerge(db);
  try {
    for (const [part, file] of threads.files.entries()) {
      if (part > 0) {
        await threads.built(part);
        timings.lap(`wait-for-text-part-${part + 1}`);
      }
      merge.add(file);
      timings.lap(`fts-copy part ${part + 1}`);
    }
    merge.finish();
    timings.lap('fts-terms');
  } finally {
    merge.close();
  }
}

// The validating pass over the release files: stages each release and records each file as
// applied, with the digest of its bytes (from the threads, when there are). With threads, a
// file of `splitFrom` bytes or more is read in two parts at once (split-read.ts).
async function readAndStage(
  db: Database.Database,
  source: IndexSource,
  segments: readonly ReleaseSegment[],
  progress: Progress,
  timings: BuildTimings,
  { threads, splitFrom }: { threads: FullTextThreads | undefined; splitFrom: number },
): Promise<{ stage: ReleaseStage; applied: AppliedSegment[] }> {
  const closure = ancestorClosure(source.taxonomy);
  const isKnownId = (id: string): boolean => source.taxonomy.get(id) !== undefined;
  const stage = new ReleaseStage(db);
  const applied: AppliedSegment[] = [];
  const stageAll = async (segment: ReleaseSegment, options: ReadLinesOptions, report: ReadReport): Promise<void> => {
    for await (const { release, line, offset, length } of readLocatedReleases(segment.path, options, report)) {
      stage.add(describeRelease(release, closure, { segment: segment.sequence, offset, length }), line);
      progress.step(READ_WEIGHT);
    }
  };
  for (const segment of segments) {
    const split = threads && segment.size >= splitFrom ? splitPoint(segment.path, segment.size) : undefined;
    if (threads && split !== undefined) {
      const part = threads.stagePart({
        sequence: segment.sequence,
        path: segment.path,
        displayName: segment.name,
        from: split,
        taxonomy: source.taxonomy.entries,
      });
      // Awaited once the first part is read: a failure meanwhile waits for it.
      part.catch(() => undefined);
      // The third thread digests the file meanwhile.
      const digest = threads.digestFile(segment.path);
      digest.catch(() => undefined);
      const reading = startReading(segment, isKnownId, () => undefined);
      const firstLineOfId = new Map<string, number>();
      reading.report.firstLineOfId = firstLineOfId;
      await stageAll(segment, { ...reading.options, range: { start: 0, end: split, line: 1 } }, reading.report);
      timings.lap(`read ${segment.name} part 1`);
      const { problems } = await part;
      timings.lap(`wait for ${segment.name} part 2`);
      const before = stage.count();
      const skipped = stage.adopt(threads.files.at(-1)!, (id) => firstLineOfId.has(id));
      addProblems(reading.report, joinPartProblems(segment.name, firstLineOfId, problems, skipped));
      progress.step(READ_WEIGHT * (stage.count() - before));
      timings.lap(`adopt ${segment.name} part 2`);
      const fileDigest = await digest;
      timings.lap(`wait for ${segment.name} digest`);
      applied.push(reading.finish(fileDigest));
    } else {
      const reading = startReading(segment, isKnownId, threads && ((chunk) => threads.digestChunk(chunk)));
      await stageAll(segment, reading.options, reading.report);
      applied.push(reading.finish(await threads?.digest()));
    }
  }
  return { stage, applied };
}

function addProblems(report: ReadReport, problems: readonly Problem[]): void {
  report.problems += problems.length;
  report.firstProblem ??= problems[0];
  report.all?.push(...problems);
}

/**
 * Options for reading a release file in full, and the record of it once read: its fingerprint
 * as listed (taken before reading, so a write meanwhile shows as a change next time), the digest
 * of the bytes read (`digestElsewhere` receives them instead, and `finish` the digest) and the
 * problems found.
 */
export function startReading(
  segment: ReleaseSegment,
  isKnownId: (id: string) => boolean,
  digestElsewhere?: (chunk: Buffer) => void,
): { options: ReadLinesOptions; report: ReadReport; finish(digest?: string): AppliedSegment } {
  const hash = createHash('sha256');
  const report: ReadReport = { problems: 0, all: [] };
  return {
    options: { isKnownId, displayName: segment.name, onChunk: digestElsewhere ?? ((chunk) => hash.update(chunk)) },
    report,
    finish: (digest = hash.digest('hex')) => ({
      sequence: segment.sequence,
      name: segment.name,
      size: segment.size,
      ino: segment.ino,
      ctimeMs: segment.ctimeMs,
      digest,
      problems: report.problems,
      firstProblem: report.firstProblem ? JSON.stringify(report.firstProblem) : null,
      problemList: report.all,
    }),
  };
}

// Stores the staged releases in list order (rows, roles, links, type spellings), counting the
// facets as they stream past, and drops the stage. Rows and roles are stored by SQL alone; the
// event loop gets a turn between the statements and between pages of facets.
async function storeRows(db: Database.Database, stage: ReleaseStage, progress: Progress, turns: Turns): Promise<void> {
  stage.putInListOrder();
  await turns.give(true);
  db.transaction(() => stage.storeRows())();
  await turns.give(true);
  const facets = new EntityFacetCounter();
  const links = new LinkBuffer();
  let position = 0;
  for (const page of stage.facts()) {
    for (const release of page) {
      links.add(release.links, position);
      facets.add(release);
      position += 1;
    }
    progress.step(STORE_WEIGHT * page.length);
    await turns.give();
  }
  db.transaction(() => {
    links.store(db);
    stage.storeTypeSpellings();
  })();
  stage.drop();
  facets.store(db);
}

// The full texts on this thread, for a small build or one without the worker's file. The event
// loop gets its turns between steps (nothing else uses this connection meanwhile).
async function storeTextsHere(
  db: Database.Database,
  paths: ReadonlyMap<number, string>,
  places: LinePlaces,
  count: number,
  progress: Progress,
  turns: Turns,
): Promise<void> {
  const lines = new SegmentLines(paths);
  try {
    for (const stored of storeFullTexts(db, lines, places, [[0, count]])) {
      progress.step(TEXT_WEIGHT * stored);
      await turns.give();
    }
  } finally {
    lines.close();
  }
}

// due: the synchronous work has run long enough; give: a turn of the event loop when one is due (or always).
interface Turns {
  due(): boolean;
  give(always?: boolean): Promise<void>;
}

function createTurns(everyMs: number): Turns {
  let last = performance.now();
  const due = (): boolean => performance.now() - last >= everyMs;
  return {
    due,
    async give(always = false) {
      if (!always && !due()) return;
      await new Promise<void>((resolve) => setImmediate(resolve));
      last = performance.now();
    },
  };
}

interface Progress {
  step(units: number): void;
  resize(releases: number): void;
  finish(): void;
}

function createProgress(expectedReleases: number, onProgress?: ProgressCallback): Progress {
  const perRelease = READ_WEIGHT + STORE_WEIGHT + TEXT_WEIGHT;
  let total = Math.max(1, expectedReleases * perRelease);
  let done = 0;
  let lastReported = -1;
  const report = (): void => {
    if (!onProgress) return;
    // Report about every 0.5%, not every row: the UI redraws on each call.
    if (done === total || done - lastReported >= total / 200) {
      lastReported = done;
      onProgress(done, total);
    }
  };
  return {
    step(units) {
      done = Math.min(total, done + units);
      report();
    },
    resize(releases) {
      // The manifest's count may be off; from here on the real count rules, never moving backwards.
      total = Math.max(done + 1, releases * perRelease);
    },
    finish() {
      done = total;
      report();
    },
  };
}
