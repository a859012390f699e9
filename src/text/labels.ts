import type { EntryKind, ReleaseDate, TaxonomyEntry } from '../bundle/types.js';
import { sanitizeText } from './sanitize.js';

const KIND_LABELS: Record<EntryKind, string> = {
  section: 'Section',
  group: 'Group',
  field: 'Field of work',
  meeting: 'Meeting or conference',
  state: 'Participating State',
  partner: 'Partner for Co-operation',
  place: 'Place',
  chairpersonship: 'Chairpersonship',
  'secretariat-unit': 'Secretariat',
  institution: 'Institution',
  'field-operation': 'Field operation',
  body: 'OSCE body',
  page: 'Page',
};

/** What kind of thing an entry is, in words. */
export function kindLabel(kind: EntryKind): string {
  return KIND_LABELS[kind];
}

/** Untrusted text (typed, or from a file other than the bundle) made safe for one line of the screen. */
export function clean(text: string | null | undefined): string {
  return oneLine(sanitizeText(text ?? ''));
}

/**
 * Text of the read model (already sanitized where it entered: sanitizeRelease, Taxonomy) on one
 * line: runs of whitespace become one space.
 */
export function oneLine(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/** An entry's display name. */
export function entryName(entry: TaxonomyEntry | undefined, fallback = '?'): string {
  return entry ? oneLine(entry.name) : fallback;
}

/** A release date for a list column: the ISO form, else what the page wrote, else "—". */
export function dateLabel(date: ReleaseDate): string {
  if (date.iso) return oneLine(date.iso);
  if (date.text) return oneLine(date.text);
  return '—';
}
