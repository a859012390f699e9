import type Database from 'better-sqlite3';
import type { LinePlaces } from './full-text-build.js';
import type { IndexedRelease } from './indexed-release.js';

const COMMIT_EVERY = 20_000;

/**
 * A temporary table that holds what the build's read pass found of each release, so that
 * 200,000 of them need not stay in memory until they can be stored in list order. A release
 * staged again under the same id replaces the earlier one (a later release file wins). Rows
 * come back in list order (sort_key, compared as SQLite compares text: by code point, as
 * compareSortKeys does), a page at a time.
 */
export class ReleaseStage {
  private readonly insert: Database.Statement;
  private pending = 0;

  /** `pageSize`: rows per page of pages(); tests lower it to cross page boundaries. */
  constructor(
    private readonly db: Database.Database,
    private readonly pageSize = 5_000,
  ) {
    db.exec(`
      CREATE TEMP TABLE staged (
        id TEXT PRIMARY KEY, sort_key TEXT NOT NULL, year INTEGER, iso TEXT, type_key TEXT NOT NULL,
        type_label TEXT NOT NULL, row_json TEXT NOT NULL, segment INTEGER NOT NULL,
        line_offset INTEGER NOT NULL, line_length INTEGER NOT NULL, links TEXT NOT NULL, roles TEXT NOT NULL
      )
    `);
    this.insert = db.prepare(
      `INSERT OR REPLACE INTO temp.staged (id, sort_key, year, iso, type_key, type_label, row_json, segment, line_offset, line_length, links, roles)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
  }

  /** Stages one release; writes are committed in batches, so reading may await in between. */
  add(item: IndexedRelease): void {
    if (this.pending === 0) this.db.exec('BEGIN');
    this.insert.run(
      item.id,
      item.sortKey,
      item.year,
      item.iso,
      item.typeKey,
      item.typeLabel,
      item.rowJson,
      item.segment,
      item.offset,
      item.length,
      JSON.stringify(item.links),
      JSON.stringify(item.roles),
    );
    this.pending += 1;
    if (this.pending >= COMMIT_EVERY) this.commit();
  }

  /** Ends the staging: commits, and indexes the rows by list order. Returns how many there are. */
  finish(): number {
    this.commit();
    // With the line's place in it, places() reads the index alone, not every row.
    this.db.exec('CREATE INDEX temp.staged_order ON staged (sort_key, segment, line_offset, line_length)');
    return this.db.prepare('SELECT count(*) FROM temp.staged').pluck().get() as number;
  }

  /** Where the line of each of the `count` staged releases is, in list order. */
  places(count: number): LinePlaces {
    const places = { segment: new Int32Array(count), offset: new Float64Array(count), length: new Int32Array(count) };
    const rows = this.db
      .prepare('SELECT segment, line_offset, line_length FROM temp.staged ORDER BY sort_key')
      .raw()
      .iterate() as IterableIterator<[number, number, number]>;
    let position = 0;
    for (const [segment, offset, length] of rows) {
      places.segment[position] = segment;
      places.offset[position] = offset;
      places.length[position] = length;
      position += 1;
    }
    return places;
  }

  /** Stores each spelling of each content type with its count, from the staged releases. */
  storeTypeSpellings(): void {
    this.db.exec(
      'INSERT INTO type_spellings (key, label, count) SELECT type_key, type_label, count(*) FROM temp.staged GROUP BY type_key, type_label',
    );
  }

  /** The staged releases in list order, a page at a time (no statement stays open between pages). */
  *pages(): Generator<IndexedRelease[]> {
    const page = this.db.prepare(
      `SELECT id, sort_key, year, iso, type_key, type_label, row_json, segment, line_offset, line_length, links, roles
       FROM temp.staged WHERE sort_key > ? ORDER BY sort_key LIMIT ?`,
    );
    let after = '';
    for (;;) {
      const rows = page.all(after, this.pageSize) as StagedRow[];
      if (rows.length === 0) return;
      after = rows.at(-1)!.sort_key;
      yield rows.map(fromRow);
    }
  }

  /** Drops the staging table, giving its space back. */
  drop(): void {
    this.db.exec('DROP TABLE temp.staged');
  }

  private commit(): void {
    if (this.pending === 0) return;
    this.db.exec('COMMIT');
    this.pending = 0;
  }
}

interface StagedRow {
  id: string;
  sort_key: string;
  year: number | null;
  iso: string | null;
  type_key: string;
  type_label: string;
  row_json: string;
  segment: number;
  line_offset: number;
  line_length: number;
  links: string;
  roles: string;
}

function fromRow(row: StagedRow): IndexedRelease {
  return {
    id: row.id,
    sortKey: row.sort_key,
    year: row.year,
    iso: row.iso,
    typeKey: row.type_key,
    typeLabel: row.type_label,
    rowJson: row.row_json,
    segment: row.segment,
    offset: row.line_offset,
    length: row.line_length,
    links: JSON.parse(row.links) as string[],
    roles: JSON.parse(row.roles) as [string, string][],
  };
}
