import type Database from 'better-sqlite3';
import type { FacetedRelease } from './entity-facets.js';
import type { LinePlaces } from './full-text-build.js';
import type { IndexedRelease } from './indexed-release.js';
import { ordOfPositionSql } from './list-keys.js';

const COMMIT_EVERY = 20_000;

/**
 * A temporary table that holds what the build's read pass found of each release, so that
 * 200,000 of them need not stay in memory until they can be stored in list order. A release
 * staged again under the same id replaces the earlier one (a later release file wins). List
 * order is sort_key order, compared as SQLite compares text: by code point, as compareSortKeys
 * does. The rows are then copied once into a second table in list order (rowid = list position
 * + 1), from which SQL stores them in the index and the facets are read in sequence: reading the
 * first table in list order would look every row up at a random place in a file far larger than
 * the cache (at 200,000 releases that alone took ~3 s).
 */
export class ReleaseStage {
  private readonly insert: Database.Statement;
  private pending = 0;

  /**
   * `pageSize`: rows per page of facts(); tests lower it to cross page boundaries. `schema`:
   * where the table is: `main` for a part of a release file staged by another thread in a file
   * of its own, which the build then adopts (adopt()).
   */
  constructor(
    private readonly db: Database.Database,
    private readonly pageSize = 5_000,
    schema: 'temp' | 'main' = 'temp',
  ) {
    db.exec(`
      CREATE TABLE ${schema}.staged (
        id TEXT PRIMARY KEY, sort_key TEXT NOT NULL, year INTEGER, iso TEXT, type_key TEXT NOT NULL,
        type_label TEXT NOT NULL, row_json TEXT NOT NULL, segment INTEGER NOT NULL,
        line_offset INTEGER NOT NULL, line_length INTEGER NOT NULL, links TEXT NOT NULL, roles TEXT NOT NULL,
        line INTEGER NOT NULL
      )
    `);
    this.insert = db.prepare(
      `INSERT OR REPLACE INTO ${schema}.staged (${STAGED_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
  }

  /**
   * Stages one release, found on `line` of its file; writes are committed in batches, so reading
   * may await in between.
   */
  add(item: IndexedRelease, line: number): void {
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
      line,
    );
    this.pending += 1;
    if (this.pending >= COMMIT_EVERY) this.commit();
  }

  /** How many releases are staged. */
  count(): number {
    return this.db.prepare('SELECT count(*) FROM temp.staged').pluck().get() as number;
  }

  /** Commits what is staged (another connection then sees it). */
  commit(): void {
    if (this.pending === 0) return;
    this.db.exec('COMMIT');
    this.pending = 0;
  }

  /**
   * Stages the releases another stage put in the file `file` (schema `main`), as if added here
   * in their order, except those `skip` picks by id and line; returns those, in that order.
   */
  adopt(file: string, skip: (id: string, line: number) => boolean): [string, number][] {
    this.commit();
    this.db.prepare('ATTACH ? AS adopted').run(file);
    try {
      const rows = this.db.prepare('SELECT id, line FROM adopted.staged ORDER BY rowid').raw().all() as [
        string,
        number,
      ][];
      const skipped = rows.filter(([id, line]) => skip(id, line));
      this.db
        .prepare(
          `INSERT OR REPLACE INTO temp.staged (${STAGED_COLUMNS}) SELECT ${STAGED_COLUMNS} FROM adopted.staged
           WHERE id NOT IN (SELECT value FROM json_each(?)) ORDER BY rowid`,
        )
        .run(JSON.stringify(skipped.map(([id]) => id)));
      return skipped;
    } finally {
      this.db.exec('DETACH adopted');
    }
  }

  /** Ends the staging: commits, and indexes the rows by list order. Returns how many there are. */
  finish(): number {
    this.commit();
    // With the line's place in it, places() reads the index alone, not every row.
    this.db.exec('CREATE INDEX temp.staged_order ON staged (sort_key, segment, line_offset, line_length)');
    return this.count();
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

  /**
   * Copies the staged rows into list order and drops the first table. `+sort_key` keeps SQLite
   * from walking the index in order (a random read per row): it sorts the rows as they lie.
   */
  putInListOrder(): void {
    this.db.exec(`
      CREATE TEMP TABLE listed AS
        SELECT id, sort_key, year, iso, type_key, type_label, row_json, segment, line_offset, line_length, links, roles
        FROM temp.staged ORDER BY +sort_key;
      DROP TABLE temp.staged;
    `);
  }

  /**
   * Stores each release's row and roles (its direct source, field and country ids) at the ord
   * of its list position, as IndexWriter.addRow does one release at a time.
   */
  storeRows(): void {
    const ord = ordOfPositionSql('listed.rowid - 1');
    this.db.exec(`
      INSERT INTO releases (ord, id, sort_key, year, iso, type_key, row_json, segment, line_offset, line_length)
        SELECT ${ord}, id, sort_key, year, iso, type_key, row_json, segment, line_offset, line_length
        FROM temp.listed ORDER BY rowid;
      INSERT OR IGNORE INTO roles (ord, role, entity)
        SELECT ${ord}, role.value ->> 0, role.value ->> 1 FROM temp.listed, json_each(listed.roles) AS role
        ORDER BY listed.rowid;
    `);
  }

  /** Stores each spelling of each content type with its count. */
  storeTypeSpellings(): void {
    this.db.exec(
      'INSERT INTO type_spellings (key, label, count) SELECT type_key, type_label, count(*) FROM temp.listed GROUP BY type_key, type_label',
    );
  }

  /** What each release adds to the facet counts, in list order, a page at a time. */
  *facts(): Generator<FacetedRelease[]> {
    const page = this.db
      .prepare('SELECT rowid, year, type_key, links, roles FROM temp.listed WHERE rowid > ? ORDER BY rowid LIMIT ?')
      .raw();
    let after = 0;
    for (;;) {
      const rows = page.all(after, this.pageSize) as [number, number | null, string, string, string][];
      if (rows.length === 0) return;
      after = rows.at(-1)![0];
      yield rows.map(([, year, typeKey, links, roles]) => ({
        year,
        typeKey,
        links: JSON.parse(links) as string[],
        roles: JSON.parse(roles) as [string, string][],
      }));
    }
  }

  /** Drops the table in list order, giving its space back. */
  drop(): void {
    this.db.exec('DROP TABLE temp.listed');
  }
}

const STAGED_COLUMNS =
  'id, sort_key, year, iso, type_key, type_label, row_json, segment, line_offset, line_length, links, roles, line';
