import type Database from 'better-sqlite3';
import { fullTextAt } from './indexed-release.js';
import { ordOfPosition } from './list-keys.js';
import type { SegmentLines } from './release-lines.js';
import { FULL_TEXT_TABLES } from './schema.js';

/** Where each release's line is, by list position, in flat arrays. */
export interface LinePlaces {
  segment: Int32Array;
  offset: Float64Array;
  length: Int32Array;
}

// Texts stored between two yields (when the caller reports progress or gives the event loop a turn).
const TEXTS_PER_STEP = 500;
// One transaction per this many texts: a single one over 200,000 rows would hold every page in the cache.
const TEXTS_PER_TRANSACTION = 20_000;
// The largest FTS5 leaf that fits in one 16 KiB page with its record header (default 4050 for 4 KiB).
const FTS_LEAF_BYTES = 16_300;

/**
 * Stores the full text of the releases at the list positions of `ranges` ([from, to) each, in
 * ascending order) of `places` in the full-text tables of `db`, under the ords of those
 * positions, ascending (FTS5 loads fastest so). Yields how many texts each step stored; a
 * caller that stops early rolls the open transaction back. Every writer of the tables reads a
 * text the one way (fullTextAt).
 */
export function* storeFullTexts(
  db: Database.Database,
  lines: SegmentLines,
  places: LinePlaces,
  ranges: Iterable<readonly [number, number]>,
): Generator<number> {
  const insertText = db.prepare('INSERT INTO fts (rowid, title, body) VALUES (?, ?, ?)');
  const insertTitle = db.prepare('INSERT INTO fts_title (rowid, title) VALUES (?, ?)');
  // Counted across ranges: FTS5 writes a segment at every commit, so ranges share transactions.
  let inTransaction = 0;
  try {
    for (const [from, to] of ranges) {
      let position = from;
      while (position < to) {
        if (inTransaction === 0) db.exec('BEGIN');
        const stepStart = position;
        for (const stepEnd = Math.min(to, position + TEXTS_PER_STEP); position < stepEnd; position += 1) {
          const text = fullTextAt(lines, {
            segment: places.segment[position] ?? 0,
            offset: places.offset[position] ?? 0,
            length: places.length[position] ?? 0,
          });
          const ord = ordOfPosition(position);
          insertText.run(ord, text.title, text.body);
          insertTitle.run(ord, text.title);
        }
        inTransaction += position - stepStart;
        if (inTransaction >= TEXTS_PER_TRANSACTION) {
          db.exec('COMMIT');
          inTransaction = 0;
        }
        yield position - stepStart;
      }
    }
    if (db.inTransaction) db.exec('COMMIT');
  } finally {
    if (db.inTransaction) db.exec('ROLLBACK');
  }
}

// FTS5 merges its segments as rows come in; a bulk load that ends with 'optimize' (one merge of
// everything) need not: merging is off while loading, and larger in-memory batches (4 MB, not 1) make
// fewer segments to merge (2 to 16 MB took the same time at 200,000 releases; with 8 MB in each of
// two threads the build peaked at 402-411 MB, with 4 MB at 351-359). The settings are stored in the index, so the defaults go back afterwards
// for the incremental updates to come.
/** Sets the full-text tables' merge settings for a bulk load (`bulk`) or for the updates after it. */
export function setBulkMerging(db: Database.Database, bulk: boolean): void {
  // FTS5 takes these as literals only, not as bound parameters.
  const settings = {
    automerge: bulk ? 0 : 4,
    crisismerge: bulk ? 2000 : 16,
    hashsize: bulk ? 4 * 1024 * 1024 : 1024 * 1024,
    pgsz: FTS_LEAF_BYTES,
  };
  for (const table of FULL_TEXT_TABLES) {
    for (const [name, value] of Object.entries(settings))
      db.exec(`INSERT INTO ${table} (${table}, rank) VALUES ('${name}', ${value})`);
  }
}

/** Merges each full-text table into one segment: what a bulk load ends with. */
export function optimizeFullText(db: Database.Database, table: (typeof FULL_TEXT_TABLES)[number]): void {
  db.exec(`INSERT INTO ${table} (${table}) VALUES ('optimize')`);
}

// Positions a worker takes at a time: a 64th of the list, so that the threads end within a
// fraction of a second of each other, but from 50 to 1,000, so that taking one costs nothing.
const batchSize = (count: number): number => Math.min(1_000, Math.max(50, Math.ceil(count / 64)));

// The list's last positions, which the last worker takes alone after the batches (a 40th, ~0.6 s
// of a thread's work at 200,000): the other workers end that much sooner, and the build copies
// their parts into the index while the last one ends (FullTextMerge) instead of after it.
const tailSize = (count: number): number => Math.floor(count / 40);

/**
 * The batches of the positions [0, count) one worker takes, in ascending order, from the counter
 * in `claims` that every worker shares, and, for the worker that `takesTail`, the list's last
 * positions after them: each position goes to exactly one worker, and the rowids a worker stores
 * ascend, as FTS5 loads them fastest.
 */
export function* claimBatches(
  claims: SharedArrayBuffer,
  count: number,
  takesTail: boolean,
): Generator<readonly [number, number]> {
  const next = new Int32Array(claims);
  const batch = batchSize(count);
  const shared = count - tailSize(count);
  for (;;) {
    const from = Atomics.add(next, 0, batch);
    if (from >= shared) break;
    yield [from, Math.min(shared, from + batch)];
  }
  if (takesTail && shared < count) yield [shared, count];
}
