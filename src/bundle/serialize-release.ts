import type { Block, FactRecord, Release, ReleaseDate } from './types.js';

/**
 * One release as its releases.jsonl line (no newline). Keys are written in one fixed order,
 * whatever order the object was built in, so the same release always gives the same bytes.
 */
export function serializeRelease(release: Release): string {
  return JSON.stringify(canonicalRelease(release));
}

// A copy of the release with keys in the canonical order and nothing else.
function canonicalRelease(release: Release): Release {
  return {
    id: release.id,
    url: release.url,
    type: release.type,
    title: release.title,
    date: canonicalDate(release.date),
    place: release.place,
    sources: [...release.sources],
    fields: [...release.fields],
    countries: [...release.countries],
    mentions: [...release.mentions],
    unmapped: release.unmapped.map(({ label, value }) => ({ label, value })),
    body: release.body.map(canonicalBlock),
    notes: release.notes.map(({ term, text }) => ({ term, text })),
    summary: release.summary,
    provenance: { file: release.provenance.file, line: release.provenance.line },
    warnings: [...release.warnings],
    // Written only when known, so a release read from an older bundle keeps its bytes.
    ...(release.origins === undefined ? {} : { origins: release.origins.map(canonicalOrigin) }),
  };
}

function canonicalOrigin(origin: FactRecord): FactRecord {
  return {
    fact: origin.fact,
    value: origin.value,
    from: origin.from,
    stated: origin.stated,
    ...(origin.line === undefined ? {} : { line: origin.line }),
  };
}

function canonicalDate(date: ReleaseDate): ReleaseDate {
  return {
    iso: date.iso,
    precision: date.precision,
    ...(date.month === undefined ? {} : { month: date.month }),
    ...(date.day === undefined ? {} : { day: date.day }),
    text: date.text,
  };
}

function canonicalBlock(block: Block): Block {
  return block.kind === 'list' ? { kind: 'list', items: [...block.items] } : { kind: block.kind, text: block.text };
}

/** What the release order looks at: enough to sort records of releases that are not held whole. */
export type SortKey = Pick<Release, 'id'> & { date: Pick<ReleaseDate, 'iso'> };

/**
 * The order releases are written in: newest first by ISO date (a full date before a month-only
 * one of the same month; unknown dates last), then by id. Stable across runs, so re-writing a
 * bundle after adding one release changes one line of the diff.
 */
export function compareReleases(a: SortKey, b: SortKey): number {
  const left = a.date.iso;
  const right = b.date.iso;
  if (left !== right) {
    if (left === null) return 1;
    if (right === null) return -1;
    return left < right ? 1 : -1;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
