import { JsonChecker } from '../json/json-checks.js';
import { hasUnsafeText } from '../text/sanitize-model.js';
import {
  type Block,
  type DatePrecision,
  FACT_KINDS,
  FACT_ORIGINS,
  type FactRecord,
  type Note,
  type Problem,
  type Provenance,
  type Release,
  type ReleaseDate,
  type UnmappedLabel,
} from './types.js';

/**
 * Checks one parsed line of releases.jsonl and returns the release in its canonical shape.
 *
 * Rules (format v1):
 * - `id`, `type`, `title` (non-empty strings), `date`, `body` and `provenance` are required.
 * - `origins` (how each fact was found) may be missing: bundles before it stay valid.
 * - `url` and `place` may be missing (read as null); `sources`, `fields`, `countries`,
 *   `mentions`, `unmapped`, `notes` and `warnings` may be missing (read as []); `summary` may be
 *   missing (false). Unknown keys are ignored, so a newer writer's extra fields do not break us.
 * - Any field of the wrong type is a problem located by JSON path and the release is not loaded.
 *   Every problem of the line is reported, not only the first, so one pass over a hand-edited
 *   file finds them all (a bad block kind and its bad text; a date's precision beside a bad day;
 *   unknown ids of a release that does not load).
 * - With `isKnownId`, a taxonomy id the taxonomy does not know is a problem too, but the release
 *   still loads: the id moves to `unmapped` (label 'source', 'field', 'country' or 'mention'),
 *   so nothing is lost and a later import writes the repaired release.
 */
export function validateRelease(
  value: unknown,
  file: string,
  line: number,
  isKnownId?: (id: string) => boolean,
): { release?: Release; problems: Problem[] } {
  const check = new JsonChecker();
  const record = check.object(value, '$');
  const release = record ? readRelease(record, check) : undefined;
  const problems: Problem[] = check.issues.map((issue) => ({ file, line, path: issue.path, message: issue.message }));
  const report = (path: string, message: string): void => {
    problems.push({ file, line, path, message });
  };
  if (!release || check.issues.length > 0) {
    // The line does not load, but its unknown ids are still worth fixing in the same pass.
    if (record && isKnownId) reportUnknownIds(record, isKnownId, report);
    return { problems };
  }
  if (isKnownId) moveUnknownIds(release, isKnownId, report);
  return { release, problems };
}

const PRECISIONS: readonly DatePrecision[] = ['day', 'month', 'year', 'unknown'];
const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Which `unmapped` label an unknown id from each taxonomy list is kept under. */
const ID_LISTS = { sources: 'source', fields: 'field', countries: 'country', mentions: 'mention' } as const;

/** An id is printed as it is and used to find things, so it is refused rather than changed. */
export function safeId(check: JsonChecker, id: string | undefined, path: string): string | undefined {
  return id !== undefined && hasUnsafeText(id) ? check.fail(path, 'an id without control characters', id) : id;
}

function readRelease(record: Record<string, unknown>, check: JsonChecker): Release | undefined {
  const optionalList = <T>(key: string, item: (value: unknown, path: string) => T | undefined): T[] | undefined =>
    record[key] === undefined ? [] : check.array(record[key], `$.${key}`, item);
  const optionalNullable = (key: string): string | null | undefined =>
    record[key] === undefined ? null : check.nullableString(record[key], `$.${key}`);
  const idItem = (value: unknown, path: string): string | undefined => check.string(value, path, { nonEmpty: true });
  const textItem = (value: unknown, path: string): string | undefined => check.string(value, path);

  const release = {
    id: safeId(check, check.string(record.id, '$.id', { nonEmpty: true }), '$.id'),
    url: optionalNullable('url'),
    type: check.string(record.type, '$.type', { nonEmpty: true }),
    title: check.string(record.title, '$.title', { nonEmpty: true }),
    date: readDate(record.date, '$.date', check),
    place: optionalNullable('place'),
    sources: optionalList('sources', idItem),
    fields: optionalList('fields', idItem),
    countries: optionalList('countries', idItem),
    mentions: optionalList('mentions', idItem),
    unmapped: optionalList('unmapped', (value, path) => readUnmapped(value, path, check)),
    body: check.array(record.body, '$.body', (value, path) => readBlock(value, path, check)),
    notes: optionalList('notes', (value, path) => readNote(value, path, check)),
    summary: record.summary === undefined ? false : check.boolean(record.summary, '$.summary'),
    provenance: readProvenance(record.provenance, '$.provenance', check),
    warnings: optionalList('warnings', textItem),
  };
  for (const value of Object.values(release)) if (value === undefined) return undefined;
  if (record.origins === undefined) return release as Release;
  const origins = check.array(record.origins, '$.origins', (value, path) => readOrigin(value, path, check));
  return origins === undefined ? undefined : { ...(release as Release), origins };
}

/** Checks a release date: the ISO part, its precision, and that they agree. */
function readDate(value: unknown, path: string, check: JsonChecker): ReleaseDate | undefined {
  const record = check.object(value, path);
  if (!record) return undefined;
  const before = check.issues.length;
  const iso = readIsoDate(record.iso, `${path}.iso`, check);
  const precision = check.oneOf(record.precision, `${path}.precision`, PRECISIONS);
  const month = record.month === undefined ? undefined : check.integer(record.month, `${path}.month`, 1, 12);
  const day = record.day === undefined ? undefined : check.integer(record.day, `${path}.day`, 1, 31);
  const text = record.text === undefined ? null : check.nullableString(record.text, `${path}.text`);
  if (iso === undefined || precision === undefined) return undefined;
  const expected: DatePrecision =
    iso === null ? 'unknown' : iso.length === 10 ? 'day' : iso.length === 7 ? 'month' : 'year';
  if (precision !== expected) {
    check.note(
      `${path}.precision`,
      `expected ${JSON.stringify(expected)} for iso ${JSON.stringify(iso)}, got ${JSON.stringify(precision)}`,
    );
  }
  if (check.issues.length > before || text === undefined) return undefined;
  return { iso, precision, ...(month === undefined ? {} : { month }), ...(day === undefined ? {} : { day }), text };
}

function readIsoDate(value: unknown, path: string, check: JsonChecker): string | null | undefined {
  const expected = 'an ISO date YYYY[-MM[-DD]] or null';
  if (value === null) return null;
  if (typeof value !== 'string') return check.fail(path, expected, value);
  const match = ISO_DATE.exec(value);
  if (!match) return check.fail(path, expected, value);
  const [, year, month, day] = match;
  if (month !== undefined && (Number(month) < 1 || Number(month) > 12))
    return check.fail(path, `${expected} (month 01-12)`, value);
  if (day !== undefined) {
    const lastDay = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate();
    if (Number(day) < 1 || Number(day) > lastDay) return check.fail(path, `${expected} (a real calendar day)`, value);
  }
  return value;
}

function readBlock(value: unknown, path: string, check: JsonChecker): Block | undefined {
  const record = check.object(value, path);
  if (!record) return undefined;
  const kind = check.oneOf(record.kind, `${path}.kind`, ['paragraph', 'quote', 'heading', 'list'] as const);
  const readItems = (): string[] | undefined =>
    check.array(record.items, `${path}.items`, (item, itemPath) => check.string(item, itemPath));
  const readText = (): string | undefined => check.string(record.text, `${path}.text`);
  if (kind === undefined) {
    // Whatever the kind was meant to be, a wrong text or list is a second thing to fix.
    if (record.items !== undefined) readItems();
    if (record.text !== undefined) readText();
    return undefined;
  }
  if (kind === 'list') {
    const items = readItems();
    return items && { kind, items };
  }
  const text = readText();
  return text === undefined ? undefined : { kind, text };
}

function readNote(value: unknown, path: string, check: JsonChecker): Note | undefined {
  const record = check.object(value, path);
  if (!record) return undefined;
  const term = check.string(record.term, `${path}.term`, { nonEmpty: true });
  const text = check.string(record.text, `${path}.text`);
  return term === undefined || text === undefined ? undefined : { term, text };
}

function readUnmapped(value: unknown, path: string, check: JsonChecker): UnmappedLabel | undefined {
  const record = check.object(value, path);
  if (!record) return undefined;
  const label = check.string(record.label, `${path}.label`, { nonEmpty: true });
  const text = check.string(record.value, `${path}.value`);
  return label === undefined || text === undefined ? undefined : { label, value: text };
}

function readOrigin(value: unknown, path: string, check: JsonChecker): FactRecord | undefined {
  const record = check.object(value, path);
  if (!record) return undefined;
  const fact = check.oneOf(record.fact, `${path}.fact`, FACT_KINDS);
  const text = check.string(record.value, `${path}.value`);
  const from = check.oneOf(record.from, `${path}.from`, FACT_ORIGINS);
  const stated = check.boolean(record.stated, `${path}.stated`);
  const line = record.line === undefined ? null : check.integer(record.line, `${path}.line`, 1);
  if (fact === undefined || text === undefined || from === undefined || stated === undefined || line === undefined)
    return undefined;
  return { fact, value: text, from, stated, ...(line === null ? {} : { line }) };
}

function readProvenance(value: unknown, path: string, check: JsonChecker): Provenance | undefined {
  const record = check.object(value, path);
  if (!record) return undefined;
  const file = check.string(record.file, `${path}.file`);
  const line = check.integer(record.line, `${path}.line`, 1);
  return file === undefined || line === undefined ? undefined : { file, line };
}

/** Reports the unknown ids of a record that does not load, where they are strings at all. */
function reportUnknownIds(
  record: Record<string, unknown>,
  isKnownId: (id: string) => boolean,
  report: (path: string, message: string) => void,
): void {
  for (const key of Object.keys(ID_LISTS)) {
    const list = record[key];
    if (!Array.isArray(list)) continue;
    list.forEach((id: unknown, index) => {
      if (typeof id === 'string' && id.trim() !== '' && !isKnownId(id))
        report(`$.${key}[${index}]`, unknownIdMessage(id));
    });
  }
}

function unknownIdMessage(id: string, label?: string): string {
  const head = `expected an id of the bundle's taxonomy, got unknown id ${JSON.stringify(id)}`;
  return label === undefined ? head : `${head}; kept as unmapped ${label}, not linked`;
}

function moveUnknownIds(
  release: Release,
  isKnownId: (id: string) => boolean,
  report: (path: string, message: string) => void,
): void {
  for (const [key, label] of Object.entries(ID_LISTS) as [keyof typeof ID_LISTS, string][]) {
    const kept: string[] = [];
    release[key].forEach((id, index) => {
      if (isKnownId(id)) {
        kept.push(id);
        return;
      }
      report(`$.${key}[${index}]`, unknownIdMessage(id, label));
      release.unmapped.push({ label, value: id });
    });
    release[key] = kept;
  }
}
