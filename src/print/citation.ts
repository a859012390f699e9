import { withInferredNote } from '../article/fact-origin-notes.js';
import { formatReleaseDate } from '../article/format-date.js';
import type { Release } from '../bundle/types.js';
import type { Taxonomy } from '../taxonomy/taxonomy.js';
import { oneLine } from '../text/labels.js';

/**
 * A one-line citation of a release, for the clipboard:
 * `Title. Press release, 9 June 2017. OSCE Secretariat. https://…` (the id when there is no URL).
 * A date or source the importer inferred says so, so the citation does not pass it off as stated.
 */
export function formatCitation(release: Release, taxonomy: Taxonomy): string {
  const title = oneLine(release.title) || '(untitled)';
  const sources = release.sources
    .map((id) => withInferredNote(oneLine(taxonomy.get(id)?.name ?? id), release, 'source', id))
    .filter(Boolean);
  const where = oneLine(release.url) || `osce-tui release ${oneLine(release.id)}`;
  const parts = [
    `${title.replace(/[.!?]$/, '')}.`,
    `${withInferredNote(oneLine(release.type), release, 'type') || 'Release'}, ${withInferredNote(formatReleaseDate(release.date), release, 'date')}.`,
    sources.length > 0 ? `${sources.join('; ')}.` : 'OSCE.',
    where,
  ];
  return parts.join(' ');
}
