import type Database from 'better-sqlite3';
import { FULL_TEXT_TABLES } from './schema.js';

// FTS5's storage (sqlite3.c, fts5_index.c): the `_data` table holds the averages record (id 1),
// the structure record (id 10) and the pages of each segment, at ids that carry the segment's
// number above bit 37; `_idx` maps each segment's first terms to its pages, and `_docsize` holds
// each row's token counts. A segment's pages name no other segment, so one moves to another
// index by adding a multiple of 2^37 to its ids and listing it in that index's structure record.
const AVERAGES_ID = 1n;
const STRUCTURE_ID = 10n;
const SEGMENT_SHIFT = 37n;
const MAX_SEGMENT = 65_535;
// A structure record whose segments carry tombstone fields (contentless_delete, secure-delete) starts so.
const STRUCTURE_V2 = Buffer.from([0xff, 0x00, 0x00, 0x01]);

/** One segment of an FTS5 index: its number and its first and last page. */
export interface FullTextSegment {
  id: number;
  firstPage: number;
  lastPage: number;
}

/** An FTS5 structure record: the segments of each level, oldest first. */
export interface FullTextStructure {
  /** The configuration cookie: which version of the table's settings the index was written with. */
  cookie: number;
  writeCounter: number;
  levels: { merging: number; segments: FullTextSegment[] }[];
}

/**
 * Copies the full-text tables of part files (each built like the index's own, over distinct
 * rows; their rowids may interleave, as FTS5 reads every segment of a level in rowid order
 * whatever range each holds) into the index's empty ones, one part at a time, as if one table
 * had been filled with all their rows: the segments are renumbered where numbers clash and
 * listed, level by level, in one structure record; the row counts and token totals that bm25
 * ranks by are summed. Nothing is read back or merged again, so a copy costs what copying the
 * pages costs, and a build copies its first part while the last is still being built. The terms
 * table is filled from each part's (storePartTerms) once all are in: a word's document count is
 * the sum of its counts in the parts, whose rows are distinct. `db` must not have used the
 * full-text tables (FTS5 keeps a connection's view of a table's structure in memory), nor be
 * used for anything else until close().
 */
export class FullTextMerge {
  private readonly schemas: string[] = [];

  constructor(private readonly db: Database.Database) {
    // Shadow tables are read-only to SQL in SQLite's defensive mode, which better-sqlite3 turns on.
    db.unsafeMode(true);
  }

  /** Copies in the full-text tables of the part file `file`, in one transaction. */
  add(file: string): void {
    const schema = `part${this.schemas.length}`;
    this.db.prepare(`ATTACH ? AS ${schema}`).run(file);
    this.schemas.push(schema);
    const first = this.schemas.length === 1;
    this.db.transaction(() => {
      for (const table of FULL_TEXT_TABLES) copyTable(this.db, table, schema, first);
    })();
  }

  /** Fills the terms table from the parts copied in. */
  finish(): void {
    this.db.transaction(() => mergeTerms(this.db, this.schemas))();
  }

  /** Lets go of the part files; the connection is the caller's again. */
  close(): void {
    this.db.unsafeMode(false);
    for (const schema of this.schemas.splice(0)) this.db.exec(`DETACH ${schema}`);
  }
}

// Adds the segments of `table` in `schema` to the index's (emptied first for the `first` part).
function copyTable(db: Database.Database, table: string, schema: string, first: boolean): void {
  const block = (from: string, id: bigint): Buffer => {
    const found = db.prepare(`SELECT block FROM ${from}.${table}_data WHERE id = ?`).pluck().get(id);
    if (!Buffer.isBuffer(found)) throw new Error(`${table} in ${from} has no record ${id}`);
    return found;
  };
  const target = decodeStructure(block('main', STRUCTURE_ID));
  const merged: FullTextStructure = first ? { cookie: target.cookie, writeCounter: 0, levels: [] } : target;
  const used = new Set(merged.levels.flatMap((level) => level.segments.map((segment) => segment.id)));
  if (first)
    db.exec(
      `DELETE FROM main.${table}_data WHERE id > ${STRUCTURE_ID}; DELETE FROM main.${table}_idx; DELETE FROM main.${table}_docsize;`,
    );
  const part = decodeStructure(block(schema, STRUCTURE_ID));
  merged.writeCounter += part.writeCounter;
  const partTotals = decodeVarints(block(schema, AVERAGES_ID));
  const totals = first
    ? partTotals
    : decodeVarints(block('main', AVERAGES_ID)).map((total, index) => total + (partTotals[index] ?? 0));
  const pages = db.prepare(
    `INSERT INTO main.${table}_data (id, block) SELECT id + ?, block FROM ${schema}.${table}_data WHERE id >= ? AND id < ? ORDER BY id`,
  );
  const terms = db.prepare(
    `INSERT INTO main.${table}_idx (segid, term, pgno) SELECT ?, term, pgno FROM ${schema}.${table}_idx WHERE segid = ?`,
  );
  for (const [depth, level] of part.levels.entries()) {
    // A merge under way spans several segments of a level; an optimized part has none.
    if (level.merging !== 0) throw new Error(`${table} in ${schema} is in the middle of a merge`);
    merged.levels[depth] ??= { merging: 0, segments: [] };
    for (const segment of level.segments) {
      const id = used.has(segment.id) ? freeSegmentId(used) : segment.id;
      used.add(id);
      const firstId = BigInt(segment.id) << SEGMENT_SHIFT;
      pages.run((BigInt(id) - BigInt(segment.id)) << SEGMENT_SHIFT, firstId, firstId + (1n << SEGMENT_SHIFT));
      terms.run(BigInt(id), BigInt(segment.id));
      merged.levels[depth]!.segments.push({ ...segment, id });
    }
  }
  db.exec(`INSERT INTO main.${table}_docsize (id, sz) SELECT id, sz FROM ${schema}.${table}_docsize ORDER BY id`);
  db.prepare(`UPDATE main.${table}_data SET block = ? WHERE id = ?`).run(encodeStructure(merged), STRUCTURE_ID);
  db.prepare(`INSERT OR REPLACE INTO main.${table}_data (id, block) VALUES (?, ?)`).run(
    AVERAGES_ID,
    encodeVarints(totals),
  );
}

/** Stores in a part's file the document count of each word of its `fts` table, for FullTextMerge. */
export function storePartTerms(db: Database.Database): void {
  db.exec(`
    CREATE VIRTUAL TABLE temp.vocab USING fts5vocab(main, fts, 'row');
    CREATE TABLE part_terms AS SELECT term, doc FROM temp.vocab;
    DROP TABLE temp.vocab;
  `);
}

// The same rows storeAllTerms (index-writes.ts) gives from the merged table, without reading it again.
function mergeTerms(db: Database.Database, schemas: readonly string[]): void {
  const parts = schemas.map((schema) => `SELECT term, doc FROM ${schema}.part_terms`).join(' UNION ALL ');
  db.exec(`
    DELETE FROM main.terms;
    INSERT INTO main.terms (term, docs, len) SELECT term, sum(doc), length(term) FROM (${parts}) GROUP BY term ORDER BY term;
  `);
}

function freeSegmentId(used: ReadonlySet<number>): number {
  for (let id = 1; id <= MAX_SEGMENT; id += 1) if (!used.has(id)) return id;
  throw new Error('no free full-text segment number');
}

/** Reads an FTS5 structure record (the version without tombstones, which these tables write). */
export function decodeStructure(record: Buffer): FullTextStructure {
  if (record.length < 4 || record.subarray(4, 8).equals(STRUCTURE_V2))
    throw new Error('unexpected full-text structure record');
  const values = decodeVarints(record.subarray(4));
  let next = 0;
  const take = (): number => {
    const value = values[next++];
    if (value === undefined) throw new Error('truncated full-text structure record');
    return value;
  };
  const levelCount = take();
  const segmentCount = take();
  const structure: FullTextStructure = { cookie: record.readUInt32BE(0), writeCounter: take(), levels: [] };
  for (let level = 0; level < levelCount; level += 1) {
    const merging = take();
    const segments = Array.from({ length: take() }, () => ({ id: take(), firstPage: take(), lastPage: take() }));
    structure.levels.push({ merging, segments });
  }
  if (
    next !== values.length ||
    structure.levels.reduce((sum, level) => sum + level.segments.length, 0) !== segmentCount
  )
    throw new Error('inconsistent full-text structure record');
  return structure;
}

/** Writes an FTS5 structure record as FTS5 does (fts5StructureWrite). */
export function encodeStructure(structure: FullTextStructure): Buffer {
  const cookie = Buffer.alloc(4);
  cookie.writeUInt32BE(structure.cookie);
  const values = [
    structure.levels.length,
    structure.levels.reduce((sum, level) => sum + level.segments.length, 0),
    structure.writeCounter,
  ];
  for (const level of structure.levels) {
    values.push(level.merging, level.segments.length);
    for (const segment of level.segments) values.push(segment.id, segment.firstPage, segment.lastPage);
  }
  return Buffer.concat([cookie, encodeVarints(values)]);
}

// SQLite's variable-length integers: 7 bits a byte, most significant first, the high bit set on
// every byte but the last (a ninth byte, never reached by these values, would carry 8 bits).
function decodeVarints(bytes: Buffer): number[] {
  const values: number[] = [];
  let value = 0;
  let length = 0;
  for (const byte of bytes) {
    if (length === 8) throw new Error('full-text record value out of range');
    value = value * 128 + (byte & 0x7f);
    length += 1;
    if (byte < 0x80) {
      values.push(value);
      value = 0;
      length = 0;
    }
  }
  if (length !== 0) throw new Error('truncated full-text record');
  return values;
}

function encodeVarints(values: readonly number[]): Buffer {
  const bytes: number[] = [];
  for (const value of values) {
    if (!Number.isSafeInteger(value) || value < 0) throw new Error(`full-text record value out of range: ${value}`);
    const groups: number[] = [];
    for (let rest = value; ; rest = Math.floor(rest / 128)) {
      groups.unshift(rest % 128);
      if (rest < 128) break;
    }
    for (const [index, group] of groups.entries()) bytes.push(index < groups.length - 1 ? group | 0x80 : group);
  }
  return Buffer.from(bytes);
}
