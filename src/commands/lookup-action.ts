import type { Command } from 'commander';
import { wrapText } from '../article/wrap-text.js';
import type { EntryKind, TaxonomyEntry } from '../bundle/types.js';
import { EXIT_USAGE, UserError } from '../cli/errors.js';
import { outputWidth, writeJson, writeOut } from '../cli/output.js';
import { buildEntityCard, entityCardJson, renderEntityCard } from '../print/entity-card.js';
import { createNameMatcher } from '../taxonomy/name-matcher.js';
import { kindLabel, oneLine } from '../text/labels.js';
import { CARD_KINDS } from './card-kinds.js';
import { commandTextStyle, openCommandCatalog, openCommandUserState } from './command-context.js';

const HEADING_KINDS: EntryKind[] = ['section', 'page'];
const LATEST_RELEASES = 5;

/** A candidate or suggestion as printed and as JSON. */
function candidate(entry: TaxonomyEntry): { id: string; name: string; kind: string } {
  return { id: entry.id, name: oneLine(entry.name), kind: kindLabel(entry.kind) };
}

/** Candidates as lines: `  Name (kind; id)`, wrapped to the width. Pure. */
function candidateLines(candidates: readonly { id: string; name: string; kind: string }[], width: number): string[] {
  return candidates.flatMap((c) =>
    wrapText(`${c.name} (${c.kind}; ${c.id})`, width - 2, { hangingIndent: '    ' }).map((line) => `  ${line}`),
  );
}

/** `osce-tui lookup NAME`: the card of the entry the name means. */
export async function lookupEntry(
  words: string[],
  options: { json?: boolean; compare?: string[] },
  command: Command,
): Promise<void> {
  const name = words.join(' ').trim();
  if (name === '') throw new UserError('lookup needs a name, e.g. osce-tui lookup odihr', EXIT_USAGE);
  if (options.compare?.length)
    return (await import('./compare-action.js')).compareEntries([name, ...options.compare], options, command);
  const catalog = await openCommandCatalog(command);
  try {
    const matcher = createNameMatcher(catalog.taxonomy);
    const match = matcher.resolve(name, { kinds: CARD_KINDS, typos: true });
    if (match.status === 'ambiguous') {
      const candidates = match.entries.map(candidate);
      if (options.json) writeJson({ status: 'ambiguous', query: name, candidates });
      // Like show: stdout stays empty on failure, so `lookup X > card.txt` never saves a list of candidates.
      else process.stderr.write(`${candidateLines(candidates, outputWidth(undefined, process.stderr)).join('\n')}\n`);
      throw new UserError(`"${name}" matches ${candidates.length} entries; give one of the names or ids above`);
    }
    const entry = match.entries[0];
    if (match.status === 'none' || !entry) {
      // A menu heading ("countries") has no card, but its entries do: suggest those.
      const heading = matcher.resolve(name, { kinds: HEADING_KINDS });
      const under =
        heading.status === 'exact'
          ? catalog.taxonomy.children(heading.entries[0]!.id).filter((child) => CARD_KINDS.includes(child.kind))
          : [];
      const suggestions = (under.length > 0 ? under : match.suggestions).map(candidate);
      if (options.json) writeJson({ status: 'none', query: name, suggestions });
      const names = suggestions.map((s) => s.name).join(', ');
      if (under.length > 0)
        throw new UserError(
          `${oneLine(heading.entries[0]!.name)} is a heading of the menu; look up one of its entries: ${names}`,
        );
      throw new UserError(`no State, institution or other entry named "${name}"${names ? `; nearest: ${names}` : ''}`);
    }
    const card = buildEntityCard(catalog, entry, LATEST_RELEASES);
    const readIds = openCommandUserState().readMarks.readIds();
    if (options.json) {
      writeJson({ status: 'exact', query: name, card: entityCardJson(card, readIds) });
      return;
    }
    writeOut(renderEntityCard(card, { width: outputWidth(), style: commandTextStyle(command), readIds }).join('\n'));
  } finally {
    catalog.close();
  }
}
