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
 * Stores the full text of the releases at list positions [from, to) of `places` in the
 * full-text tables of `db`, under the ords of those positions, ascending (FTS5 loads fastest
 * so). Yields how many texts each step stored; a caller that stops early rolls the open
 * transaction back. Every writer of the tables reads a text the one way (fullTextAt).
 */
export function* storeFullTexts(
  db: Database.Database,
  lines: SegmentLines,
  places: LinePlaces,
  from: number,
  to: number,
): Generator<number> {
  const insertText = db.prepare('INSERT INTO fts (rowid, title, body) VALUES (?, ?, ?)');
  const insertTitle = db.prepare('INSERT INTO fts_title (rowid, title) VALUES (?, ?)');
  let position = from;
  try {
    while (position < to) {
      db.exec('BEGIN');
      for (const end = Math.min(to, position + TEXTS_PER_TRANSACTION); position < end; ) {
        const stepStart = position;
        for (const stepEnd = Math.min(end, position + TEXTS_PER_STEP); position < stepEnd; position += 1) {
          const text = fullTextAt(lines, {
            segment: places.segment[position] ?? 0,
            offset: places.offset[position] ?? 0,
            length: places.length[position] ?? 0,
          });
          const ord = ordOfPosition(position);
          insertText.run(ord, text.title, text.body);
          insertTitle.run(ord, text.title);
        }
        yield position - stepStart;
      }
      db.exec('COMMIT');
    }
  } finally {
    if (db.inTransaction) db.exec('ROLLBACK');
  }
}

// FTS5 merges its segments as rows come in; a bulk load that ends with 'optimize' (one merge of
// everything) need not: merging is off while loading, and larger in-memory batches (8 MB, not 1) make
// fewer segments to merge. The settings are stored in the index, so the defaults go back afterwards
// for the incremental updates to come.
/** Sets the full-text tables' merge settings for a bulk load (`bulk`) or for the updates after it. */
export function setBulkMerging(db: Database.Database, bulk: boolean): void {
  // FTS5 takes these as literals only, not as bound parameters.
  const settings = {
    automerge: bulk ? 0 : 4,
    crisismerge: bulk ? 2000 : 16,
    hashsize: bulk ? 8 * 1024 * 1024 : 1024 * 1024,
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
