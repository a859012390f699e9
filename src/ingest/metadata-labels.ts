import { foldText } from '../text/fold.js';

/** What a metadata label is about. 'other' labels are kept under their own name. */
export type LabelKey = 'date' | 'place' | 'source' | 'field' | 'country' | 'location' | 'type' | 'url' | 'other';

const KNOWN: Record<string, LabelKey> = {
  date: 'date',
  'issued on': 'date',
  'publishing date': 'date',
  published: 'date',
  'published on': 'date',
  'publication date': 'date',
  'date of publication': 'date',
  'release date': 'date',
  released: 'date',
  place: 'place',
  city: 'place',
  source: 'source',
  sources: 'source',
  'issued by': 'source',
  'fields of work': 'field',
  'field of work': 'field',
  'what we do': 'field',
  topic: 'field',
  topics: 'field',
  'where we are': 'country',
  country: 'country',
  countries: 'country',
  location: 'location',
  locations: 'location',
  'location(s)': 'location',
  'content type': 'type',
  type: 'type',
  'report type': 'type',
  url: 'url',
  link: 'url',
  'source url': 'url',
  permalink: 'url',
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
  const name = match.groups.name!.trim();
  const inline = (match.groups.inline ?? '').trim();
  const dashed = match.groups.dash !== undefined;
  const key = KNOWN[foldText(name)] ?? 'other';
  if (key === 'other' && (!dashed || inline !== '' || name.split(' ').length > 5)) return null;
  return { name, key, inline, dashed };
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
  if (!match?.groups || match.groups.dash !== undefined) return null;
  const name = match.groups.name!.trim();
  const inline = (match.groups.inline ?? '').trim();
  if (KNOWN[foldText(name)] !== undefined || inline === '' || inline.length > 100 || name.split(' ').length > 4)
    return null;
  if (/[.!?]$/.test(inline) || /[.!?]\s+\p{Lu}/u.test(inline)) return null;
  return { name, key: 'other', inline, dashed: false };
}

// Labels a flattened label/value table may hold, longest first so "Content type" wins over "Type".
const TABLE_LABELS = ['Content type', 'Report type', 'Location', 'Country', 'Source', 'Place', 'Date', 'Type'];
const TABLE_LABEL = new RegExp(`(${TABLE_LABELS.join('|')})`, 'g');

/** One label of a flattened table and its value ('' when the table left it empty). */
export interface FlattenedLabel {
  name: string;
  key: LabelKey;
  value: string;
}

/**
 * Reads a label/value table that a dump flattened into one line, each label printed twice (the
 * screen-reader copy and the visible one) and glued to its value: `DateDateLocationLocation
 * Ukraine` is an empty date and the location Ukraine. Only a line that opens with a label glued
 * to a label counts; returns null for anything else.
 */
export function readFlattenedLabels(line: string): FlattenedLabel[] | null {
  const text = line.trim();
  if (text.length > 300) return null;
  const starts = [...text.matchAll(TABLE_LABEL)];
  if (starts.length < 2 || starts[0]!.index !== 0 || starts[1]!.index !== starts[0]![0].length) return null;
  const out: FlattenedLabel[] = [];
  for (let i = 0; i < starts.length; i++) {
    const match = starts[i]!;
    const end = i + 1 < starts.length ? starts[i + 1]!.index : text.length;
    const name = match[0];
    const value = text.slice(match.index + name.length, end).trim();
    const previous = out[out.length - 1];
    // The second copy of a label ends the first one's (empty) value.
    if (previous && previous.name === name && previous.value === '') {
      previous.value = value;
      continue;
    }
    out.push({ name, key: KNOWN[foldText(name)] ?? 'other', value });
  }
  return out;
}
