import type Database from 'better-sqlite3';
import type { ReleaseSegment } from '../bundle/release-segments.js';
import type { Taxonomy } from '../taxonomy/taxonomy.js';
import { segmentPaths, startReading } from './build-index.js';
import { adjustCounts, IndexWriter, refreshTerms } from './index-writes.js';
import {
  ancestorClosure,
  describeRelease,
  type FullText,
  fullTextAt,
  type IndexedRelease,
  type LinePlace,
  releaseAt,
} from './indexed-release.js';
import { compareSortKeys, ordsBetween } from './list-keys.js';
import { readLocatedReleasesSync, SegmentLines } from './release-lines.js';
import { type AppliedSegment, storeAppliedSegments } from './segment-state.js';

/** What an incremental update changed. */
export interface IndexUpdate {
  /** Releases whose id the index did not have. */
  added: number;
  /** Releases that replaced one with the same id. */
  updated: number;
}

/**
 * Applies new release files on top of an index, inside the caller's write transaction: each
 * release of them replaces the one with its id (its rows, links, full text and counts are taken
 * away first) and is slotted into list order between its neighbours. Returns undefined when the
 * ords around a place ran out of room, and the caller rebuilds instead.
 */
export function applySegments(
  db: Database.Database,
  bundleDir: string,
  taxonomy: Taxonomy,
  applied: readonly AppliedSegment[],
  added: readonly ReleaseSegment[],
): IndexUpdate | undefined {
  const closure = ancestorClosure(taxonomy);
  const isKnownId = (id: string): boolean => taxonomy.get(id) !== undefined;
  const incoming = new Map<string, IndexedRelease>();
  const records: AppliedSegment[] = [];
  for (const segment of added) {
    const reading = startReading(segment, isKnownId);
    for (const { release, offset, length } of readLocatedReleasesSync(segment.path, reading.options, reading.report)) {
      incoming.delete(release.id);
      incoming.set(release.id, describeRelease(release, closure, { segment: segment.sequence, offset, length }));
    }
    records.push(reading.finish());
  }

  const lines = new SegmentLines(segmentPaths(bundleDir, [...applied, ...added]));
  try {
    const writer = new IndexWriter(db);
    const changes: { item: IndexedRelease; sign: 1 | -1 }[] = [];
    const removedTexts: FullText[] = [];
    const addedTexts: FullText[] = [];
    const findOld = db.prepare(
      'SELECT ord, segment, line_offset AS offset, line_length AS length FROM releases WHERE id = ?',
    );
    let updated = 0;
    for (const id of incoming.keys()) {
      const old = findOld.get(id) as (LinePlace & { ord: number }) | undefined;
      if (!old) continue;
      const item = describeOld(lines, old, closure, isKnownId);
      const text = fullTextAt(lines, old);
      writer.remove(item, old.ord, text);
      changes.push({ item, sign: -1 });
      removedTexts.push(text);
      updated += 1;
    }
    const placed = placeInListOrder(db, [...incoming.values()]);
    if (!placed) return undefined;
    for (const { item, ord } of placed) {
      writer.addRow(item, ord);
      const text = fullTextAt(lines, item);
      writer.addText(ord, text);
      changes.push({ item, sign: 1 });
      addedTexts.push(text);
    }
    adjustCounts(db, changes);
    refreshTerms(db, addedTexts, removedTexts);
    storeAppliedSegments(db, records);
    return { added: incoming.size - updated, updated };
  } finally {
    lines.close();
  }
}

// The release as it was indexed, read back from its (unchanged) file, so that exactly what it
// added can be taken away.
function describeOld(
  lines: SegmentLines,
  place: LinePlace,
  closure: (id: string) => readonly string[],
  isKnownId: (id: string) => boolean,
): IndexedRelease {
  const release = releaseAt(lines, place, isKnownId);
  if (!release) throw new Error(`release file ${place.segment} no longer holds the release at byte ${place.offset}`);
  return describeRelease(release, closure, place);
}

// Ords for new releases: the ones that share the same next neighbour are spread over the gap
// between that neighbour and the one before them.
function placeInListOrder(
  db: Database.Database,
  items: IndexedRelease[],
): { item: IndexedRelease; ord: number }[] | undefined {
  const nextOrd = db.prepare('SELECT ord FROM releases WHERE sort_key > ? ORDER BY sort_key LIMIT 1').pluck();
  const previousOrd = db.prepare('SELECT ord FROM releases WHERE sort_key < ? ORDER BY sort_key DESC LIMIT 1').pluck();
  const sorted = [...items].sort((a, b) => compareSortKeys(a.sortKey, b.sortKey));
  const groups: { after: number | undefined; items: IndexedRelease[] }[] = [];
  for (const item of sorted) {
    const after = nextOrd.get(item.sortKey) as number | undefined;
    const last = groups.at(-1);
    if (last && last.after === after) last.items.push(item);
    else groups.push({ after, items: [item] });
  }
  const placed: { item: IndexedRelease; ord: number }[] = [];
  for (const group of groups) {
    const before = previousOrd.get(group.items[0]!.sortKey) as number | undefined;
    const ords = ordsBetween(before, group.after, group.items.length);
    if (!ords) return undefined;
    for (const [index, item] of group.items.entries()) placed.push({ item, ord: ords[index]! });
  }
  return placed;
}
