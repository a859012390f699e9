import { foldText } from '../text/fold.js';

/** What a metadata label is about. 'other' labels are kept under their own name. */
export type LabelKey = 'date' | 'place' | 'source' | 'field' | 'country' | 'location' | 'type' | 'url' | 'other';

const KNOWN: Record<string, LabelKey> = {
  date: 'date', 'issued on': 'date', 'publishing date': 'date', published: 'date', 'published on': 'date',
  'publication date': 'date', 'date of publication': 'date', 'release date': 'date', released: 'date',
  place: 'place', city: 'place',
  source: 'source', sources: 'source', 'issued by': 'source',
  'fields of work': 'field', 'field of work': 'field', 'what we do': 'field', topic: 'field', topics: 'field',
  'where we are': 'country', country: 'country', countries: 'country',
  location: 'location', locations: 'location', 'location(s)': 'location',
  'content type': 'type', type: 'type',
  url: 'url', link: 'url', 'source url': 'url', permalink: 'url',
};

/** Labels whose value is a list ("A, B" or one value a line). */
export const LIST_KEYS: ReadonlySet<LabelKey> = new Set(['source', 'field', 'country', 'location', 'other']);

/** A metadata line: `- Place:`, `Date: 9 June 2017`, `Publishing date: 26 April 2015`. */
export interface LabelLine {
  /** The label as written, without the colon. */
  name: string;
  key: LabelKey;
  /** Text after the colon on the same line; '' when the value is on the next lines. */
  inline: string;
  dashed: boolean;
}

const LABEL = /^(?<dash>[-–—•*]\s*)?(?<name>\p{Lu}[\p{L} ()'’/&-]{0,40}?)\s*:(?:\s+(?<inline>.*))?$/u;

/**
 * Reads a label line. Unknown labels count only when dashed (`- Tags:`): in plain text a
 * "Background:" line is more likely prose than metadata.
 */
export function readLabelLine(line: string): LabelLine | null {
  const colon = line.indexOf(':');
  if (colon === -1 || colon > 60) return null;
  const match = LABEL.exec(line.trim());
  if (!match?.groups) return null;
  const name = match.groups['name']!.trim();
  const inline = (match.groups['inline'] ?? '').trim();
  const dashed = match.groups['dash'] !== undefined;
  const key = KNOWN[foldText(name)] ?? 'other';
  if (key === 'other' && (!dashed || inline !== '' || name.split(' ').length > 5)) return null;
  return { name, key, inline, dashed };
}

/** The known key of a label name, 'other' when unknown. */
export function labelKey(name: string): LabelKey {
  return KNOWN[foldText(name)] ?? 'other';
}

/**
 * Reads an unknown plain `Label: value` line (`Last updated: 10 June 2017`, `Contact: Ana
 * Invented`): a short label of a few words and a short value that is not a sentence. Whether it
 * is metadata depends on where it stands; the metadata reader decides that.
 */
export function readUnknownPlainLabel(line: string): LabelLine | null {
  const colon = line.indexOf(':');
  if (colon === -1 || colon > 40) return null;
  const match = LABEL.exec(line.trim());
  if (!match?.groups || match.groups['dash'] !== undefined) return null;
  const name = match.groups['name']!.trim();
  const inline = (match.groups['inline'] ?? '').trim();
  if (KNOWN[foldText(name)] !== undefined || inline === '' || inline.length > 100 || name.split(' ').length > 4) return null;
  if (/[.!?]$/.test(inline) || /[.!?]\s+\p{Lu}/u.test(inline)) return null;
  return { name, key: 'other', inline, dashed: false };
}
