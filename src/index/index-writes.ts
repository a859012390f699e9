import type Database from 'better-sqlite3';
import { WHOLE_COLLECTION } from './entity-facets.js';
import type { FullText, IndexedRelease } from './indexed-release.js';
import { FTS_TOKENIZER } from './schema.js';

/**
 * The row-level writes of the index, shared by the full build and the incremental update so
 * both store a release the same way.
 */
export class IndexWriter {
  private readonly insertRelease: Database.Statement;
  private readonly insertLink: Database.Statement;
  private readonly insertRole: Database.Statement;
  private readonly insertText: Database.Statement;
  private readonly insertTitle: Database.Statement;

  constructor(private readonly db: Database.Database) {
    this.insertRelease = db.prepare(
      `INSERT INTO releases (ord, id, sort_key, year, iso, type_key, row_json, segment, line_offset, line_length)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.insertLink = db.prepare('INSERT OR IGNORE INTO links (entity, ord) VALUES (?, ?)');
    this.insertRole = db.prepare('INSERT OR IGNORE INTO roles (ord, role, entity) VALUES (?, ?, ?)');
    this.insertText = db.prepare('INSERT INTO fts (rowid, title, body) VALUES (?, ?, ?)');
    this.insertTitle = db.prepare('INSERT INTO fts_title (rowid, title) VALUES (?, ?)');
  }

  /** Stores a release's row, links and roles at list position `ord` (a full build stores them by SQL: ReleaseStage.storeRows). */
  addRow(item: IndexedRelease, ord: number): void {
    this.insertRelease.run(
      ord,
      item.id,
      item.sortKey,
      item.year,
      item.iso,
      item.typeKey,
      item.rowJson,
      item.segment,
      item.offset,
      item.length,
    );
    for (const [role, entity] of item.roles) this.insertRole.run(ord, role, entity);
    for (const entity of item.links) this.insertLink.run(entity, ord);
  }

  /** Stores a release's full text under `ord` (the FTS rowid). */
  addText(ord: number, text: FullText): void {
    this.insertText.run(ord, text.title, text.body);
    this.insertTitle.run(ord, text.title);
  }

  /** Removes the release at `ord`; `text` must be what was inserted (FTS5 contentless delete). */
  remove(item: IndexedRelease, ord: number, text: FullText): void {
    this.db.prepare('DELETE FROM releases WHERE ord = ?').run(ord);
    const deleteLink = this.db.prepare('DELETE FROM links WHERE entity = ? AND ord = ?');
    for (const entity of item.links) deleteLink.run(entity, ord);
    this.db.prepare('DELETE FROM roles WHERE ord = ?').run(ord);
    this.db
      .prepare("INSERT INTO fts (fts, rowid, title, body) VALUES ('delete', ?, ?, ?)")
      .run(ord, text.title, text.body);
    this.db.prepare("INSERT INTO fts_title (fts_title, rowid, title) VALUES ('delete', ?, ?)").run(ord, text.title);
  }
}

/**
 * Adds (`sign` 1) or takes away (-1) releases' contributions to the stored counts: entity
 * counts, entity facets and type spellings. Counts that reach zero are removed, so an index
 * updated this way holds the same rows as one built afresh.
 */
export function adjustCounts(db: Database.Database, changes: readonly { item: IndexedRelease; sign: 1 | -1 }[]): void {
  const entityCounts = new Map<string, number>();
  const facets = new Map<string, number>();
  const spellings = new Map<string, number>();
  const add = (map: Map<string, number>, key: string, sign: number): void => {
    map.set(key, (map.get(key) ?? 0) + sign);
  };
  for (const { item, sign } of changes) {
    const pairs = new Set<string>();
    if (item.year !== null) pairs.add(JSON.stringify(['year', String(item.year)]));
    pairs.add(JSON.stringify(['type', item.typeKey]));
    for (const [role, id] of item.roles) pairs.add(JSON.stringify([role, id]));
    for (const entity of [WHOLE_COLLECTION, ...item.links]) {
      if (entity !== WHOLE_COLLECTION) add(entityCounts, entity, sign);
      for (const pair of pairs) add(facets, JSON.stringify([entity, ...(JSON.parse(pair) as string[])]), sign);
    }
    add(spellings, JSON.stringify([item.typeKey, item.typeLabel]), sign);
  }
  const upsertCount = db.prepare(
    'INSERT INTO entity_counts (entity, count) VALUES (?, ?) ON CONFLICT (entity) DO UPDATE SET count = count + excluded.count',
  );
  const dropCount = db.prepare('DELETE FROM entity_counts WHERE entity = ? AND count <= 0');
  for (const [entity, delta] of entityCounts) {
    if (delta !== 0) upsertCount.run(entity, delta);
    if (delta < 0) dropCount.run(entity);
  }
  const upsertFacet = db.prepare(
    `INSERT INTO entity_facets (entity, facet, key, count) VALUES (?, ?, ?, ?)
     ON CONFLICT (entity, facet, key) DO UPDATE SET count = count + excluded.count`,
  );
  const dropFacet = db.prepare('DELETE FROM entity_facets WHERE entity = ? AND facet = ? AND key = ? AND count <= 0');
  for (const [key, delta] of facets) {
    const [entity, facet, value] = JSON.parse(key) as [string, string, string];
    if (delta !== 0) upsertFacet.run(entity, facet, value, delta);
    if (delta < 0) dropFacet.run(entity, facet, value);
  }
  const upsertSpelling = db.prepare(
    'INSERT INTO type_spellings (key, label, count) VALUES (?, ?, ?) ON CONFLICT (key, label) DO UPDATE SET count = count + excluded.count',
  );
  const touchedTypes = new Set<string>();
  for (const [key, delta] of spellings) {
    const [typeKey, label] = JSON.parse(key) as [string, string];
    touchedTypes.add(typeKey);
    if (delta !== 0) upsertSpelling.run(typeKey, label, delta);
  }
  db.exec('DELETE FROM type_spellings WHERE count <= 0');
  refreshTypes(db, [...touchedTypes]);
}

/**
 * Sets the types table from type_spellings for these keys (all when undefined): a type's count
 * is the sum of its spellings, its label the most common spelling (ties: the first by code point).
 */
export function refreshTypes(db: Database.Database, keys?: readonly string[]): void {
  const select = `SELECT key, label, total FROM (
      SELECT key, label, sum(count) OVER (PARTITION BY key) AS total,
             row_number() OVER (PARTITION BY key ORDER BY count DESC, label) AS place
      FROM type_spellings ${keys ? 'WHERE key IN (SELECT value FROM json_each(?))' : ''}
    ) WHERE place = 1`;
  if (keys) {
    db.prepare('DELETE FROM types WHERE key IN (SELECT value FROM json_each(?))').run(JSON.stringify(keys));
    db.prepare(`INSERT INTO types (key, label, count) ${select}`).run(JSON.stringify(keys));
  } else {
    db.exec(`DELETE FROM types; INSERT INTO types (key, label, count) ${select}`);
  }
}

/** Fills the terms table from the full-text index, for every term. */
export function storeAllTerms(db: Database.Database): void {
  db.exec(`
    CREATE VIRTUAL TABLE temp.vocab USING fts5vocab(main, fts, 'row');
    DELETE FROM terms;
    INSERT INTO terms (term, docs, len) SELECT term, doc, length(term) FROM temp.vocab;
    DROP TABLE temp.vocab;
  `);
}

/**
 * Brings the terms table up to date after texts were added and removed: each side is tokenized
 * by a scratch FTS5 table with the same tokenizer, whose vocabulary says in how many of those
 * texts each word occurs, and the stored counts move by the difference. Nothing of the main
 * full-text index is read, so this costs what changed, not the size of the archive.
 */
export function refreshTerms(db: Database.Database, added: readonly FullText[], removed: readonly FullText[]): void {
  if (added.length === 0 && removed.length === 0) return;
  db.exec(`
    CREATE VIRTUAL TABLE temp.added_text USING fts5(title, body, content='', tokenize='${FTS_TOKENIZER}');
    CREATE VIRTUAL TABLE temp.added_vocab USING fts5vocab(temp, added_text, 'row');
    CREATE VIRTUAL TABLE temp.removed_text USING fts5(title, body, content='', tokenize='${FTS_TOKENIZER}');
    CREATE VIRTUAL TABLE temp.removed_vocab USING fts5vocab(temp, removed_text, 'row');
  `);
  try {
    const addText = db.prepare('INSERT INTO temp.added_text (title, body) VALUES (?, ?)');
    for (const text of added) addText.run(text.title, text.body);
    const removeText = db.prepare('INSERT INTO temp.removed_text (title, body) VALUES (?, ?)');
    for (const text of removed) removeText.run(text.title, text.body);
    db.exec(`
      INSERT INTO terms (term, docs, len) SELECT term, doc, length(term) FROM temp.added_vocab WHERE true
        ON CONFLICT (term) DO UPDATE SET docs = docs + excluded.docs;
      UPDATE terms SET docs = terms.docs - removed.doc FROM temp.removed_vocab AS removed WHERE terms.term = removed.term;
      DELETE FROM terms WHERE term IN (SELECT term FROM temp.removed_vocab) AND docs <= 0;
    `);
  } finally {
    db.exec(
      'DROP TABLE temp.added_vocab; DROP TABLE temp.added_text; DROP TABLE temp.removed_vocab; DROP TABLE temp.removed_text;',
    );
  }
}
