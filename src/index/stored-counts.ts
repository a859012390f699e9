import type Database from 'better-sqlite3';
import type { StatsCounts } from '../bundle/bundle-stats.js';
import { WHOLE_COLLECTION } from './entity-facets.js';

/**
 * The release counts `osce-tui stats` shows, from what the index keeps up to date: each
 * spelling of a content type with its count (as sanitized when indexed), the whole
 * collection's releases per year (the rest of `total` have no known year) and the summaries'
 * own small index. A few small reads, whatever the size of the bundle.
 */
export function storedReleaseCounts(db: Database.Database, total: number): StatsCounts {
  const byType = new Map<string, number>();
  const spellings = db.prepare('SELECT label, count FROM type_spellings').all() as { label: string; count: number }[];
  for (const { label, count } of spellings) byType.set(label, (byType.get(label) ?? 0) + count);
  const byYear = new Map<number | null, number>();
  const years = db
    .prepare("SELECT key, count FROM entity_facets WHERE entity = ? AND facet = 'year'")
    .all(WHOLE_COLLECTION) as { key: string; count: number }[];
  let dated = 0;
  for (const { key, count } of years) {
    byYear.set(Number(key), count);
    dated += count;
  }
  if (total > dated) byYear.set(null, total - dated);
  // The WHERE is the summary index's own, so SQLite counts that index's entries only.
  const summaries = db
    .prepare(`SELECT count(*) FROM releases WHERE instr(row_json, '"summary":true') > 0`)
    .pluck()
    .get() as number;
  return { total, summaries, byType, byYear };
}
