import type Database from 'better-sqlite3';

/** Bumped whenever the tables or what goes into them change; an index of another version is rebuilt. */
export const INDEX_SCHEMA_VERSION = 6;

/**
 * Tables of the derived index. `ord` is the release's place in list order (1 = newest), and it is
 * also the FTS rowid: walking the full-text index in rowid order is walking it newest first, so a
 * search can stop after the first page of hits instead of ranking every match.
 */
export function createIndexSchema(db: Database.Database): void {
  db.exec(`
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
    CREATE TABLE releases (
      ord INTEGER PRIMARY KEY,
      id TEXT NOT NULL UNIQUE,
      year INTEGER,
      iso TEXT,
      type_key TEXT NOT NULL,
      row_json TEXT NOT NULL,
      -- Where the release's line is in releases.jsonl: the article is read from the bundle.
      line_offset INTEGER NOT NULL,
      line_length INTEGER NOT NULL
    );
    -- Every taxonomy id a release is linked to, ancestors included: filters and entity counts.
    CREATE TABLE links (entity TEXT NOT NULL, ord INTEGER NOT NULL, PRIMARY KEY (entity, ord)) WITHOUT ROWID;
    -- Direct metadata values only (source, field, country): facet counts.
    CREATE TABLE roles (ord INTEGER NOT NULL, role TEXT NOT NULL, entity TEXT NOT NULL, PRIMARY KEY (ord, role, entity)) WITHOUT ROWID;
    CREATE TABLE entity_counts (entity TEXT PRIMARY KEY, count INTEGER NOT NULL) WITHOUT ROWID;
    -- Per entry ('' = all releases): releases per year, type and direct source, field and
    -- country (facet 'year', 'type', or the role). See storeEntityFacets.
    CREATE TABLE entity_facets (
      entity TEXT NOT NULL, facet TEXT NOT NULL, key TEXT NOT NULL, count INTEGER NOT NULL,
      PRIMARY KEY (entity, facet, key)
    ) WITHOUT ROWID;
    CREATE TABLE types (key TEXT PRIMARY KEY, label TEXT NOT NULL, count INTEGER NOT NULL) WITHOUT ROWID;
    -- The full-text vocabulary with document counts, for typo tolerance (fts5vocab is too slow to scan per keystroke).
    CREATE TABLE terms (term TEXT PRIMARY KEY, docs INTEGER NOT NULL, len INTEGER NOT NULL) WITHOUT ROWID;
    -- No prefix index: it doubles the build time; a word being typed is expanded through the
    -- terms table to its most frequent completions instead (see createVocabulary).
    CREATE VIRTUAL TABLE fts USING fts5(title, body, content='', tokenize='unicode61 remove_diacritics 2');
    -- Titles alone again: finding title hits here reads short doclists instead of filtering
    -- every body hit by column, which is what keeps "title hits first" cheap at 200,000.
    CREATE VIRTUAL TABLE fts_title USING fts5(title, content='', tokenize='unicode61 remove_diacritics 2');
  `);
}

/** Indexes created after the bulk load, which is faster than maintaining them row by row. */
export function createSecondaryIndexes(db: Database.Database): void {
  db.exec(`
    CREATE INDEX releases_year ON releases (year, ord);
    CREATE INDEX releases_type ON releases (type_key, ord);
    CREATE INDEX releases_iso ON releases (iso);
  `);
}
