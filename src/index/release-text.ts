import type { Release } from '../bundle/types.js';
import type { ReleaseRow } from '../model/release-row.js';
import { foldText } from '../text/fold.js';

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
 * Text as the full-text index should see it. The unicode61 tokenizer already folds case and
 * accents; only the foldings it lacks and foldText makes (dotless ı, ß) are applied here, so
 * indexed words and folded query words agree without folding every body in JavaScript.
 */
export function indexableText(text: string): string {
  // Searched for one by one rather than by a character class: a build runs this on every text
  // it indexes, and a search for a character that a one-byte string cannot hold ends at once.
  if (!text.includes('ı') && !text.includes('ß') && !text.includes('ẞ')) return text;
  return text.replace(/ı/g, 'i').replace(/[ßẞ]/g, 'ss');
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
