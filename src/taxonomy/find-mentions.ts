import type { EntryKind, TaxonomyEntry } from '../bundle/types.js';
import { foldText } from '../text/fold.js';
import { foldWithOffsets, originalSlice } from './fold-with-offsets.js';
import type { Taxonomy } from './taxonomy.js';

// The kinds a page "mentions": States, partners, places, institutions and field operations.
const MENTION_KINDS: readonly EntryKind[] = ['state', 'partner', 'place', 'institution', 'field-operation'];

/** One way of naming an entry in running text. */
interface Phrase {
  id: string;
  /** The name or alias as written ("ODIHR", "Bosnia and Herzegovina"). */
  written: string;
  /** Abbreviations match only as written, letter case included. */
  abbreviation: boolean;
  /** Ids of other entries named inside this phrase ("Mission in Kosovo" names Kosovo). */
  inner: string[];
}

/**
 * Names that contain a State's or partner's name but mean something else; matched like names
 * so that the longer one wins, and then dropped.
 */
const NOT_MENTIONS = ['Northern Ireland', "Democratic People's Republic of Korea"];

/** Separator tokens inside a phrase: a space, or a hyphen that may also be written as nothing. */
const SPACE_TOKEN = ' ';
const HYPHEN_TOKEN = '-';
const SPACE_PATTERN = '[\\s-]+';
const HYPHEN_PATTERN = '[\\s-]?';
const BEFORE = '(?<![a-z0-9])';
const AFTER = '(?![a-z0-9])';

/**
 * Builds a finder for the entries a text names: participating States, partners, places,
 * institutions and field operations, by name or alias. Matching is accent- and
 * case-insensitive with whole words, except that words capitalised in a name must be
 * capitalised in the text ("Turkey", not "turkey") and abbreviations (ODIHR, RFoM, SMM) must
 * appear exactly as written. The longest name wins at a place ("Mission to Serbia" rather than
 * "Serbia"), and entries named inside it are reported too. Returns ids, unique, in order of
 * first occurrence. All names are compiled once into one trie-shaped regular expression.
 */
export function createMentionFinder(taxonomy: Taxonomy): (text: string) => string[] {
  const phrasesByCompact = new Map<string, Phrase[]>();
  const trie = new TrieNode();
  for (const entry of taxonomy.ofKind(...MENTION_KINDS)) {
    for (const written of mentionNames(entry)) {
      const tokens = phraseTokens(written);
      if (tokens === '') continue;
      trie.insert(tokens);
      const compact = compactForm(tokens);
      const phrase: Phrase = { id: entry.id, written, abbreviation: isAbbreviation(written), inner: [] };
      phrasesByCompact.set(compact, [...(phrasesByCompact.get(compact) ?? []), phrase]);
    }
  }
  const blocked = new Set<string>();
  for (const written of NOT_MENTIONS) {
    const tokens = phraseTokens(written);
    trie.insert(tokens);
    blocked.add(compactForm(tokens));
  }
  const source = `${BEFORE}${trie.pattern()}${AFTER}`;
  const global = new RegExp(source, 'g');
  const sticky = new RegExp(source, 'y');

  const idsAt = (original: string, matched: string): string[] => {
    const phrases = phrasesByCompact.get(compactForm(matched)) ?? [];
    const ids: string[] = [];
    for (const phrase of phrases) {
      if (!ids.includes(phrase.id) && writtenAlike(original, phrase)) ids.push(phrase.id, ...phrase.inner);
    }
    return ids;
  };

  // Names inside names, found once here so that finding stays one pass over the text.
  for (const phrases of phrasesByCompact.values()) {
    for (const phrase of phrases) {
      const folded = foldWithOffsets(phrase.written);
      for (let start = 1; start < folded.text.length; start++) {
        if (!/[\s-]/.test(folded.text[start - 1]!)) continue;
        sticky.lastIndex = start;
        const inner = sticky.exec(folded.text);
        if (!inner) continue;
        const innerOriginal = originalSlice(phrase.written, folded, start, start + inner[0].length);
        for (const id of idsAt(innerOriginal, inner[0])) {
          if (id !== phrase.id && !phrase.inner.includes(id)) phrase.inner.push(id);
        }
      }
    }
  }

  return (text: string): string[] => {
    const folded = foldWithOffsets(text);
    const found = new Set<string>();
    global.lastIndex = 0;
    for (let match = global.exec(folded.text); match; match = global.exec(folded.text)) {
      const original = originalSlice(text, folded, match.index, match.index + match[0].length);
      const ids = idsAt(original, match[0]);
      for (const id of ids) found.add(id);
      // "the mission to Serbia" is not the Mission's name but still names Serbia: look again
      // for shorter names from the next word on.
      if (ids.length === 0 && !blocked.has(compactForm(match[0]))) global.lastIndex = match.index + 1;
    }
    return [...found];
  };
}

/** Names and aliases worth looking for in prose; ones with other punctuation ("OSCE/ODIHR") are found by their parts. */
function mentionNames(entry: TaxonomyEntry): string[] {
  return [entry.name, ...entry.aliases]
    .map((name) => name.trim().replace(/^the\s+/i, ''))
    .filter((name) => /^[\p{L}\p{N}' -]+$/u.test(name));
}

/** Folded phrase with its separators as tokens: "Co-ordinator in X" → "co-ordinator in x". */
function phraseTokens(written: string): string {
  return foldText(written).replace(/\s+/g, SPACE_TOKEN);
}

/** Letters and digits only, the form under which phrases are filed and matches looked up. */
function compactForm(text: string): string {
  return text.replace(/[\s-]+/g, '');
}

/** "ODIHR", "RFoM", "BiH", "fYROM": one word with at least two capitals. */
function isAbbreviation(written: string): boolean {
  return !/\s/.test(written) && (written.match(/\p{Lu}/gu)?.length ?? 0) >= 2;
}

/** Abbreviations exactly; otherwise words capitalised in the name are capitalised in the text. */
function writtenAlike(original: string, phrase: Phrase): boolean {
  if (phrase.abbreviation) return original === phrase.written;
  const nameWords = phrase.written.split(/[\s-]+/);
  const textWords = original.split(/[\s-]+/);
  const words = nameWords.length === textWords.length ? nameWords.length : 1;
  for (let i = 0; i < words; i++) {
    const nameInitial = nameWords[i]!.charAt(0);
    const textInitial = textWords[i]!.charAt(0);
    if (isUpper(nameInitial) && !isUpper(textInitial)) return false;
  }
  return true;
}

function isUpper(character: string): boolean {
  return character !== character.toLowerCase() && character === character.toUpperCase();
}

/** A character trie over folded phrases, printed as one regular expression. */
class TrieNode {
  private readonly children = new Map<string, TrieNode>();
  private end = false;

  insert(tokens: string): void {
    let node: TrieNode = this;
    for (const character of tokens) {
      let child = node.children.get(character);
      if (!child) {
        child = new TrieNode();
        node.children.set(character, child);
      }
      node = child;
    }
    node.end = true;
  }

  pattern(): string {
    const alternatives = [...this.children].map(([character, child]) => tokenPattern(character) + child.pattern());
    if (alternatives.length === 0) return '';
    const body = alternatives.length === 1 ? alternatives[0]! : `(?:${alternatives.join('|')})`;
    return this.end ? `(?:${body})?` : body;
  }
}

function tokenPattern(character: string): string {
  if (character === SPACE_TOKEN) return SPACE_PATTERN;
  if (character === HYPHEN_TOKEN) return HYPHEN_PATTERN;
  return character.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
}
