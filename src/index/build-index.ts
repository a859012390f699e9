import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import type { ReleaseSegment } from '../bundle/release-segments.js';
import type { Taxonomy } from '../taxonomy/taxonomy.js';
import { createBuildTimings, reportBuildTimings } from './build-timings.js';
import { EntityFacetCounter } from './entity-facets.js';
import { type FullTextReader, openFullTextReader } from './full-text-reader.js';
import { IndexWriter, refreshTypes, storeAllTerms } from './index-writes.js';
import { ancestorClosure, describeRelease, type FullText, type IndexedRelease } from './indexed-release.js';
import { LinkBuffer } from './link-buffer.js';
import { ordOfPosition } from './list-keys.js';
import { openDatabase } from './open-database.js';
import { type ReadLinesOptions, type ReadReport, readLocatedReleases } from './release-lines.js';
import { ReleaseStage } from './release-stage.js';
import { createIndexSchema, createSecondaryIndexes } from './schema.js';
import { type AppliedSegment, storeAppliedSegments } from './segment-state.js';

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
const BATCH = 20_000;
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

/**
 * Builds the derived index into `file` (a fresh path: the caller renames it into place) from
 * `segments`, the bundle's release files in load order (later files win for the same id).
 * One validating pass over the files stages each release's row, links and byte range in a
 * temporary table (so memory does not grow with the archive); the rows are then stored in list
 * order, facets counted as they stream past, and the full text is fed to FTS5 in that order too
 * (read back by byte range), because FTS5 loads fastest when rowids ascend, and rowid order then
 * means "newest first". Article bodies stay in the bundle: the index points at them.
 */
export async function buildIndex(
  file: string,
  source: IndexSource,
  segments: readonly ReleaseSegment[],
  onProgress?: ProgressCallback,
): Promise<Database.Database> {
  const db = openDatabase(file);
  try {
    await fillIndex(db, source, segments, createProgress(source.expectedReleases, onProgress));
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

async function fillIndex(
  db: Database.Database,
  source: IndexSource,
  segments: readonly ReleaseSegment[],
  progress: Progress,
): Promise<void> {
  const timings = createBuildTimings();
  const closure = ancestorClosure(source.taxonomy);
  const isKnownId = (id: string): boolean => source.taxonomy.get(id) !== undefined;
  db.pragma(`page_size = ${PAGE_BYTES}`);
  db.pragma('journal_mode = OFF');
  db.pragma('synchronous = OFF');
  // 32 MB of page cache: rows and links are appended in key order and FTS5 writes whole segments,
  // so the cache serves little; with 64 MB the 200,000-release build peaked at 408–439 MB RSS.
  db.pragma('cache_size = -32768');
  // The staging table and the sorts go to temporary files, not memory.
  db.pragma('temp_store = FILE');
  createIndexSchema(db);

  const stage = new ReleaseStage(db);
  const applied: AppliedSegment[] = [];
  for (const segment of segments) {
    const reading = startReading(segment, isKnownId);
    for await (const { release, offset, length } of readLocatedReleases(
      segment.path,
      reading.options,
      reading.report,
    )) {
      stage.add(describeRelease(release, closure, { segment: segment.sequence, offset, length }));
      progress.step(READ_WEIGHT);
    }
    applied.push(reading.finish());
  }
  timings.lap('read+stage');
  const count = stage.finish();
  timings.lap('stage-sort');
  progress.resize(count);

  setBulkMerging(db, true);
  const writer = new IndexWriter(db);
  const facets = new EntityFacetCounter();
  const links = new LinkBuffer();
  // Where each release's line is, by list position: all the text pass needs, in flat arrays.
  const places = { segment: new Int32Array(count), offset: new Float64Array(count), length: new Int32Array(count) };
  let position = 0;
  const storePage = db.transaction((items: readonly IndexedRelease[]) => {
    for (const item of items) {
      writer.addRowWithoutLinks(item, ordOfPosition(position));
      links.add(item.links, position);
      facets.add(item);
      places.segment[position] = item.segment;
      places.offset[position] = item.offset;
      places.length[position] = item.length;
      position += 1;
    }
  });
  const turns = createTurns(TURN_EVERY_MS);
  for (const items of stage.pages()) {
    storePage(items);
    progress.step(STORE_WEIGHT * items.length);
    await turns.give();
  }
  db.transaction(() => {
    links.store(db, ordOfPosition);
    stage.storeTypeSpellings();
  })();
  stage.drop();
  timings.lap('store-rows');

  const reader = openFullTextReader(segmentPaths(source.bundleDir, segments), places, position);
  try {
    await storeFullTexts(
      db,
      reader,
      position,
      (index, text) => writer.addText(ordOfPosition(index), text),
      (done) => progress.step(TEXT_WEIGHT * done),
      turns,
    );
  } finally {
    await reader.close();
  }
  timings.lap(reader.threaded ? 'fts-insert+thread' : 'fts-insert');
  // The steps below cannot be cut up; a turn between them keeps the wait for a signal to one step.
  db.exec("INSERT INTO fts (fts) VALUES ('optimize')");
  await turns.give(true);
  timings.lap('fts-optimize');
  db.exec("INSERT INTO fts_title (fts_title) VALUES ('optimize')");
  await turns.give(true);
  timings.lap('title-optimize');
  setBulkMerging(db, false);
  createSecondaryIndexes(db);
  await turns.give(true);
  timings.lap('indexes');
  db.transaction(() => {
    db.exec('INSERT INTO entity_counts (entity, count) SELECT entity, count(*) FROM links GROUP BY entity');
    storeAllTerms(db);
    refreshTypes(db);
    storeAppliedSegments(db, applied);
    const setMeta = db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)');
    for (const [key, value] of Object.entries(source.meta)) setMeta.run(key, value);
  })();
  facets.store(db);
  timings.lap('counts+terms');
  reportBuildTimings(timings);
  progress.finish();
}

// Pages of 16 KiB, not SQLite's 4: the full-text index is most of the file, and FTS5 writes and
// merges it in leaves of one page each; four times fewer rows to store and merge took ~15% off the
// build's CPU time (test/bench/index-build.ts at 20,000 releases), the 'optimize' step ~40%.
const PAGE_BYTES = 16_384;
// The largest FTS5 leaf that fits in one such page with its record header (default 4050 for 4 KiB).
const FTS_LEAF_BYTES = 16_300;

// FTS5 merges its segments as rows come in; a bulk load that ends with 'optimize' (one merge of
// everything) need not: merging is off while loading, and larger in-memory batches (8 MB, not 1) make
// fewer segments to merge. The settings are stored in the index, so the defaults go back afterwards
// for the incremental updates to come.
function setBulkMerging(db: Database.Database, bulk: boolean): void {
  // FTS5 takes these as literals only, not as bound parameters.
  const settings = {
    automerge: bulk ? 0 : 4,
    crisismerge: bulk ? 2000 : 16,
    hashsize: bulk ? 8 * 1024 * 1024 : 1024 * 1024,
    pgsz: FTS_LEAF_BYTES,
  };
  for (const table of ['fts', 'fts_title']) {
    for (const [name, value] of Object.entries(settings))
      db.exec(`INSERT INTO ${table} (${table}, rank) VALUES ('${name}', ${value})`);
  }
}

/**
 * Options for reading a release file in full, and the record of it once read: its fingerprint
 * as listed (taken before reading, so a write meanwhile shows as a change next time), the digest
 * of the bytes read and the problems found.
 */
export function startReading(
  segment: ReleaseSegment,
  isKnownId: (id: string) => boolean,
): { options: ReadLinesOptions; report: ReadReport; finish(): AppliedSegment } {
  const hash = createHash('sha256');
  const report: ReadReport = { problems: 0, all: [] };
  return {
    options: { isKnownId, displayName: segment.name, onChunk: (chunk) => hash.update(chunk) },
    report,
    finish: () => ({
      sequence: segment.sequence,
      name: segment.name,
      size: segment.size,
      ino: segment.ino,
      ctimeMs: segment.ctimeMs,
      digest: hash.digest('hex'),
      problems: report.problems,
      firstProblem: report.firstProblem ? JSON.stringify(report.firstProblem) : null,
      problemList: report.all,
    }),
  };
}

// One transaction per BATCH texts: a single one over 200,000 rows would hold every page in the
// cache. The event loop gets its turns between the reader's batches (nothing else uses this
// connection meanwhile).
async function storeFullTexts(
  db: Database.Database,
  reader: FullTextReader,
  count: number,
  store: (index: number, text: FullText) => void,
  onStored: (done: number) => void,
  turns: Turns,
): Promise<void> {
  let index = 0;
  while (index < count) {
    db.exec('BEGIN');
    try {
      for (const end = Math.min(count, index + BATCH); index < end; ) {
        const texts = await reader.next();
        if (texts.length === 0) throw new Error('the release texts ended before the releases');
        for (const text of texts) store(index++, text);
        onStored(texts.length);
        await turns.give();
      }
      db.exec('COMMIT');
    } catch (error) {
      if (db.inTransaction) db.exec('ROLLBACK');
      throw error;
    }
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
