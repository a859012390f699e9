import type { Release } from '../bundle/types.js';
import type { Taxonomy } from '../taxonomy/taxonomy.js';
import { withInferredNote } from '../article/fact-origin-notes.js';
import { formatReleaseDate } from '../article/format-date.js';
import { clean as cleanLine } from '../text/labels.js';

/**
 * A one-line citation of a release, for the clipboard:
 * `Title. Press release, 9 June 2017. OSCE Secretariat. https://…` (the id when there is no URL).
 * A date or source the importer inferred says so, so the citation does not pass it off as stated.
 */
export function formatCitation(release: Release, taxonomy: Taxonomy): string {
  const title = cleanLine(release.title) || '(untitled)';
  const sources = release.sources.map((id) => withInferredNote(cleanLine(taxonomy.get(id)?.name ?? id), release, 'source', id)).filter(Boolean);
  const where = cleanLine(release.url) || `osce-tui release ${cleanLine(release.id)}`;
  const parts = [
    `${title.replace(/[.!?]$/, '')}.`,
    `${withInferredNote(cleanLine(release.type), release, 'type') || 'Release'}, ${withInferredNote(formatReleaseDate(release.date), release, 'date')}.`,
    sources.length > 0 ? `${sources.join('; ')}.` : 'OSCE.',
    where,
  ];
  return parts.join(' ');
}
