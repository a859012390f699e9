import type Database from 'better-sqlite3';
import { openDatabase } from './open-database.js';
import { join } from 'node:path';
import { RELEASES_FILE } from '../bundle/bundle-files.js';
import type { Release } from '../bundle/types.js';
import type { Taxonomy } from '../taxonomy/taxonomy.js';
import { foldText } from '../text/fold.js';
import { LineReader, readLocatedReleases } from './release-lines.js';
import { compareListOrder, indexableText, releaseBodyText, releaseRowOf, releaseYear, sanitizeRelease, typeKey } from './release-text.js';
import { storeEntityFacets } from './entity-facets.js';
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

// Relative cost of the passes, so the progress bar moves evenly.
const READ_WEIGHT = 3;
const STORE_WEIGHT = 1;
const TEXT_WEIGHT = 6;
const BATCH = 500;

/** What the first pass keeps of a release: small, so 200,000 of them fit in memory. */
interface Pending {
  iso: string | null;
  titleKey: string;
  id: string;
  year: number | null;
  typeKey: string;
  rowJson: string;
  offset: number;
  length: number;
  links: string[];
  roles: [string, string][];
}

/**
 * Builds the derived index into `file` (a fresh path: the caller renames it into place).
 * One validating pass over releases.jsonl keeps each release's row, links and byte range; the
 * rows are then stored in list order, and the full text is fed to FTS5 in that order too (read
 * back by byte range), because FTS5 loads fastest when rowids ascend, and rowid order then means
 * "newest first". Article bodies stay in the bundle: the index points at them.
 */
export async function buildIndex(file: string, source: IndexSource, onProgress?: ProgressCallback): Promise<Database.Database> {
  const progress = createProgress(source.expectedReleases, onProgress);
  const releasesFile = join(source.bundleDir, RELEASES_FILE);
  const closure = ancestorClosure(source.taxonomy);
  const isKnownId = (id: string): boolean => source.taxonomy.get(id) !== undefined;

  const pending: Pending[] = [];
  for await (const { release: raw, offset, length } of readLocatedReleases(releasesFile, isKnownId)) {
    const release = sanitizeRelease(raw);
    const linked = new Set<string>();
    for (const id of [...release.sources, ...release.fields, ...release.countries, ...release.mentions]) {
      for (const entity of closure(id)) linked.add(entity);
    }
    pending.push({
      iso: release.date.iso,
      titleKey: foldText(release.title),
      id: release.id,
      year: releaseYear(release),
      typeKey: typeKey(release.type),
      rowJson: JSON.stringify(releaseRowOf(release)),
      offset,
      length,
      links: [...linked],
      roles: [
        ...release.sources.map((id): [string, string] => ['source', id]),
        ...release.fields.map((id): [string, string] => ['field', id]),
        ...release.countries.map((id): [string, string] => ['country', id]),
      ],
    });
    progress.step(READ_WEIGHT);
  }
  pending.sort(compareListOrder);
  progress.resize(pending.length);

  const db = openDatabase(file);
  db.pragma('journal_mode = OFF');
  db.pragma('synchronous = OFF');
  db.pragma('cache_size = -65536');
  createIndexSchema(db);
  storeRows(db, pending, progress);
  const lines = new LineReader(releasesFile);
  try {
    insertFullText(db, pending, lines, progress);
  } finally {
    lines.close();
  }
  createSecondaryIndexes(db);
  storeSummaries(db);
  storeEntityFacets(db, pending);
  const setMeta = db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)');
  for (const [key, value] of Object.entries({ ...source.meta, releases: String(pending.length) })) setMeta.run(key, value);
  progress.finish();
  return db;
}

function ancestorClosure(taxonomy: Taxonomy): (id: string) => string[] {
  const cache = new Map<string, string[]>();
  return (id) => {
    let ids = cache.get(id);
    if (!ids) {
      ids = [id, ...taxonomy.ancestors(id).map((entry) => entry.id)];
      cache.set(id, ids);
    }
    return ids;
  };
}

function storeRows(db: Database.Database, pending: Pending[], progress: Progress): void {
  const insertRelease = db.prepare(
    'INSERT INTO releases (ord, id, year, iso, type_key, row_json, line_offset, line_length) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const insertLink = db.prepare('INSERT OR IGNORE INTO links (entity, ord) VALUES (?, ?)');
  const insertRole = db.prepare('INSERT OR IGNORE INTO roles (ord, role, entity) VALUES (?, ?, ?)');
  const storeBatch = db.transaction((from: number, to: number) => {
    for (let index = from; index < to; index += 1) {
      const item = pending[index]!;
      const ord = index + 1;
      insertRelease.run(ord, item.id, item.year, item.iso, item.typeKey, item.rowJson, item.offset, item.length);
      for (const entity of item.links) insertLink.run(entity, ord);
      for (const [role, entity] of item.roles) insertRole.run(ord, role, entity);
    }
  });
  for (let from = 0; from < pending.length; from += BATCH) {
    const to = Math.min(pending.length, from + BATCH);
    storeBatch(from, to);
    progress.step(STORE_WEIGHT * (to - from));
  }
}

function insertFullText(db: Database.Database, pending: Pending[], lines: LineReader, progress: Progress): void {
  const insert = db.prepare('INSERT INTO fts (rowid, title, body) VALUES (?, ?, ?)');
  const insertTitle = db.prepare('INSERT INTO fts_title (rowid, title) VALUES (?, ?)');
  const insertBatch = db.transaction((from: number, to: number) => {
    for (let index = from; index < to; index += 1) {
      const item = pending[index]!;
      const text = lines.read(item.offset, item.length);
      if (text === undefined) throw new Error(`${RELEASES_FILE} changed while the index was being built`);
      // Validated in the first pass; only the text is needed now.
      const release = JSON.parse(text.replace(/^\uFEFF/, '')) as Partial<Release>;
      const title = indexableText(release.title ?? '');
      insert.run(index + 1, title, indexableText(releaseBodyText({ body: release.body ?? [], notes: release.notes ?? [] })));
      insertTitle.run(index + 1, title);
    }
  });
  for (let from = 0; from < pending.length; from += BATCH) {
    const to = Math.min(pending.length, from + BATCH);
    insertBatch(from, to);
    progress.step(TEXT_WEIGHT * (to - from));
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
  const perRelease = READ_WEIGHT + STORE_WEIGHT + TEXT_WEIGHT;
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
