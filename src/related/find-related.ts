import type Database from 'better-sqlite3';
import type { Release } from '../bundle/types.js';
import { releaseBodyText } from '../index/release-text.js';
import type { ReleaseRow } from '../model/release-row.js';
import { tokenize } from '../search/highlight.js';

/** A release related to another, with why. */
export interface RelatedRelease {
  row: ReleaseRow;
  /** 0–2: the taxonomy share (0–1) plus the text likeness (0–1), rounded to hundredths. */
  score: number;
  /** Taxonomy ids both releases have (sources, fields, countries, mentions). */
  shared: string[];
}

/** The related list of one release. */
export interface RelatedList {
  /** The release's distinctive words the text likeness was measured on. */
  words: string[];
  related: RelatedRelease[];
}

/** What findRelated reads: the index and the catalog's figures. */
export interface RelatedSource {
  readonly index: { readonly db: Database.Database; rowsByOrd(ords: number[]): Map<number, ReleaseRow> };
  readonly totalReleases: number;
  entityCount(id: string): number;
}

// The newest releases of one entry that are considered: an entry with more releases than this
// is so common that sharing it says little, and among equals the newest come first anyway.
const PER_ENTRY = 1000;
// The release's rarest words that the text likeness is measured on.
const WORDS = 12;
// Text candidates taken from the full-text ranking, and the newest matches ranked to find them.
const TEXT_CANDIDATES = 60;
const TEXT_SCAN = 500;

/**
 * The releases most related to `release`: those sharing its taxonomy entries (each weighted by
 * how rare the entry is) and its distinctive words (FTS5 bm25 over its rarest terms). Equal
 * scores list the newest first; the release itself is never listed. Reads only the index.
 */
export function findRelated(source: RelatedSource, release: Release, limit = 20): RelatedList {
  const db = source.index.db;
  const self = db.prepare('SELECT ord FROM releases WHERE id = ?').pluck().get(release.id) as number | undefined;
  const total = Math.max(1, source.totalReleases);
  const entries = [...new Set([...release.sources, ...release.fields, ...release.countries, ...release.mentions])];
  const weights = new Map(entries.map((id) => [id, Math.log(1 + total / Math.max(1, source.entityCount(id)))]));
  const allWeight = [...weights.values()].reduce((sum, weight) => sum + weight, 0);

  const taxonomy = new Map<number, { weight: number; shared: string[] }>();
  const newestOf = db.prepare('SELECT ord FROM links WHERE entity = ? ORDER BY ord LIMIT ?').pluck();
  for (const id of entries) {
    for (const ord of newestOf.all(id, PER_ENTRY) as number[]) {
      if (ord === self) continue;
      const seen = taxonomy.get(ord) ?? { weight: 0, shared: [] };
      seen.weight += weights.get(id)!;
      seen.shared.push(id);
      taxonomy.set(ord, seen);
    }
  }

  const words = distinctiveWords(db, release, total);
  const text = new Map<number, number>();
  if (words.length > 0) {
    const match = words.map((word) => `"${word}"`).join(' OR ');
    // Ranked among the newest matches only (the full-text index walks newest first): ranking
    // every match of twelve words costs far too much on a large archive, and among equals the
    // newest come first anyway.
    const scanned = db
      .prepare('SELECT rowid AS ord, bm25(fts) AS rank FROM fts WHERE fts MATCH ? LIMIT ?')
      .all(match, TEXT_SCAN) as { ord: number; rank: number }[];
    const others = scanned.filter((hit) => hit.ord !== self).sort((a, b) => a.rank - b.rank || a.ord - b.ord);
    // bm25 is negative, better the lower; the best other release counts 1.
    const best = Math.min(0, ...others.map((hit) => hit.rank));
    for (const hit of others.slice(0, TEXT_CANDIDATES)) text.set(hit.ord, best < 0 ? hit.rank / best : 0);
  }

  const scored = [...new Set([...taxonomy.keys(), ...text.keys()])].map((ord) => {
    const share = allWeight > 0 ? (taxonomy.get(ord)?.weight ?? 0) / allWeight : 0;
    return { ord, score: Math.round((share + (text.get(ord) ?? 0)) * 100) / 100 };
  });
  // Ords are list positions: the lower, the newer.
  scored.sort((a, b) => b.score - a.score || a.ord - b.ord);
  const top = scored.slice(0, Math.max(0, limit));
  const rows = source.index.rowsByOrd(top.map((item) => item.ord));
  return {
    words,
    related: top.flatMap((item) => {
      const row = rows.get(item.ord);
      return row ? [{ row, score: item.score, shared: taxonomy.get(item.ord)?.shared ?? [] }] : [];
    }),
  };
}

/**
 * The release's rarest words that other releases have too: a word only it has relates it to
 * nothing, and a word most releases have says nothing. Rarest first.
 */
function distinctiveWords(db: Database.Database, release: Release, total: number): string[] {
  const tokens = new Set(tokenize(`${release.title}\n${releaseBodyText(release)}`).filter((word) => word.length >= 3));
  const common = Math.max(2, Math.floor(total * 0.05));
  const counted = db
    .prepare(
      'SELECT term AS word, docs FROM terms WHERE term IN (SELECT value FROM json_each(?)) AND docs BETWEEN 2 AND ?',
    )
    .all(JSON.stringify([...tokens]), common) as { word: string; docs: number }[];
  counted.sort((a, b) => a.docs - b.docs || b.word.length - a.word.length || a.word.localeCompare(b.word));
  return counted.slice(0, WORDS).map((item) => item.word);
}
