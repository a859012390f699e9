import type { EntryKind, TaxonomyEntry } from '../bundle/types.js';
import { sanitizeText } from '../text/sanitize.js';
import { sanitizeLine } from '../text/sanitize-model.js';
import { boundedEditDistance } from './edit-distance.js';
import { compactKey, MINOR_WORDS, nameKey, wordSetKey } from './name-key.js';
import { createNameSuggester } from './name-suggestions.js';
import type { Taxonomy } from './taxonomy.js';

/** What a name resolved to. */
export interface NameMatch {
  /** 'exact': one entry; 'ambiguous': several equally good; 'none': nothing (see suggestions). */
  status: 'exact' | 'ambiguous' | 'none';
  /** The entry (exact) or the candidates, best first (ambiguous); empty for none. */
  entries: TaxonomyEntry[];
  /** For 'none': up to 5 entries with similar names, best first ("albana" → Albania). */
  suggestions: TaxonomyEntry[];
}

/** Resolves names as users and pages write them to taxonomy entries. */
export interface NameMatcher {
  resolve(name: string, options?: ResolveOptions): NameMatch;
}

/** How a name is resolved. */
export interface ResolveOptions {
  /** Only entries of these kinds count. */
  kinds?: EntryKind[];
  /**
   * Take a name a slip or two away as that name ("kosvo" → Kosovo and Mission in Kosovo,
   * "italx" → Italy) when nothing matches as typed. For a person at the keyboard; off for
   * page labels and scripts, where a guess would file or list the wrong thing silently.
   */
  typos?: boolean;
}

const COUNTRY_KINDS: ReadonlySet<EntryKind> = new Set(['state', 'partner', 'place']);

/** Long forms of State names: "Republic of Serbia", "Kingdom of the Netherlands". */
const LONG_FORM =
  /^(?:(?:federal |democratic |socialist )*republic|kingdom|principality|grand duchy) of (?:the )?(.+)$/;
const TRAILING_BRACKETS = /^(.*\S)\s*\(([^()]*)\)\s*$/;

interface NameRecord {
  entry: TaxonomyEntry;
  /** Menu position, the last tie-breaker. */
  order: number;
  key: string;
  /** The key without spaces (see compactKey). */
  compact: string;
  /** The key's words, split when a partial or misspelt name first needs them (see recordWords). */
  words?: string[];
}

/** How well a partial name fits, lower is better. */
type Fit = typeof FIT_START | typeof FIT_WORDS | typeof FIT_JOINED;
/** The name starts with what was typed: "bosn" → Bosnia and Herzegovina. */
const FIT_START = 0;
/** Every typed word starts a word of the name: "skopje" → Mission to Skopje. */
const FIT_WORDS = 1;
/** What was typed appears in the name once spaces and hyphens are ignored: "cooperation". */
const FIT_JOINED = 2;

/**
 * Builds a matcher over the taxonomy's names and aliases. Forgiving about case, accents,
 * punctuation, hyphens, a leading "the", the word "OSCE", word order and unique beginnings of
 * names; an exact name beats a partial one ("kosovo" is the place, "mission in kosovo" the
 * Mission), and a menu link ('page') gives way to the thing of the same name. Also accepted:
 * an entry id, newsroom labels with a bracketed status or abbreviation ("... (closed)",
 * "... (SMM)") and long forms of State names ("Republic of Serbia"). A misspelt name gets
 * 'none' with suggestions, never a guess, unless typos are forgiven (see ResolveOptions). Maps are built once; resolving is a few map lookups,
 * or a scan of a few hundred short names when the name is partial or misspelt.
 */
export function createNameMatcher(taxonomy: Taxonomy): NameMatcher {
  const records: NameRecord[] = [];
  const byCompactKey = new Map<string, TaxonomyEntry[]>();
  const orderById = new Map<string, number>();

  taxonomy.entries.forEach((entry, order) => {
    orderById.set(entry.id, order);
    // Matched as shown: an escape sequence hidden in a bundle's name would otherwise split its words.
    // (sanitizeLine leaves clean text as it is, without sanitizeText's copies.)
    const keys = new Set(
      [entry.name, ...entry.aliases].map((text) => nameKey(sanitizeLine(text))).filter((key) => key !== ''),
    );
    for (const key of keys) {
      const compact = compactKey(key);
      records.push({ entry, order, key, compact });
      addTo(byCompactKey, compact, entry);
    }
  });

  // Built when a name is not found whole, which most lookups are: a print command builds this
  // matcher at start, and these would be a third of what it allocates.
  let byWordSet: Map<string, TaxonomyEntry[]> | undefined;
  const wordSets = (): Map<string, TaxonomyEntry[]> => {
    if (byWordSet === undefined) {
      byWordSet = new Map();
      for (const record of records) addTo(byWordSet, wordSetKey(record.key), record.entry);
    }
    return byWordSet;
  };
  let suggester: ReturnType<typeof createNameSuggester<NameRecord>> | undefined;
  const suggest: ReturnType<typeof createNameSuggester<NameRecord>> = (key, allowed, limit) => {
    suggester ??= createNameSuggester(records);
    return suggester(key, allowed, limit);
  };
  const ranked = (entries: Iterable<TaxonomyEntry>): TaxonomyEntry[] =>
    [...entries].sort((a, b) => orderById.get(a.id)! - orderById.get(b.id)!);

  /** The best entries for a name, or none; no suggestions. */
  const lookUp = (name: string, allowed: (entry: TaxonomyEntry) => boolean, partial = true): TaxonomyEntry[] => {
    const byId = taxonomy.get(name.trim());
    if (byId && allowed(byId)) return [byId];
    const key = nameKey(name);
    if (key === '') return [];
    const whole = preferThings((byCompactKey.get(compactKey(key)) ?? []).filter(allowed));
    if (whole.length > 0) return ranked(whole);
    const reordered = preferThings((wordSets().get(wordSetKey(key)) ?? []).filter(allowed));
    if (reordered.length > 0) return ranked(reordered);
    return partial ? partialMatches(records, key, allowed) : [];
  };

  return {
    resolve(typed, options = {}) {
      const name = sanitizeText(typed);
      const kinds = options.kinds && options.kinds.length > 0 ? new Set(options.kinds) : undefined;
      const allowed = (entry: TaxonomyEntry): boolean => !kinds || kinds.has(entry.kind);
      const entries = lookUp(name, allowed);
      if (entries.length > 0) return found(entries);
      // Labels such as "OSCE Special Monitoring Mission to Ukraine (closed)" or "... (SMM)":
      // the name outside the brackets, else the one inside if it is a whole name.
      const bracketed = TRAILING_BRACKETS.exec(name);
      if (bracketed) {
        const outside = lookUp(bracketed[1]!, allowed);
        if (outside.length > 0) return found(outside);
        const inside = lookUp(bracketed[2]!, allowed, false);
        if (inside.length > 0) return found(inside);
      }
      const key = nameKey(bracketed?.[1] ?? name);
      const shortForm = LONG_FORM.exec(key)?.[1];
      if (shortForm) {
        const state = lookUp(shortForm, (entry) => allowed(entry) && COUNTRY_KINDS.has(entry.kind), false);
        if (state.length > 0) return found(state);
      }
      if (key === '') return nothing([]);
      if (options.typos) {
        const corrected = typoMatches(records, key, allowed);
        if (corrected.length > 0) return found(corrected);
      }
      return nothing(suggest(key, allowed).map((record) => record.entry));
    },
  };
}

function found(entries: TaxonomyEntry[]): NameMatch {
  return { status: entries.length === 1 ? 'exact' : 'ambiguous', entries, suggestions: [] };
}

function nothing(suggestions: TaxonomyEntry[]): NameMatch {
  return { status: 'none', entries: [], suggestions };
}

function addTo(map: Map<string, TaxonomyEntry[]>, key: string, entry: TaxonomyEntry): void {
  const list = map.get(key);
  if (!list) map.set(key, [entry]);
  else if (!list.includes(entry)) list.push(entry);
}

function recordWords(record: NameRecord): string[] {
  record.words ??= record.key.split(' ');
  return record.words;
}

/** "Field operations" is both a menu link and the group it leads to: the group is meant. */
function preferThings(entries: TaxonomyEntry[]): TaxonomyEntry[] {
  const things = entries.filter((entry) => entry.kind !== 'page');
  return things.length > 0 ? things : entries;
}

/** Entries whose names the typed words begin; only the best fit counts. */
function partialMatches(
  records: NameRecord[],
  key: string,
  allowed: (entry: TaxonomyEntry) => boolean,
): TaxonomyEntry[] {
  const typed = key.split(' ');
  const meaningful = typed.filter((word) => !MINOR_WORDS.has(word));
  const wanted = meaningful.length > 0 ? meaningful : typed;
  const joined = compactKey(key);
  const best = new Map<TaxonomyEntry, { fit: Fit; order: number; length: number }>();
  for (const record of records) {
    if (!allowed(record.entry)) continue;
    let fit: Fit;
    if (record.key.startsWith(key)) fit = FIT_START;
    else if (wanted.every((word) => recordWords(record).some((candidate) => candidate.startsWith(word))))
      fit = FIT_WORDS;
    else if (record.compact.includes(joined)) fit = FIT_JOINED;
    else continue;
    const previous = best.get(record.entry);
    if (!previous || fit < previous.fit)
      best.set(record.entry, { fit, order: record.order, length: record.key.length });
  }
  if (best.size === 0) return [];
  const bestFit = Math.min(...[...best.values()].map((value) => value.fit));
  const candidates = [...best.entries()].filter(([, value]) => value.fit === bestFit);
  candidates.sort(([, a], [, b]) => a.order - b.order);
  return preferThings(candidates.map(([entry]) => entry));
}

/** Letters a typed word may have wrong and still be taken for a word of a name. */
function slipsAllowed(length: number): number {
  if (length < 4) return 0;
  return length < 8 ? 1 : 2;
}

/**
 * Entries whose names hold a word close to every word typed (minor words aside): the fewest
 * slips win, then the name with the fewest words left untyped ("kosvo": Kosovo before Mission
 * in Kosovo), then menu order.
 */
function typoMatches(records: NameRecord[], key: string, allowed: (entry: TaxonomyEntry) => boolean): TaxonomyEntry[] {
  const typed = key.split(' ').filter((word) => !MINOR_WORDS.has(word));
  if (typed.length === 0) return [];
  const best = new Map<TaxonomyEntry, { slips: number; untyped: number; order: number }>();
  for (const record of records) {
    if (!allowed(record.entry)) continue;
    const words = recordWords(record).filter((word) => !MINOR_WORDS.has(word));
    const slips = slipsToName(typed, words);
    if (slips === undefined) continue;
    const fit = { slips, untyped: Math.max(0, words.length - typed.length), order: record.order };
    const previous = best.get(record.entry);
    if (!previous || fit.slips < previous.slips || (fit.slips === previous.slips && fit.untyped < previous.untyped))
      best.set(record.entry, fit);
  }
  if (best.size === 0) return [];
  const fewest = Math.min(...[...best.values()].map((fit) => fit.slips));
  const candidates = [...best.entries()].filter(([, fit]) => fit.slips === fewest);
  candidates.sort(([, a], [, b]) => a.untyped - b.untyped || a.order - b.order);
  return preferThings(candidates.map(([entry]) => entry));
}

/** Slips needed to turn each typed word into some word of the name, or undefined if too many. */
function slipsToName(typed: string[], words: string[]): number | undefined {
  let total = 0;
  for (const word of typed) {
    const limit = slipsAllowed(word.length);
    let closest = limit + 1;
    for (const candidate of words) {
      closest = Math.min(closest, boundedEditDistance(word, candidate, limit));
      if (closest === 0) break;
    }
    if (closest > limit) return undefined;
    total += closest;
  }
  return total;
}
