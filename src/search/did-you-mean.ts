import type { TaxonomyEntry } from '../bundle/types.js';
import type { EntityHit } from '../model/search-results.js';
import { nameKey } from '../taxonomy/name-key.js';
import { createNameSuggester, type SuggestableName } from '../taxonomy/name-suggestions.js';
import { tokenize } from './highlight.js';
import { MINOR as IGNORED_WORDS, type NameQuery, NOT_SEARCHED as NOT_OFFERED } from './name-search.js';

/** Options of a "did you mean" lookup. */
export interface DidYouMeanOptions {
  /** At most this many entries (default 5). */
  limit?: number;
  /** Ids of entries not to offer (those a query's facets already chose). */
  skip?: ReadonlySet<string>;
}

/** Offers the taxonomy entries whose names come closest to a query that found nothing. */
export interface DidYouMean {
  /** Best first; `highlights` are empty (a near spelling has no matched characters to show). */
  suggest(query: NameQuery, options?: DidYouMeanOptions): EntityHit[];
}

interface OfferedName extends SuggestableName {
  /** The name or alias as written (the name, for all names together). */
  text: string;
}

// Two letters match inside too many words to say anything.
const MIN_WORD_LENGTH = 3;

/**
 * Builds the "did you mean" step of search over the names and aliases of a taxonomy, with the
 * same engine as name lookups (createNameSuggester): the query's words (minor and short words
 * aside) must come close to the words of one name, in any order. Built on the first call: it is
 * only needed when a search finds nothing, so a search that finds something never pays for it.
 */
export function createDidYouMean(entries: readonly TaxonomyEntry[]): DidYouMean {
  let suggester: ReturnType<typeof createNameSuggester<OfferedName>> | undefined;
  return {
    suggest(query, options = {}) {
      const words = [...query.terms, ...query.phrases]
        .flatMap(tokenize)
        .filter((word) => word.length >= MIN_WORD_LENGTH && !IGNORED_WORDS.has(word));
      if (words.length === 0) return [];
      suggester ??= createNameSuggester(offeredNames(entries));
      const skip = options.skip;
      const names = suggester(words.join(' '), (entry) => !skip?.has(entry.id), options.limit);
      return names.map((name) => ({ entry: name.entry, matched: name.text, highlights: [] }));
    },
  };
}

// Each name and alias, then, for an entry with aliases, all of them together: "tajikstan
// programe" has a word of "Mission to Tajikistan" and one of "Programme Office in Dushanbe".
// The joined ones come last, so on a tie the single name that came close is the one reported.
function offeredNames(entries: readonly TaxonomyEntry[]): OfferedName[] {
  const offered = entries.flatMap((entry, order) => (NOT_OFFERED.includes(entry.kind) ? [] : [{ entry, order }]));
  const named = (entry: TaxonomyEntry, order: number, text: string, texts: readonly string[]): OfferedName => ({
    entry,
    order,
    text,
    // Names come sanitized from the Taxonomy, so they are compared as shown.
    key: texts.map((each) => nameKey(each)).join(' '),
  });
  return [
    ...offered.flatMap(({ entry, order }) =>
      [entry.name, ...entry.aliases].map((text) => named(entry, order, text, [text])),
    ),
    ...offered
      .filter(({ entry }) => entry.aliases.length > 0)
      .map(({ entry, order }) => named(entry, order, entry.name, [entry.name, ...entry.aliases])),
  ];
}
