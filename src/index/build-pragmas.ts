import type Database from 'better-sqlite3';

// Pages of 16 KiB, not SQLite's 4: the full-text index is most of the file, and FTS5 writes and
// merges it in leaves of one page each; four times fewer rows to store and merge took ~15% off the
// build's CPU time (test/bench/index-build.ts at 20,000 releases), the 'optimize' step ~40%.
const PAGE_BYTES = 16_384;

/**
 * Settings for a connection that writes a fresh index file (or one of the full-text parts a
 * threaded build copies into it) which is renamed into place only once complete: nothing needs
 * journaling or syncing meanwhile. `cacheMb` is its page cache.
 */
export function setBulkWritePragmas(db: Database.Database, cacheMb: number): void {
  db.pragma(`page_size = ${PAGE_BYTES}`);
  db.pragma('journal_mode = OFF');
  db.pragma('synchronous = OFF');
  db.pragma(`cache_size = ${-cacheMb * 1024}`);
  // The staging table and the sorts go to temporary files, not memory.
  db.pragma('temp_store = FILE');
}
