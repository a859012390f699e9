import type { Block, FactRecord, Release } from '../bundle/types.js';
import type { Taxonomy } from '../taxonomy/taxonomy.js';

/** A taxonomy link with its display name. */
export interface NamedId {
  id: string;
  name: string;
}

/** What `show --json` prints for a release. */
export interface ReleaseJson {
  id: string;
  url: string | null;
  type: string;
  title: string;
  /** ISO date as far as known (`2017-06-09`, `2017-06`, `2017`) or null. */
  date: string | null;
  datePrecision: Release['date']['precision'];
  /** The date as the page wrote it. */
  dateText: string | null;
  place: string | null;
  sources: NamedId[];
  fields: NamedId[];
  countries: NamedId[];
  mentions: NamedId[];
  /** The body as text: one string per block; a list's items joined by newlines. */
  paragraphs: string[];
  notes: { term: string; text: string }[];
  summary: boolean;
  unmapped: { label: string; value: string }[];
  /** The body with its block kinds, for tools that need quotes and headings apart. */
  body: Block[];
  provenance: { file: string; line: number };
  /** How each fact was found, stated or inferred; empty for bundles that did not record it. */
  origins: FactRecord[];
}

/** The JSON form of a sanitized release (sanitizeRelease), with taxonomy names resolved. Pure. */
export function releaseToJson(release: Release, taxonomy: Taxonomy): ReleaseJson {
  const named = (ids: string[]): NamedId[] => ids.map((id) => ({ id, name: taxonomy.get(id)?.name ?? id }));
  const body = release.body.map(
    (block): Block =>
      block.kind === 'list' ? { kind: 'list', items: [...block.items] } : { kind: block.kind, text: block.text },
  );
  return {
    id: release.id,
    url: release.url,
    type: release.type,
    title: release.title,
    date: release.date.iso,
    datePrecision: release.date.precision,
    dateText: release.date.text,
    place: release.place,
    sources: named(release.sources),
    fields: named(release.fields),
    countries: named(release.countries),
    mentions: named(release.mentions),
    paragraphs: body.map((block) => (block.kind === 'list' ? block.items.join('\n') : block.text)),
    notes: release.notes.map((note) => ({ term: note.term, text: note.text })),
    summary: release.summary,
    unmapped: release.unmapped.map((item) => ({ label: item.label, value: item.value })),
    body,
    provenance: { file: release.provenance.file, line: release.provenance.line },
    origins: (release.origins ?? []).map((origin) => ({ ...origin })),
  };
}
