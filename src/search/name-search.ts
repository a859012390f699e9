import Fuse from 'fuse.js';
import type { EntryKind, TaxonomyEntry } from '../bundle/types.js';
import { foldText } from '../text/fold.js';
import { boundedEditDistance } from '../taxonomy/edit-distance.js';
import { allowedEdits } from './typo-budget.js';
import { foldWithOffsets } from '../taxonomy/fold-with-offsets.js';
import { tokenize, wordsOf } from './highlight.js';
import type { EntityHit, Highlight } from './types.js';

/** Finds taxonomy entries by name or alias, forgiving typos and accents. */
export interface NameSearch {
  search(text: string, options?: { limit?: number; kinds?: readonly EntryKind[] }): EntityHit[];
}

interface NameItem {
  entry: TaxonomyEntry;
  /** The name or alias as written. */
  text: string;
  folded: string;
  isAlias: boolean;
}

const MAX_NAME_QUERY = 40;

// Menu headings are places to browse, not things to find.
const NOT_SEARCHED: readonly EntryKind[] = ['section'];

/**
 * Builds a fuse.js index over the names and aliases (a few hundred strings, well under a
 * millisecond per query). Matching runs on folded text; highlights are whole words of the
 * name as written.
 */
export function createNameSearch(entries: readonly TaxonomyEntry[]): NameSearch {
  const items: NameItem[] = [];
  for (const entry of entries) {
    if (NOT_SEARCHED.includes(entry.kind)) continue;
    items.push({ entry, text: entry.name, folded: foldWithOffsets(entry.name).text, isAlias: false });
    for (const alias of entry.aliases) items.push({ entry, text: alias, folded: foldWithOffsets(alias).text, isAlias: true });
  }
  const fuse = new Fuse(items, {
    keys: ['folded'],
    includeScore: true,
    ignoreLocation: true,
    threshold: 0.34,
    minMatchCharLength: 2,
  });

  return {
    search(text, options = {}) {
      const query = foldText(text);
      // Names are short: a long query is a sentence about something, not a name, and fuse's
      // cost grows with the pattern.
      if (query.length < 2 || query.length > MAX_NAME_QUERY) return [];
      const best = new Map<string, { item: NameItem; score: number }>();
      for (const result of fuse.search(query)) {
        const item = result.item;
        if (options.kinds && !options.kinds.includes(item.entry.kind)) continue;
        const score = adjustScore(result.score ?? 1, item, query);
        const previous = best.get(item.entry.id);
        if (!previous || score < previous.score) {
          best.set(item.entry.id, { item, score });
        }
      }
      return [...best.values()]
        .sort((a, b) => a.score - b.score || a.item.text.length - b.item.text.length)
        .slice(0, options.limit ?? 8)
        .map(({ item }) => ({ entry: item.entry, matched: item.text, highlights: nameHighlights(item.text, query) }));
    },
  };
}

// fuse scores a short exact name and a long name containing the query about the same;
// people typing "kosovo" or "turkey" mean the thing itself first.
function adjustScore(score: number, item: NameItem, query: string): number {
  if (item.folded === query) return -2;
  if (item.folded.startsWith(query)) return score - 1;
  if (item.folded.split(/[^a-z0-9]+/).some((word) => word.startsWith(query))) return score - 0.5;
  return score + (item.isAlias ? 0.01 : 0);
}

// Whole words of the name that the query's words start or nearly spell: clearer than fuse's
// scattered matched letters.
function nameHighlights(text: string, query: string): Highlight[] {
  const queryWords = tokenize(query);
  return wordsOf(text)
    .filter((word) =>
      queryWords.some((typed) => {
        if (word.folded.startsWith(typed)) return true;
        const edits = allowedEdits(typed);
        return edits > 0 && boundedEditDistance(typed, word.folded.slice(0, typed.length + edits), edits) <= edits;
      }),
    )
    .map((word): Highlight => [word.start, word.end]);
}
