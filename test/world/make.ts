/**
 * The one way tests make taxonomy entries and releases: valid defaults for every field, the
 * test overrides what it cares about. Every text here is invented.
 */
import type { Block, EntryKind, Release, ReleaseDate, TaxonomyEntry } from '../../src/bundle/types.js';

/** A taxonomy entry; its kind is the id's prefix (`state:ruritania` is a state). */
export function entry(
  id: string,
  name: string,
  parent: string | null,
  extra: Partial<TaxonomyEntry> = {},
): TaxonomyEntry {
  return {
    id,
    kind: id.slice(0, id.indexOf(':')) as EntryKind,
    name,
    parent,
    aliases: [],
    description: '',
    facts: {},
    relations: [],
    ...extra,
  };
}

/** A release date: the precision follows from the ISO text's length (none: unknown). */
export function releaseDate(iso: string | null, text: string | null, extra: Partial<ReleaseDate> = {}): ReleaseDate {
  return {
    iso,
    precision: iso === null ? 'unknown' : iso.length === 10 ? 'day' : iso.length === 7 ? 'month' : 'year',
    ...extra,
    text,
  };
}

/** A paragraph block. */
export const paragraph = (text: string): Block => ({ kind: 'paragraph', text });

/** A valid release with defaults for every field; tests override what they care about. */
export function makeRelease({ id, ...overrides }: Partial<Release> & { id: string }): Release {
  return {
    // The id first, as the bundle's files have it.
    id,
    url: null,
    type: 'Press release',
    title: `Fictional release ${id}`,
    date: releaseDate('2024-01-01', '1 January 2024'),
    place: null,
    sources: [],
    fields: [],
    countries: [],
    mentions: [],
    unmapped: [],
    body: [paragraph('An invented event took place.')],
    notes: [],
    summary: false,
    provenance: { file: 'test/fixtures/pages/fictional.txt', line: 1 },
    warnings: [],
    ...overrides,
  };
}
