import type Database from 'better-sqlite3';

/** Bumped whenever the tables or what goes into them change; an index of another version is rebuilt. */
export const INDEX_SCHEMA_VERSION = 8;

/**
 * Tables of the derived index. `ord` is the release's place in list order, and it is also the
 * FTS rowid: walking the full-text index in rowid order is walking it newest first, so a search
 * can stop after the first page of hits instead of ranking every match. Ords are spaced out
 * (see list-keys.ts) so releases added later slot in between without renumbering the rest.
 */
export function createIndexSchema(db: Database.Database): void {
  db.exec(`
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
    -- The release files applied, with the fingerprint each had when it was read.
    CREATE TABLE segments (
      sequence INTEGER PRIMARY KEY,
      name TEXT NOT NULL,
      size INTEGER NOT NULL,
      ino INTEGER NOT NULL,
      ctime_ms REAL NOT NULL,
      digest TEXT NOT NULL,
      problems INTEGER NOT NULL,
      first_problem TEXT
    );
    -- Every problem of each applied release file, as a JSON array of Problems (osce-tui stats).
    CREATE TABLE segment_problems (sequence INTEGER PRIMARY KEY, problems TEXT NOT NULL);
    CREATE TABLE releases (
      ord INTEGER PRIMARY KEY,
      id TEXT NOT NULL UNIQUE,
      -- List order as text (see listSortKey): where a release added later goes.
      sort_key TEXT NOT NULL,
      year INTEGER,
      iso TEXT,
      type_key TEXT NOT NULL,
      row_json TEXT NOT NULL,
      -- Where the release's line is: the release file (segments.sequence) and its byte range.
      segment INTEGER NOT NULL,
      line_offset INTEGER NOT NULL,
      line_length INTEGER NOT NULL
    );
    -- Every taxonomy id a release is linked to, ancestors included: filters and entity counts.
    CREATE TABLE links (entity TEXT NOT NULL, ord INTEGER NOT NULL, PRIMARY KEY (entity, ord)) WITHOUT ROWID;
    -- Direct metadata values only (source, field, country): facet counts.
    CREATE TABLE roles (ord INTEGER NOT NULL, role TEXT NOT NULL, entity TEXT NOT NULL, PRIMARY KEY (ord, role, entity)) WITHOUT ROWID;
    CREATE TABLE entity_counts (entity TEXT PRIMARY KEY, count INTEGER NOT NULL) WITHOUT ROWID;
    -- Per entry ('' = all releases): releases per year, type and direct source, field and
    -- country (facet 'year', 'type', or the role). See entity-facets.ts.
    CREATE TABLE entity_facets (
      entity TEXT NOT NULL, facet TEXT NOT NULL, key TEXT NOT NULL, count INTEGER NOT NULL,
      PRIMARY KEY (entity, facet, key)
    ) WITHOUT ROWID;
    -- Each spelling of each content type with its count; types holds the most common one.
    CREATE TABLE type_spellings (key TEXT NOT NULL, label TEXT NOT NULL, count INTEGER NOT NULL, PRIMARY KEY (key, label)) WITHOUT ROWID;
    CREATE TABLE types (key TEXT PRIMARY KEY, label TEXT NOT NULL, count INTEGER NOT NULL) WITHOUT ROWID;
    -- The full-text vocabulary with document counts, for typo tolerance (fts5vocab is too slow to scan per keystroke).
    CREATE TABLE terms (term TEXT PRIMARY KEY, docs INTEGER NOT NULL, len INTEGER NOT NULL) WITHOUT ROWID;
  `);
  createFullTextTables(db);
}

/** The full-text tables, which every writer of them creates alike (a build's threads fill copies of them). */
export const FULL_TEXT_TABLES = ['fts', 'fts_title'] as const;

/**
 * Creates the full-text tables. A threaded build fills them in files of their own and copies
 * their content in (full-text-merge.ts), which needs the very same definitions.
 */
export function createFullTextTables(db: Database.Database): void {
  db.exec(`
    -- No prefix index: it doubles the build time; a word being typed is expanded through the
    -- terms table to its most frequent completions instead (see createVocabulary).
    CREATE VIRTUAL TABLE fts USING fts5(title, body, content='', tokenize='${FTS_TOKENIZER}');
    -- Titles alone again: finding title hits here reads short doclists instead of filtering
    -- every body hit by column, which is what keeps "title hits first" cheap at 200,000.
    CREATE VIRTUAL TABLE fts_title USING fts5(title, content='', tokenize='${FTS_TOKENIZER}');
  `);
}

/** The tokenizer of both full-text tables; the vocabulary update tokenizes with it too. */
export const FTS_TOKENIZER = 'unicode61 remove_diacritics 2';

/** Indexes created after the bulk load, which is faster than maintaining them row by row. */
export function createSecondaryIndexes(db: Database.Database): void {
  db.exec(`
    CREATE INDEX releases_year ON releases (year, ord);
    CREATE INDEX releases_type ON releases (type_key, ord);
    CREATE INDEX releases_iso ON releases (iso);
    CREATE INDEX releases_sort ON releases (sort_key);
    -- The ords alone, in order: stepping over the first N releases of the list reads this small
    -- index rather than every row before them.
    CREATE INDEX releases_ord ON releases (ord);
    -- The summaries alone (a row's JSON says "summary":true, never inside a string, where quotes
    -- are escaped): osce-tui stats counts them from this small index, kept by every update.
    CREATE INDEX releases_summary ON releases (ord) WHERE instr(row_json, '"summary":true') > 0;
  `);
}
