import type { EntryKind, TaxonomyEntry } from '../bundle/types.js';
import type { EntityHit, Highlight } from '../model/search-results.js';
import { MINOR_WORDS } from '../taxonomy/name-key.js';
import { isAscii } from '../text/fold.js';
import { tokenize, wordsOf } from './highlight.js';
import { matchWord, type NameTokens } from './name-word-match.js';
import type { ParsedQuery } from './query-parser.js';

/** The parts of a query the name search reads: free text and exclusions. */
export type NameQuery = Pick<ParsedQuery, 'terms' | 'phrases' | 'excluded' | 'partial'>;

/** Options of a name search. */
export interface NameSearchOptions {
  limit?: number;
  kinds?: readonly EntryKind[];
  /** Ids of entries not to return (those a query's facets already chose). */
  skip?: ReadonlySet<string>;
}

/** Finds taxonomy entries by name or alias, word by word, forgiving typos and accents. */
export interface NameSearch {
  search(query: NameQuery, options?: NameSearchOptions): EntityHit[];
}

interface NameWord {
  folded: string;
  start: number;
  end: number;
  /** "in", "to", "OSCE": a name is whole without them being typed. */
  minor: boolean;
}

interface NameItem {
  entry: TaxonomyEntry;
  /** The name or alias as written. */
  text: string;
  words: NameWord[];
  isAlias: boolean;
  order: number;
}

/** Where a token sits in a name: one word, or two neighbours written together. */
interface TokenPlace {
  item: NameItem;
  first: number;
  last: number;
}

/** One query word as the name search reads it. */
interface WantedWord {
  word: string;
  /** Still being typed: a beginning with a slip in it counts. */
  typing: boolean;
  /** Part of an "exact phrase": no typos, no beginnings. */
  exact: boolean;
  /** A minor word may be missing from a name. */
  optional: boolean;
}

/** Kinds never offered by name: menu headings are places to browse, not things to find. */
export const NOT_SEARCHED: readonly EntryKind[] = ['section'];
/** Words that say nothing about which name is meant ("in", "the", "OSCE"). */
export const MINOR: ReadonlySet<string> = new Set([...MINOR_WORDS, 'osce']);
// Each word of the name nobody typed: "kosovo" is Kosovo before Mission in Kosovo.
const UNTYPED_WORD_COST = 0.3;
const MISSING_MINOR_COST = 0.1;
const ALIAS_COST = 0.01;
// Names have at most about fifteen words; more is a sentence about something.
const MAX_WORDS = 16;

/**
 * Builds the name search over the names and aliases of a taxonomy (a few hundred short
 * strings: a search scans a few hundred words, well under a millisecond). A name matches when
 * every typed word (minor words such as "in" aside) is one of its words: exactly, as its
 * beginning, or within a typo or two (see matchWord). Ranking adds up the typos and the words
 * of the name left untyped, so the thing itself comes before names that merely contain it.
 */
export function createNameSearch(entries: readonly TaxonomyEntry[]): NameSearch {
  // Each name is split into words when a query first needs it: a query reads the names holding
  // a word that starts with one of one or two letters (see matchWord).
  const names: { entry: TaxonomyEntry; text: string; isAlias: boolean; order: number }[] = [];
  entries.forEach((entry, order) => {
    if (NOT_SEARCHED.includes(entry.kind)) return;
    names.push({ entry, text: entry.name, isAlias: false, order });
    for (const alias of entry.aliases) names.push({ entry, text: alias, isAlias: true, order });
  });
  const items: (NameItem | undefined)[] = [];
  const itemAt = (index: number): NameItem => {
    const name = names[index]!;
    items[index] ??= nameItem(name.entry, name.text, name.isAlias, name.order);
    return items[index]!;
  };
  // Where each token sits, built for one first letter at a time, and every token's places were
  // most of what a search command allocated at start. Tokens and places keep the order of one
  // pass over every name.
  const byLetter = new Map<string, { places: Map<string, TokenPlace[]>; tokens: string[] }>();
  const startingWith = (letter: string): { places: Map<string, TokenPlace[]>; tokens: string[] } => {
    let found = byLetter.get(letter);
    if (found === undefined) {
      const places = new Map<string, TokenPlace[]>();
      // An ASCII name without a word starting with an ASCII letter has no token starting with it.
      const startsAWord = /^[a-z0-9]$/.test(letter) ? new RegExp(`(?:^|[^A-Za-z0-9])${letter}`, 'i') : undefined;
      names.forEach((name, index) => {
        if (startsAWord && isAscii(name.text) && !startsAWord.test(name.text)) return;
        const item = itemAt(index);
        item.words.forEach((word, position) => {
          if (word.folded[0] !== letter) return;
          addTo(places, word.folded, { item, first: position, last: position });
          const next = item.words[position + 1];
          if (next) addTo(places, word.folded + next.folded, { item, first: position, last: position + 1 });
        });
      });
      found = { places, tokens: [...places.keys()] };
      byLetter.set(letter, found);
    }
    return found;
  };
  const placesOf = (token: string): TokenPlace[] => startingWith(token[0]!).places.get(token) ?? [];
  const tokens: NameTokens = {
    has: (token) => startingWith(token[0]!).places.has(token),
    startingWith: (letter) => startingWith(letter).tokens,
  };
  let itemsOfEntry: Map<string, NameItem[]> | undefined;
  const itemsOf = (id: string): NameItem[] => {
    if (itemsOfEntry === undefined) {
      itemsOfEntry = new Map();
      for (let index = 0; index < names.length; index += 1) addTo(itemsOfEntry, names[index]!.entry.id, itemAt(index));
    }
    return itemsOfEntry.get(id) ?? [];
  };

  return {
    search(query, options = {}) {
      const wanted = wantedWords(query);
      if (wanted.length === 0 || wanted.length > MAX_WORDS) return [];
      const phrases = query.phrases.map(tokenize).filter((phrase) => phrase.length > 1);
      const excluded = query.excluded.map(tokenize).filter((words) => words.length > 0);

      // For each item, the best match of each wanted word.
      const found = new Map<NameItem, { costs: number[]; spans: [number, number][] }>();
      wanted.forEach((wantedWord, position) => {
        for (const [token, cost] of matchWord(wantedWord, tokens)) {
          for (const place of placesOf(token)) {
            let state = found.get(place.item);
            if (!state) {
              state = { costs: wanted.map(() => Infinity), spans: [] };
              found.set(place.item, state);
            }
            if (cost < state.costs[position]!) {
              state.costs[position] = cost;
              state.spans[position] = [place.first, place.last];
            }
          }
        }
      });

      const best = new Map<string, { item: NameItem; score: number; covered: Set<number> }>();
      for (const [item, { costs, spans }] of found) {
        if (options.kinds && !options.kinds.includes(item.entry.kind)) continue;
        if (options.skip?.has(item.entry.id)) continue;
        const score = scoreOf(item, wanted, costs, spans);
        if (score === undefined) continue;
        if (!phrases.every((phrase) => containsRun(item.words, phrase))) continue;
        const previous = best.get(item.entry.id);
        if (previous && previous.score <= score.score) continue;
        if (excluded.length > 0 && isExcluded(itemsOf(item.entry.id), excluded)) continue;
        best.set(item.entry.id, { item, ...score });
      }
      return [...best.values()]
        .sort((a, b) => a.score - b.score || a.item.words.length - b.item.words.length || a.item.order - b.item.order)
        .slice(0, options.limit ?? 8)
        .map(({ item, covered }) => ({
          entry: item.entry,
          matched: item.text,
          highlights: highlightsOf(item, covered),
        }));
    },
  };
}

function nameItem(entry: TaxonomyEntry, text: string, isAlias: boolean, order: number): NameItem {
  const words = wordsOf(text) as NameWord[];
  // In place: a copy of each word would double what building the name search allocates.
  for (const word of words) word.minor = MINOR.has(word.folded);
  return { entry, text, words, isAlias, order };
}

function wantedWords(query: NameQuery): WantedWord[] {
  const words: WantedWord[] = [];
  query.terms.forEach((term, termIndex) => {
    const folded = tokenize(term);
    folded.forEach((word, index) => {
      const typing = query.partial && termIndex === query.terms.length - 1 && index === folded.length - 1;
      words.push({ word, typing, exact: false, optional: false });
    });
  });
  for (const phrase of query.phrases)
    for (const word of tokenize(phrase)) words.push({ word, typing: false, exact: true, optional: false });
  // One letter could begin half the names.
  if (words.length === 1 && words[0]!.word.length < 2) return [];
  if (words.some((wanted) => !MINOR.has(wanted.word)))
    for (const wanted of words) wanted.optional = MINOR.has(wanted.word);
  return words;
}

// undefined when a needed word is missing from the name.
function scoreOf(
  item: NameItem,
  wanted: WantedWord[],
  costs: number[],
  spans: [number, number][],
): { score: number; covered: Set<number> } | undefined {
  let score = item.isAlias ? ALIAS_COST : 0;
  const covered = new Set<number>();
  for (let position = 0; position < wanted.length; position += 1) {
    const cost = costs[position]!;
    if (cost === Infinity) {
      if (!wanted[position]!.optional) return undefined;
      score += MISSING_MINOR_COST;
      continue;
    }
    score += cost;
    const [first, last] = spans[position]!;
    for (let index = first; index <= last; index += 1) covered.add(index);
  }
  item.words.forEach((word, index) => {
    if (!word.minor && !covered.has(index)) score += UNTYPED_WORD_COST;
  });
  return { score, covered };
}

function isExcluded(items: readonly NameItem[], excluded: readonly string[][]): boolean {
  return items.some((item) =>
    excluded.some(
      (words) => containsRun(item.words, words) || (words.length === 1 && containsJoined(item.words, words[0]!)),
    ),
  );
}

// The words appear one after the other in the name.
function containsRun(words: readonly NameWord[], run: readonly string[]): boolean {
  for (let start = 0; start + run.length <= words.length; start += 1) {
    if (run.every((word, offset) => words[start + offset]!.folded === word)) return true;
  }
  return false;
}

// "cooperation" is in a name that writes "co-operation".
function containsJoined(words: readonly NameWord[], word: string): boolean {
  return words.some(
    (first, index) => words[index + 1] !== undefined && first.folded + words[index + 1]!.folded === word,
  );
}

function highlightsOf(item: NameItem, covered: ReadonlySet<number>): Highlight[] {
  return [...covered]
    .sort((a, b) => a - b)
    .map((index): Highlight => [item.words[index]!.start, item.words[index]!.end]);
}

function addTo<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
