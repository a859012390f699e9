import Database from 'better-sqlite3';
import type { Release } from '../bundle/types.js';
import type { Taxonomy } from '../taxonomy/taxonomy.js';
import { foldText } from '../text/fold.js';
import { readBundleReleases } from './bundle-source.js';
import { compareListOrder, indexableText, releaseBodyText, releaseRowOf, releaseYear, sanitizeRelease, typeKey } from './release-text.js';
import { createIndexSchema, createSecondaryIndexes } from './schema.js';

/** Reports build progress: `done` of `total` work units, `done` only grows and ends equal to `total`. */
export type ProgressCallback = (done: number, total: number) => void;

/** What the index is built from. */
export interface IndexSource {
  bundleDir: string;
  taxonomy: Taxonomy;
  /** Expected number of releases (manifest count), for progress before the file is read. */
  expectedReleases: number;
  /** Key/value pairs stored in the meta table; openIndex compares them to decide staleness. */
  meta: Record<string, string>;
}

// Relative cost of the three passes, so the progress bar moves evenly.
const SORT_WEIGHT = 1;
const STORE_WEIGHT = 2;
const TEXT_WEIGHT = 5;

/**
 * Builds the derived index into `file` (a fresh path: the caller renames it into place).
 * Three passes: read dates and titles to fix list order; store rows, links and facets under
 * that order; then feed the full-text index in order, because FTS5 loads fastest (and its
 * rowid order means "newest first") when rowids arrive ascending.
 */
export async function buildIndex(file: string, source: IndexSource, onProgress?: ProgressCallback): Promise<Database.Database> {
  const progress = createProgress(source.expectedReleases, onProgress);

  const keys: { iso: string | null; titleKey: string; id: string }[] = [];
  const seen = new Set<string>();
  const isKnownId = (id: string): boolean => source.taxonomy.get(id) !== undefined;
  for await (const release of readBundleReleases(source.bundleDir, isKnownId)) {
    if (seen.has(release.id)) continue; // the first copy wins, as in the bundle loader
    seen.add(release.id);
    keys.push({ iso: release.date.iso, titleKey: foldText(release.title), id: release.id });
    progress.step(SORT_WEIGHT);
  }
  keys.sort(compareListOrder);
  const ordById = new Map<string, number>();
  keys.forEach((key, index) => ordById.set(key.id, index + 1));
  progress.resize(keys.length);

  const db = new Database(file);
  db.pragma('journal_mode = OFF');
  db.pragma('synchronous = OFF');
  db.pragma('cache_size = -65536');
  createIndexSchema(db);
  await storeReleases(db, source, ordById, isKnownId, progress);
  insertFullText(db, progress);
  createSecondaryIndexes(db);
  storeSummaries(db);
  const setMeta = db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)');
  for (const [key, value] of Object.entries({ ...source.meta, releases: String(keys.length) })) setMeta.run(key, value);
  progress.finish();
  return db;
}

async function storeReleases(
  db: Database.Database,
  source: IndexSource,
  ordById: Map<string, number>,
  isKnownId: (id: string) => boolean,
  progress: Progress,
): Promise<void> {
  const insertRelease = db.prepare(
    'INSERT OR IGNORE INTO releases (ord, id, year, iso, type_key, row_json, release_json) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const insertLink = db.prepare('INSERT OR IGNORE INTO links (entity, ord) VALUES (?, ?)');
  const insertRole = db.prepare('INSERT OR IGNORE INTO roles (ord, role, entity) VALUES (?, ?, ?)');
  const ancestorIds = new Map<string, string[]>();
  const closure = (id: string): string[] => {
    let ids = ancestorIds.get(id);
    if (!ids) {
      ids = [id, ...source.taxonomy.ancestors(id).map((entry) => entry.id)];
      ancestorIds.set(id, ids);
    }
    return ids;
  };

  const storeBatch = db.transaction((batch: Release[]) => {
    for (const raw of batch) {
      const ord = ordById.get(raw.id);
      if (ord === undefined) continue;
      const release = sanitizeRelease(raw);
      const result = insertRelease.run(
        ord,
        release.id,
        releaseYear(release),
        release.date.iso,
        typeKey(release.type),
        JSON.stringify(releaseRowOf(release)),
        JSON.stringify(release),
      );
      if (result.changes === 0) continue; // a later duplicate of an id already stored
      const linked = new Set<string>();
      for (const id of [...release.sources, ...release.fields, ...release.countries, ...release.mentions]) {
        for (const entity of closure(id)) linked.add(entity);
      }
      for (const entity of linked) insertLink.run(entity, ord);
      for (const id of release.sources) insertRole.run(ord, 'source', id);
      for (const id of release.fields) insertRole.run(ord, 'field', id);
      for (const id of release.countries) insertRole.run(ord, 'country', id);
    }
  });

  let batch: Release[] = [];
  for await (const release of readBundleReleases(source.bundleDir, isKnownId)) {
    batch.push(release);
    if (batch.length === 500) {
      storeBatch(batch);
      progress.step(STORE_WEIGHT * batch.length);
      batch = [];
    }
  }
  storeBatch(batch);
  progress.step(STORE_WEIGHT * batch.length);
}

function insertFullText(db: Database.Database, progress: Progress): void {
  const insert = db.prepare('INSERT INTO fts (rowid, title, body) VALUES (?, ?, ?)');
  const insertTitle = db.prepare('INSERT INTO fts_title (rowid, title) VALUES (?, ?)');
  // Read in pages: better-sqlite3 allows no write while a read cursor is open.
  const page = db.prepare('SELECT ord, release_json FROM releases WHERE ord > ? ORDER BY ord LIMIT 500');
  const insertPage = db.transaction((rows: { ord: number; release_json: string }[]) => {
    for (const row of rows) {
      const release = JSON.parse(row.release_json) as Release;
      const title = indexableText(release.title);
      insert.run(row.ord, title, indexableText(releaseBodyText(release)));
      insertTitle.run(row.ord, title);
    }
  });
  let last = 0;
  for (;;) {
    const rows = page.all(last) as { ord: number; release_json: string }[];
    if (rows.length === 0) break;
    insertPage(rows);
    last = rows.at(-1)!.ord;
    progress.step(TEXT_WEIGHT * rows.length);
  }
  db.exec("INSERT INTO fts (fts) VALUES ('optimize'); INSERT INTO fts_title (fts_title) VALUES ('optimize');");
}

function storeSummaries(db: Database.Database): void {
  db.exec(`
    INSERT INTO entity_counts (entity, count) SELECT entity, count(*) FROM links GROUP BY entity;
    CREATE VIRTUAL TABLE temp.vocab USING fts5vocab(main, fts, 'row');
    INSERT INTO terms (term, docs, len) SELECT term, doc, length(term) FROM temp.vocab;
    DROP TABLE temp.vocab;
  `);
  // The label of a type is its most common spelling.
  const spellings = db
    .prepare(
      `SELECT type_key AS key, json_extract(row_json, '$.type') AS label, count(*) AS count
       FROM releases GROUP BY type_key, label ORDER BY count DESC`,
    )
    .all() as { key: string; label: string; count: number }[];
  const totals = new Map<string, { label: string; count: number }>();
  for (const spelling of spellings) {
    const total = totals.get(spelling.key);
    if (total) total.count += spelling.count;
    else totals.set(spelling.key, { label: spelling.label, count: spelling.count });
  }
  const insertType = db.prepare('INSERT INTO types (key, label, count) VALUES (?, ?, ?)');
  for (const [key, total] of totals) insertType.run(key, total.label, total.count);
}

interface Progress {
  step(units: number): void;
  resize(releases: number): void;
  finish(): void;
}

function createProgress(expectedReleases: number, onProgress?: ProgressCallback): Progress {
  const perRelease = SORT_WEIGHT + STORE_WEIGHT + TEXT_WEIGHT;
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
