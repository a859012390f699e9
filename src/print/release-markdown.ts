import { withInferredNote } from '../article/fact-origin-notes.js';
import { formatReleaseDate } from '../article/format-date.js';
import type { Block, FactKind, Release } from '../bundle/types.js';
import type { Taxonomy } from '../taxonomy/taxonomy.js';
import { oneLine } from '../text/labels.js';

/**
 * A release as a Markdown document: title, a list of its metadata (an inferred fact says so:
 * `Italy (inferred from the place)`), body and notes.
 */
export function releaseToMarkdown(release: Release, taxonomy: Taxonomy): string {
  const names = (ids: string[], fact: FactKind) =>
    ids.map((id) => withInferredNote(oneLine(taxonomy.get(id)?.name ?? id), release, fact, id)).join(', ');
  const meta: [string, string][] = [
    ['Type', withInferredNote(oneLine(release.type), release, 'type')],
    ['Date', withInferredNote(formatReleaseDate(release.date), release, 'date')],
    ['Place', withInferredNote(oneLine(release.place), release, 'place')],
    ['Source', names(release.sources, 'source')],
    ['Fields of work', names(release.fields, 'field')],
    ['Countries', names(release.countries, 'country')],
    ['URL', oneLine(release.url)],
    ['Id', `\`${oneLine(release.id)}\``],
  ];
  const out = [`# ${oneLine(release.title) || '(untitled)'}`, ''];
  for (const [label, value] of meta) if (value) out.push(`- ${label}: ${value}`);
  for (const block of release.body) out.push('', blockToMarkdown(block));
  if (release.notes.length > 0) {
    out.push('', '## Notes', '');
    for (const note of release.notes) out.push(`- **${oneLine(note.term)}**: ${oneLine(note.text)}`);
  }
  return `${out.join('\n')}\n`;
}

function blockToMarkdown(block: Block): string {
  const text = oneLine;
  switch (block.kind) {
    case 'paragraph':
      return text(block.text);
    case 'quote':
      return `> ${text(block.text)}`;
    case 'heading':
      return `## ${text(block.text)}`;
    case 'list':
      return block.items.map((item) => `- ${text(item)}`).join('\n');
  }
}
