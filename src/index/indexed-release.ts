import { parseReleaseLine } from '../bundle/read-releases.js';
import type { Release } from '../bundle/types.js';
import type { Taxonomy } from '../taxonomy/taxonomy.js';
import { foldText } from '../text/fold.js';
import { sanitizeRelease } from '../text/sanitize-model.js';
import type { FacetedRelease } from './entity-facets.js';
import { listSortKey } from './list-keys.js';
import type { SegmentLines } from './release-lines.js';
import { indexableText, releaseBodyText, releaseRowOf, releaseYear, typeKey } from './release-text.js';
import { scanFullText } from './scan-full-text.js';

/** What the index keeps of a release apart from its text: small, so 200,000 of them fit in memory. */
export interface IndexedRelease extends FacetedRelease {
  id: string;
  sortKey: string;
  iso: string | null;
  /** The content type as written, of which the most common spelling labels the type. */
  typeLabel: string;
  rowJson: string;
  /** The release file (sequence number) and the byte range of the release's line in it. */
  segment: number;
  offset: number;
  length: number;
  links: string[];
  roles: [string, string][];
}

/** Where a release's line is. */
export interface LinePlace {
  segment: number;
  offset: number;
  length: number;
}

/** Describes a validated release for the index; `closure` gives an id with its ancestors. */
export function describeRelease(
  raw: Release,
  closure: (id: string) => readonly string[],
  place: LinePlace,
): IndexedRelease {
  // The body and notes are not part of the row; sanitizing them here would be wasted work (they
  // are sanitized when an article is read for display).
  const release = sanitizeRelease({ ...raw, body: [], notes: [] });
  const linked = new Set<string>();
  for (const id of [...release.sources, ...release.fields, ...release.countries, ...release.mentions]) {
    for (const entity of closure(id)) linked.add(entity);
  }
  return {
    id: release.id,
    sortKey: listSortKey(release.date.iso, foldText(release.title), release.id),
    iso: release.date.iso,
    year: releaseYear(release),
    typeKey: typeKey(release.type),
    typeLabel: release.type,
    rowJson: JSON.stringify(releaseRowOf(release)),
    ...place,
    links: [...linked],
    roles: [
      ...release.sources.map((id): [string, string] => ['source', id]),
      ...release.fields.map((id): [string, string] => ['field', id]),
      ...release.countries.map((id): [string, string] => ['country', id]),
    ],
  };
}

/** An id with its ancestors, memoised per id. */
export function ancestorClosure(taxonomy: Taxonomy): (id: string) => readonly string[] {
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

/** What the full-text tables hold of one release. */
export interface FullText {
  title: string;
  body: string;
}

/**
 * The full text of the release whose line is at `place`, read back from its file. The line was
 * validated when it was indexed, so only its text is parsed now; every writer of the full-text
 * tables (the build, an update, the delete an update needs) reads it this one way, because a
 * contentless FTS5 delete must be given exactly the text that was inserted.
 */
export function fullTextAt(lines: SegmentLines, place: LinePlace): FullText {
  const text = lines.read(place.segment, place.offset, place.length);
  if (text === undefined) throw new Error(`release file ${place.segment} changed while the index was being updated`);
  return scanFullText(text) ?? parsedFullText(text);
}

/** The full text of a release line parsed whole: what scanFullText gives, for any line JSON.parse takes. */
export function parsedFullText(text: string): FullText {
  const release = JSON.parse(text.replace(/^\uFEFF/, '')) as Partial<Release>;
  return {
    title: indexableText(release.title ?? ''),
    body: indexableText(releaseBodyText({ body: release.body ?? [], notes: release.notes ?? [] })),
  };
}

/** The validated release whose line is at `place`, or undefined when it cannot be read or is no longer valid. */
export function releaseAt(
  lines: SegmentLines,
  place: LinePlace,
  isKnownId: (id: string) => boolean,
): Release | undefined {
  const text = lines.read(place.segment, place.offset, place.length);
  if (text === undefined) return undefined;
  // Line 1 is where a byte order mark may sit; the number is not reported anywhere.
  return parseReleaseLine(text, 'release file', place.offset === 0 ? 1 : 0, isKnownId).release;
}
