import type { Release } from '../bundle/types.js';
import type { ReleaseRow } from '../model/release-row.js';
import { foldText } from '../text/fold.js';
import { sanitizeText } from '../text/sanitize.js';

/** The body as plain text, one block per line: what full-text search and snippets read. */
export function releaseBodyText(release: Pick<Release, 'body' | 'notes'>): string {
  const lines: string[] = [];
  for (const block of release.body) {
    if (block.kind === 'list') lines.push(...block.items);
    else lines.push(block.text);
  }
  for (const note of release.notes) lines.push(`${note.term}: ${note.text}`);
  return lines.join('\n');
}

/** What lists show of a release. */
export function releaseRowOf(release: Release): ReleaseRow {
  return {
    id: release.id,
    type: release.type,
    title: release.title,
    date: release.date,
    place: release.place,
    sources: release.sources,
    fields: release.fields,
    countries: release.countries,
    summary: release.summary,
  };
}

/**
 * A copy of the release with terminal control sequences removed from every displayed string.
 * The index stores this copy, so every reader of the Catalog (and every highlight range computed
 * on it) sees the same safe text.
 */
export function sanitizeRelease(release: Release): Release {
  const line = (text: string): string => (UNSAFE.test(text) ? sanitizeText(text) : text);
  const lineOrNull = (text: string | null): string | null => (text === null ? null : line(text));
  const para = sanitizeBody;
  return {
    ...release,
    url: lineOrNull(release.url),
    type: line(release.type),
    title: line(release.title),
    date: { ...release.date, text: lineOrNull(release.date.text) },
    place: lineOrNull(release.place),
    unmapped: release.unmapped.map((label) => ({ label: line(label.label), value: line(label.value) })),
    body: release.body.map((block) =>
      block.kind === 'list' ? { kind: 'list', items: block.items.map(para) } : { ...block, text: para(block.text) },
    ),
    notes: release.notes.map((note) => ({ term: line(note.term), text: para(note.text) })),
    warnings: release.warnings.map(line),
  };
}

// Any character sanitizeText could remove or change; most text has none, and the test is far
// cheaper than the sanitizer's replacements over a 200,000-release archive.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/** Body text with terminal control sequences removed; newlines stay. */
export function sanitizeBody(text: string): string {
  return UNSAFE_IN_BODY.test(text) ? sanitizeText(text, { keepNewlines: true }) : text;
}

const UNSAFE_IN_BODY = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/**
 * Text as the full-text index should see it. The unicode61 tokenizer already folds case and
 * accents; only the foldings it lacks and foldText makes (dotless ı, ß) are applied here, so
 * indexed words and folded query words agree without folding every body in JavaScript.
 */
export function indexableText(text: string): string {
  return /[ıßẞ]/.test(text) ? text.replace(/ı/g, 'i').replace(/[ßẞ]/g, 'ss') : text;
}

/** The year of a release date, or null when unknown. */
export function releaseYear(release: Pick<Release, 'date'>): number | null {
  const match = /^(\d{4})/.exec(release.date.iso ?? '');
  return match ? Number(match[1]) : null;
}

/** The key a content type is filtered by: "Press Release" and "press release" are one type. */
export function typeKey(type: string): string {
  return foldText(type);
}
