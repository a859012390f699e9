import { filterKey } from '../index/filter-sql.js';
import { intersectFilters } from '../index/intersect-filters.js';
import type { ReleaseFilter } from '../model/release-filter.js';
import type { EntityHit, ReleaseHit, SearchOptions, SearchResults } from '../model/search-results.js';
import { createNameMatcher } from '../taxonomy/name-matcher.js';
import { createDidYouMean } from './did-you-mean.js';
import { resolveFacets } from './facet-resolver.js';
import type { MatchQuery, TermGroup } from './fts-expression.js';
import { highlightWords, makeSnippet, tokenize, type WordMatcher } from './highlight.js';
import { createNameSearch } from './name-search.js';
import { type ParsedQuery, parseQuery } from './query-parser.js';
import { type ReleaseMatches, ReleaseSearch } from './release-search.js';
import type { SearchIndex } from './search-index.js';
import { createVocabulary, type Vocabulary } from './vocabulary.js';

/** Runs searches over one index. */
export interface SearchEngine {
  /** Searches names and releases; a call made while an earlier one waits supersedes it. */
  search(query: string, options?: SearchOptions): Promise<SearchResults>;
  /** The same search answered at once, superseding nothing: for counts a screen computes as it draws. */
  searchNow(query: string, options?: SearchOptions): SearchResults;
}

// A word with fewer hits than this also matches its near spellings: "securty" may occur once
// as a typo in the archive, yet the reader means "security".
const FEW_HITS = 3;
const CACHE_LIMIT = 64;
// How many completions of a word being typed are searched: the most frequent ones.
const COMPLETIONS = 24;

/**
 * Creates the search engine of an index. Every query is kept small enough to run on the UI
 * thread between keystrokes (at most `limit` hits are read and scored, see ReleaseSearch), and
 * `search` yields to the event loop before running, so keys typed meanwhile are handled first
 * and only the latest query does any work.
 */
export function createSearchEngine(index: SearchIndex): SearchEngine {
  // Name search, did-you-mean and the facet name matcher are built on first use: a print command
  // runs one query, and most queries need one of them or none (~10 ms of a 150 ms start).
  let nameSearch: ReturnType<typeof createNameSearch> | undefined;
  let suggester: ReturnType<typeof createDidYouMean> | undefined;
  let nameMatcher: ReturnType<typeof createNameMatcher> | undefined;
  const names = () => (nameSearch ??= createNameSearch(index.taxonomy.entries));
  const didYouMean = () => (suggester ??= createDidYouMean(index.taxonomy.entries));
  const vocabulary = createVocabulary(index.db);
  const facetContext = {
    get names() {
      nameMatcher ??= createNameMatcher(index.taxonomy);
      return nameMatcher;
    },
    contentTypes: () => index.contentTypes(),
  };
  const releaseSearch = new ReleaseSearch(index.db);
  const cache = new Map<string, SearchResults>();
  let latest = 0;

  // The ranking and hits of the latest query, kept while its results are scrolled: a further
  // page (or a larger limit) computes only the rows it has not computed yet. A query's ranking
  // is fixed (the index does not change while open), so what was computed stays right.
  let rows: { input: string; matches: ReleaseMatches; complete: boolean; hits: Map<number, ReleaseHit> } | undefined;
  const rankedOrds = (input: string, match: MatchQuery, filter: ReleaseFilter, end: number): ReleaseMatches => {
    if (rows?.input === input && (rows.complete || rows.matches.ords.length >= end)) return rows.matches;
    // Scrolling further ranks at least twice as far as before, so reaching row n ranks O(n)
    // rows in all rather than once per page.
    const same = rows?.input === input ? rows : undefined;
    const ranked = Math.max(end, (same?.matches.ords.length ?? 0) * 2);
    const matches = releaseSearch.find(match, filter, ranked);
    rows = {
      input,
      matches,
      complete: matches.ords.length < ranked,
      hits: same?.hits ?? new Map<number, ReleaseHit>(),
    };
    return matches;
  };

  // While facets are typed after the words, the words (and so the names found) stay the same.
  let lastNames: { key: string; hits: EntityHit[] } | undefined;
  const findNames = (query: ParsedQuery, skip: ReadonlySet<string>, limit: number): EntityHit[] => {
    const key = JSON.stringify([limit, query.terms, query.phrases, query.excluded, query.partial, [...skip]]);
    if (lastNames?.key !== key) lastNames = { key, hits: limit === 0 ? [] : names().search(query, { limit, skip }) };
    return lastNames.hits;
  };

  const searchCached = (input: string, options: SearchOptions = {}): SearchResults => {
    const key = `${options.offset ?? ''}|${options.limit ?? ''}|${options.entityLimit ?? ''}|${options.within ? filterKey(options.within) : ''}|${input}`;
    const cached = cache.get(key);
    if (cached) return cached;
    const results = run(input, options);
    if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
    cache.set(key, results);
    return results;
  };

  const run = (input: string, options: SearchOptions): SearchResults => {
    const empty: SearchResults = { query: input, entities: [], releases: [], totalReleases: 0, terms: [] };
    const parsed = parseQuery(input);
    if (parsed.error) return { ...empty, error: parsed.error };
    const facets = resolveFacets(parsed.facets, facetContext);
    if ('error' in facets) return { ...empty, error: facets.error };

    // Names come from the words typed; an entry a facet already chose is not offered again.
    const chosen = new Set(facets.entries.map((entry) => entry.id));
    const entities = findNames(parsed, chosen, options.entityLimit ?? 8);
    const match = toMatchQuery(parsed.terms, parsed.phrases, parsed.excluded, parsed.partial, vocabulary);
    const offset = countOption(options.offset, 0);
    const limit = countOption(options.limit, 50);
    // The ranking kept for paging is per query and restriction alike.
    const ranking = options.within ? `${input}\u0000${filterKey(options.within)}` : input;
    const found = rankedOrds(
      ranking,
      match,
      options.within ? intersectFilters(facets.filter, options.within) : facets.filter,
      offset + limit,
    );
    const matcher = wordMatcherOf(match);
    // Only a query that found nothing pays for the fuzzy pass over every name.
    const suggestions =
      entities.length === 0 && found.total === 0 ? didYouMean().suggest(parsed, { skip: chosen }) : [];
    return {
      query: input,
      entities,
      releases: hitsFor(ranking, found.ords.slice(offset, offset + limit), matcher),
      totalReleases: found.total,
      ...(found.totalIsLowerBound ? { totalIsLowerBound: true } : {}),
      terms: [...matcher.exact, ...matcher.prefixes],
      ...(suggestions.length > 0 ? { suggestions } : {}),
    };
  };

  // Rows and snippets are read for the asked rows only, and only once per query.
  const hitsFor = (input: string, ords: number[], matcher: WordMatcher): ReleaseHit[] => {
    const known = rows?.input === input ? rows.hits : new Map<number, ReleaseHit>();
    const missing = ords.filter((ord) => !known.has(ord));
    const found = index.rowsByOrd(missing);
    const bodies = index.bodyTexts(missing);
    for (const ord of missing) {
      const row = found.get(ord);
      if (!row) continue;
      const snippet = makeSnippet(bodies.get(ord) ?? '', matcher);
      known.set(ord, {
        row,
        titleHighlights: highlightWords(row.title, matcher),
        snippet: snippet.snippet,
        snippetHighlights: snippet.highlights,
      });
    }
    return ords.flatMap((ord) => known.get(ord) ?? []);
  };

  return {
    async search(input, options) {
      const mine = ++latest;
      await new Promise<void>((resolve) => setImmediate(resolve));
      if (mine !== latest)
        return { query: input, entities: [], releases: [], totalReleases: 0, terms: [], superseded: true };
      return searchCached(input, options);
    },
    searchNow: (input, options) => searchCached(input, options),
  };
}

// A count option as a whole number ≥ 0 (a caller asking for 1e20 rows means all of them).
function countOption(value: number | undefined, fallback: number): number {
  if (value === undefined || Number.isNaN(value)) return fallback;
  return Math.max(0, Math.floor(value));
}

/**
 * Turns the typed words into index words: the word being typed stands for its most frequent
 * completions (from two letters on; one letter would match half the vocabulary), and a word the
 * index does not know or barely knows also matches its near spellings.
 */
function toMatchQuery(
  terms: string[],
  phrases: string[],
  excluded: string[],
  partial: boolean,
  vocabulary: Vocabulary,
): MatchQuery {
  const words = terms.flatMap((term, index) =>
    tokenize(term).map((word, position, all) => ({
      word,
      typing: partial && index === terms.length - 1 && position === all.length - 1,
    })),
  );
  const groups: TermGroup[] = [];
  for (const { word, typing } of words) {
    if (typing) {
      if (word.length < 2) continue;
      const completions = vocabulary.completions(word, COMPLETIONS);
      if (completions.length > 0) groups.push({ words: completions, prefixes: [word] });
      else groups.push({ words: orNothing(vocabulary.corrections(word, { prefix: true }), word), prefixes: [] });
      continue;
    }
    const docs = vocabulary.docs(word);
    if (docs >= FEW_HITS) {
      groups.push({ words: [word], prefixes: [] });
      continue;
    }
    const corrections = vocabulary.corrections(word).filter((candidate) => vocabulary.docs(candidate) > docs);
    if (docs > 0) groups.push({ words: [word, ...corrections], prefixes: [] });
    else {
      // A finished word the index does not know may be the start of one ("elect year:2017").
      const completions = word.length >= 3 ? vocabulary.completions(word, COMPLETIONS) : [];
      const words = [...corrections, ...completions];
      groups.push({ words: words.length > 0 ? words : [word], prefixes: completions.length > 0 ? [word] : [] });
    }
  }
  return {
    groups,
    phrases: phrases.map(tokenize).filter((phrase) => phrase.length > 0),
    excluded: excluded.map(tokenize).filter((phrase) => phrase.length > 0),
  };
}

// A word with no match and no near spelling still takes part, so the query finds nothing
// rather than silently dropping the word.
function orNothing(corrections: string[], word: string): string[] {
  return corrections.length > 0 ? corrections : [word];
}

function wordMatcherOf(query: MatchQuery): WordMatcher {
  return {
    // A prefix covers its completions, so they need not be listed (SearchResults.terms stays short).
    exact: new Set([
      ...query.groups.flatMap((group) =>
        group.words.filter((word) => !group.prefixes.some((prefix) => word.startsWith(prefix))),
      ),
      ...query.phrases.flat(),
    ]),
    prefixes: query.groups.flatMap((group) => group.prefixes),
  };
}
