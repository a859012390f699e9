import type { ReleaseDate } from '../bundle/types.js';
import { dashItemText, isDashItem, urlOfLine } from './line-shapes.js';
import {
  type LabelKey,
  LIST_KEYS,
  readFlattenedLabels,
  readLabelLine,
  readUnknownPlainLabel,
} from './metadata-labels.js';
import { parseDateText } from './parse-date.js';
import { parseDateline } from './parse-dateline.js';
import { nextNonBlank } from './strip-site-menu.js';
import type { HeadingOrValue, ParsedLabels } from './types.js';

/** One label of a metadata block with its values as written. */
export interface MetadataEntry {
  name: string;
  key: LabelKey;
  values: string[];
  /** 1-based line of the label. */
  line: number;
  /** An unknown plain `Label: value` line among the metadata: its value is kept whole. */
  plainUnknown?: boolean;
  /** 1-based line of the first value when the values stand on plain lines below the label. */
  valueLineBelow?: number;
}

/** A metadata block and the index of the first line after it. */
export interface MetadataBlock {
  entries: MetadataEntry[];
  end: number;
}

/**
 * Reads the metadata block starting at `start`: dashed labels with dashed values on the next
 * lines (`- Place:` / `- VICENZA`), plain labels with values on the next lines (`Date:` /
 * `9 June 2017`), or `Label: value` on one line. A dashed block ends at the first line without
 * a dash; a plain one at the first line that reads like prose, or at a line `stopBefore` names
 * (where the next listing entry's fields begin).
 */
export function readMetadataBlock(
  lines: readonly string[],
  start: number,
  stopBefore?: (index: number) => boolean,
): MetadataBlock {
  const entries: OpenEntry[] = [];
  let current: OpenEntry | null = null;
  const endsAtLabel = createDashRunCheck(lines);
  let i = start;
  while (i < lines.length) {
    if (i > start && stopBefore?.(i)) break;
    const line = lines[i]!;
    if (line.trim() === '') {
      const next = nextNonBlank(lines, i + 1);
      // Dumps that put a blank line after every line keep their block: what would continue it
      // without the blank line continues it with one.
      if (
        next === -1 ||
        !(
          readLabelLine(lines[next]!) !== null ||
          readFlattenedLabels(lines[next]!) !== null ||
          plainUnknownLabelAt(lines, next, entries.length > 0) !== null ||
          (current && acceptsValue(lines[next]!, current, () => endsAtLabel(next)))
        )
      )
        break;
      i = next;
      continue;
    }
    const label = readLabelLine(line);
    const flattened = label ? null : readFlattenedLabels(line);
    const plainUnknown = label || flattened ? null : plainUnknownLabelAt(lines, i, entries.length > 0);
    if (flattened) {
      for (const cell of flattened)
        entries.push({
          name: cell.name,
          key: cell.key,
          values: cell.value === '' ? [] : [cell.value],
          line: i + 1,
          dashed: false,
          inline: true,
        });
      current = null;
    } else if (label) {
      current = {
        name: label.name,
        key: label.key,
        values: label.inline ? [label.inline] : [],
        line: i + 1,
        dashed: label.dashed,
        inline: label.inline !== '',
      };
      entries.push(current);
    } else if (plainUnknown) {
      current = {
        name: plainUnknown.name,
        key: 'other',
        values: [plainUnknown.inline],
        line: i + 1,
        dashed: false,
        inline: true,
        plainUnknown: true,
      };
      entries.push(current);
    } else if (current && acceptsValue(line, current, () => endsAtLabel(i))) {
      if (!current.dashed && !isDashItem(line)) current.valueLineBelow ??= i + 1;
      current.values.push(isDashItem(line) ? dashItemText(line) : line.trim());
    } else {
      break;
    }
    i++;
  }
  return { entries: entries.map(({ dashed: _dashed, inline: _inline, ...entry }) => entry), end: i };
}

/**
 * An unknown plain `Label: value` at line `i` counts as metadata only among metadata lines:
 * after a label, or before a known label or the body's dateline. Elsewhere a line with a colon
 * is prose ("Background: …" opening the body).
 */
function plainUnknownLabelAt(
  lines: readonly string[],
  i: number,
  afterLabel: boolean,
): ReturnType<typeof readUnknownPlainLabel> {
  const label = readUnknownPlainLabel(lines[i]!);
  if (!label || afterLabel) return label;
  let next = nextNonBlank(lines, i + 1);
  while (next !== -1 && readUnknownPlainLabel(lines[next]!) !== null) next = nextNonBlank(lines, next + 1);
  if (next === -1) return null;
  return readLabelLine(lines[next]!) !== null || parseDateline(lines[next]!.trim())?.date ? label : null;
}

/** An entry being read, with how its label was written. */
interface OpenEntry extends MetadataEntry {
  dashed: boolean;
  /** The value stood on the label line; the next plain line is not its value then. */
  inline: boolean;
}

/**
 * A `- item` line is the first value of its label; a further one is a value only when a label
 * follows its run of `- item` lines. After the last label such a run is the body's opening list
 * ("- Fields of work:" / "- Youth" / "- twelve songs …"): pages join several values of one
 * label with commas, so a second value line is rare there and a list is not.
 */
function acceptsValue(line: string, entry: OpenEntry, runEndsAtLabel: () => boolean): boolean {
  if (isDashItem(line))
    return (entry.values.length === 0 && !entry.inline) || (LIST_KEYS.has(entry.key) && runEndsAtLabel());
  if (entry.dashed || entry.inline) return false;
  if (entry.values.length > 0 && !LIST_KEYS.has(entry.key)) return false;
  const text = line.trim();
  return text.length <= 120 && !/[.!?]$/.test(text) && !/[.!?]\s+\p{Lu}/u.test(text) && parseDateline(text) === null;
}

/**
 * Whether the run of `- item` lines (and blank lines) holding line `i` is followed by a label
 * line. Each run is scanned once, so a page of ten thousand dash lines stays linear.
 */
function createDashRunCheck(lines: readonly string[]): (i: number) => boolean {
  let runEnd = -1;
  let verdict = false;
  return (i) => {
    if (i >= runEnd) {
      let j = i;
      while (
        j < lines.length &&
        (lines[j]!.trim() === '' || (isDashItem(lines[j]!) && readLabelLine(lines[j]!) === null))
      )
        j++;
      runEnd = j;
      verdict = j < lines.length && readLabelLine(lines[j]!) !== null;
    }
    return verdict;
  };
}

/** What a metadata block says, in the shape of a release. */
export interface MetadataValues {
  type: string | null;
  date: ReleaseDate | null;
  /** The date text when it could not be read. */
  unreadableDate: string | null;
  place: string | null;
  url: string | null;
  labels: ParsedLabels;
  /** A value that may be a heading instead (see readMetadataValues). */
  headingOrValue: HeadingOrValue | null;
  warnings: string[];
}

/** Empty label lists. */
export function emptyLabels(): ParsedLabels {
  return { sources: [], fields: [], countries: [], locations: [], other: [] };
}

/** Sorts a block's entries into release fields; list values are split on commas. */
export function readMetadataValues(entries: readonly MetadataEntry[]): MetadataValues {
  const out: MetadataValues = {
    type: null,
    date: null,
    unreadableDate: null,
    place: null,
    url: null,
    labels: emptyLabels(),
    headingOrValue: null,
    warnings: [],
  };
  for (const [index, entry] of entries.entries()) {
    const values = entry.values.map((value) => value.trim()).filter((value) => value !== '');
    const first = values[0];
    const bucket = BUCKETS[entry.key];
    if (
      index === entries.length - 1 &&
      values.length === 1 &&
      entry.valueLineBelow !== undefined &&
      bucket !== undefined &&
      bucket !== 'locations' &&
      readsLikeHeading(first!)
    ) {
      out.headingOrValue = {
        label: entry.name,
        bucket,
        value: first!,
        labelLine: entry.line,
        line: entry.valueLineBelow,
      };
      continue;
    }
    if (entry.plainUnknown) {
      out.labels.other.push({ label: entry.name, value: entry.values.join(' ') });
      out.warnings.push(`unmapped label "${entry.name}" (line ${entry.line}): kept as metadata, not body text`);
      continue;
    }
    if (first === undefined) {
      if (entry.key !== 'date' && entry.key !== 'place')
        out.warnings.push(`"${entry.name}" is empty (line ${entry.line})`);
      continue;
    }
    switch (entry.key) {
      case 'date': {
        const date = parseDateText(first);
        if (date) out.date ??= date;
        else out.unreadableDate ??= first;
        break;
      }
      case 'place':
        out.place ??= values.join(', ');
        break;
      case 'type':
        out.type ??= first;
        break;
      case 'url':
        out.url ??= urlOfLine(first) ?? first;
        break;
      default: {
        const items = values
          .flatMap((value) => value.split(/[,;]/))
          .map((item) => item.trim())
          .filter((item) => item !== '');
        // One push per item: a page may list more values than a spread call takes arguments.
        for (const item of items) {
          if (bucket) {
            out.labels[bucket].push(item);
            out.labels.lines ??= {};
            out.labels.lines[`${bucket}:${item}`] ??= entry.line;
          } else out.labels.other.push({ label: entry.name, value: item });
        }
      }
    }
  }
  return out;
}

const BUCKETS: Partial<Record<LabelKey, 'sources' | 'fields' | 'countries' | 'locations'>> = {
  source: 'sources',
  field: 'fields',
  country: 'countries',
  location: 'locations',
};

// Words that names of States, structures and fields leave in lower case.
const NAME_WORDS = new Set(['the', 'of', 'in', 'to', 'for', 'and', 'on', 'at', 'a', 'an', 'with']);

/** Two words or more, one of them a lower-case word that names do not use ("at a glance"). */
function readsLikeHeading(value: string): boolean {
  const words = value.split(/\s+/);
  return words.length >= 2 && words.some((word) => /^\p{Ll}/u.test(word) && !NAME_WORDS.has(word));
}
