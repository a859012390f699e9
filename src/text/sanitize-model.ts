import type { Release, TaxonomyEntry } from '../bundle/types.js';
import { sanitizeText } from './sanitize.js';

// Bundle text is untrusted. It is sanitized once, where it enters the read model: the index
// stores sanitized rows, the catalog hands out sanitized releases and body texts, and a Taxonomy
// holds sanitized entries. Everything that prints or draws them trusts that and only lays text
// out. The bundle files themselves keep what was imported (writers read the raw releases).

/**
 * A copy of the release with terminal control sequences removed from every displayed string.
 * The index stores this copy, so every reader of the Catalog (and every highlight range computed
 * on it) sees the same safe text. Ids are not changed: the validators refuse unsafe ones.
 */
export function sanitizeRelease(release: Release): Release {
  const lineOrNull = (text: string | null): string | null => (text === null ? null : sanitizeLine(text));
  return {
    ...release,
    url: lineOrNull(release.url),
    type: sanitizeLine(release.type),
    title: sanitizeLine(release.title),
    date: { ...release.date, text: lineOrNull(release.date.text) },
    place: lineOrNull(release.place),
    unmapped: release.unmapped.map((label) => ({ label: sanitizeLine(label.label), value: sanitizeLine(label.value) })),
    body: release.body.map((block) =>
      block.kind === 'list'
        ? { kind: 'list', items: block.items.map(sanitizeBody) }
        : { ...block, text: sanitizeBody(block.text) },
    ),
    notes: release.notes.map((note) => ({ term: sanitizeLine(note.term), text: sanitizeBody(note.text) })),
    warnings: release.warnings.map(sanitizeLine),
    provenance: { ...release.provenance, file: sanitizeLine(release.provenance.file) },
    ...(release.origins
      ? { origins: release.origins.map((origin) => ({ ...origin, value: sanitizeLine(origin.value) })) }
      : {}),
  };
}

/** A copy of the taxonomy entry with every displayed string sanitized (its id and links as they are). */
export function sanitizeEntry(entry: TaxonomyEntry): TaxonomyEntry {
  if (
    !UNSAFE.test(entry.name) &&
    !UNSAFE.test(entry.description) &&
    !entry.aliases.some(hasUnsafeText) &&
    !hasUnsafeFacts(entry)
  )
    return entry;
  return {
    ...entry,
    name: sanitizeLine(entry.name),
    aliases: entry.aliases.map(sanitizeLine),
    description: sanitizeLine(entry.description),
    facts: Object.fromEntries(
      Object.entries(entry.facts).map(([key, value]) => [sanitizeLine(key), sanitizeLine(value)]),
    ),
  };
}

/** One line of untrusted text with terminal control sequences removed. */
export function sanitizeLine(text: string): string {
  return UNSAFE.test(text) ? sanitizeText(text) : text;
}

/** Body text with terminal control sequences removed; newlines stay. */
export function sanitizeBody(text: string): string {
  return UNSAFE_IN_BODY.test(text) ? sanitizeText(text, { keepNewlines: true }) : text;
}

/** True when the text holds anything sanitizeText would remove or change (an id must not). */
export function hasUnsafeText(text: string): boolean {
  return UNSAFE.test(text);
}

function hasUnsafeFacts(entry: TaxonomyEntry): boolean {
  return Object.entries(entry.facts).some(([key, value]) => UNSAFE.test(key) || UNSAFE.test(value));
}

// Any character sanitizeText could remove or change; most text has none, and the test is far
// cheaper than the sanitizer's replacements over a 200,000-release archive.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
const UNSAFE_IN_BODY = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
