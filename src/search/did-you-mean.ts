import Fuse from 'fuse.js';
import type { TaxonomyEntry } from '../bundle/types.js';
import { tokenize } from './highlight.js';
import { MINOR as IGNORED_WORDS, NOT_SEARCHED as NOT_OFFERED, type NameQuery } from './name-search.js';
import type { EntityHit } from '../model/search-results.js';

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

interface SuggestableName {
  entry: TaxonomyEntry;
  /** The name or alias as written (the name, for all names together). */
  text: string;
  /** Its words folded (accents, case) and joined by single spaces. */
  folded: string;
}

// Two letters match inside too many words to say anything.
const MIN_WORD_LENGTH = 3;
const DEFAULT_LIMIT = 5;
/**
 * fuse.js scores a word by its typos over its length (0 exact, 1 nothing alike). 0.3 lets a
 * 7-letter word carry two typos ("kosovvo" → Kosovo) and a 6-letter one a single typo, while a
 * word that merely shares a few letters with a name ("banana" in Albania, 0.33) is left out.
 */
const THRESHOLD = 0.3;

/**
 * Builds the "did you mean" step over the names and aliases of a taxonomy, with fuse.js: each
 * word of the query (minor words aside) must be found, within THRESHOLD, somewhere in one name,
 * in any order. The fuse.js index is built on the first call: it is only needed when a search
 * finds nothing, so a search that finds something never pays for it.
 */
export function createDidYouMean(entries: readonly TaxonomyEntry[]): DidYouMean {
  let fuse: Fuse<SuggestableName> | undefined;
  const index = (): Fuse<SuggestableName> => {
    fuse ??= new Fuse(suggestableNames(entries), {
      keys: ['folded'],
      threshold: THRESHOLD,
      // A typo counts the same anywhere in a name, and in a long name as in a short one.
      ignoreLocation: true,
      ignoreFieldNorm: true,
      // Space-separated words are matched one by one, in any order ("kosovvo mision").
      useExtendedSearch: true,
      includeScore: true,
    });
    return fuse;
  };

  return {
    suggest(query, options = {}) {
      const words = [...query.terms, ...query.phrases]
        .flatMap(tokenize)
        .filter((word) => word.length >= MIN_WORD_LENGTH && !IGNORED_WORDS.has(word));
      if (words.length === 0) return [];
      const limit = options.limit ?? DEFAULT_LIMIT;
      const offered = new Map<string, EntityHit>();
      // fuse.js returns the best first (ties in menu order), so the first hit of an entry is its best.
      for (const { item } of index().search(words.join(' '))) {
        if (offered.size >= limit) break;
        if (offered.has(item.entry.id) || options.skip?.has(item.entry.id)) continue;
        offered.set(item.entry.id, { entry: item.entry, matched: item.text, highlights: [] });
      }
      return [...offered.values()];
    },
  };
}

// Each name and alias, then, for an entry with aliases, all of them together: "tajikstan
// programe" has a word of "Mission to Tajikistan" and one of "Programme Office in Dushanbe".
// The joined ones come last, so on a tie the single name that came close is the one reported.
function suggestableNames(entries: readonly TaxonomyEntry[]): SuggestableName[] {
  const offered = entries.filter((entry) => !NOT_OFFERED.includes(entry.kind));
  const fold = (texts: readonly string[]) => texts.flatMap(tokenize).join(' ');
  return [
    ...offered.flatMap((entry) => [entry.name, ...entry.aliases].map((text) => ({ entry, text, folded: fold([text]) }))),
    ...offered.filter((entry) => entry.aliases.length > 0).map((entry) => ({ entry, text: entry.name, folded: fold([entry.name, ...entry.aliases]) })),
  ];
}
