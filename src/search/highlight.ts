import type { Highlight } from '../model/search-results.js';
import { foldText, isAscii } from '../text/fold.js';

/**
 * Which words count as hits: a folded word matches an exact term, or starts with a prefix term.
 * Built from a query so that highlights agree with what the full-text index matched.
 */
export interface WordMatcher {
  exact: ReadonlySet<string>;
  prefixes: readonly string[];
}

// The same idea of a word as SQLite's unicode61 tokenizer: letters, digits and marks. Its
// patterns are made on first use: one of Unicode classes takes ~1 ms to parse and compile, at
// every start, and ASCII text (most names and queries) has its words found by ASCII_WORDS,
// which finds the same words there (no ASCII character is a mark or for private use).
const WORD_SOURCE = '[\\p{L}\\p{N}\\p{M}\\p{Co}]+';
const ASCII_WORDS = /[A-Za-z0-9]+/g;
let unicodeWords: RegExp | undefined;

/** Splits text into folded words, as the full-text index sees them. */
export function tokenize(text: string): string[] {
  const folded = foldText(text);
  // NFKD changes no ASCII text and it has no marks to drop.
  if (isAscii(folded)) return folded.match(ASCII_WORDS) ?? [];
  unicodeWords ??= new RegExp(WORD_SOURCE, 'gu');
  return (folded.match(unicodeWords) ?? []).map((word) => word.normalize('NFKD').replace(/\p{M}/gu, ''));
}

// True when the folded word is a hit.
function wordMatches(matcher: WordMatcher, folded: string): boolean {
  return matcher.exact.has(folded) || matcher.prefixes.some((prefix) => folded.startsWith(prefix));
}

// wordsOf's own: tokenize (which it calls) resets the lastIndex of the patterns it matches with.
const ASCII_WORDS_SCAN = /[A-Za-z0-9]+/g;
let unicodeWordsScan: RegExp | undefined;

function wordScan(text: string): RegExp {
  if (isAscii(text)) return ASCII_WORDS_SCAN;
  unicodeWordsScan ??= new RegExp(WORD_SOURCE, 'gu');
  return unicodeWordsScan;
}

/** The words of `text` with their [start, end) offsets and folded form. */
export function wordsOf(text: string): { start: number; end: number; folded: string }[] {
  // One loop, not matchAll, spread, map and filter: a search builds its name search from every
  // name of the taxonomy, and the arrays in between were most of what a print command allocates.
  const words: { start: number; end: number; folded: string }[] = [];
  const scan = wordScan(text);
  scan.lastIndex = 0;
  for (let match = scan.exec(text); match !== null; match = scan.exec(text)) {
    const folded = foldWord(match[0]);
    if (folded !== '') words.push({ start: match.index, end: match.index + match[0].length, folded });
  }
  return words;
}

// Most words are plain ASCII, where folding is lower-casing; the full fold is for the rest.
function foldWord(word: string): string {
  return isAscii(word) ? word.toLowerCase() : tokenize(word).join('');
}

/** [start, end) ranges of the words of `text` that match, in order. */
export function highlightWords(text: string, matcher: WordMatcher): Highlight[] {
  return wordsOf(text)
    .filter((word) => wordMatches(matcher, word.folded))
    .map((word): Highlight => [word.start, word.end]);
}

/**
 * One line of body text around the first hit, about `width` characters, with its highlights.
 * Falls back to the start of the text when no word matches (a hit through a typo variant that
 * the body spells differently, or a facet-only search). Runs for every hit of every keystroke,
 * so it scans lines cheaply and only tokenizes the line that holds the hit. The body comes
 * sanitized from the catalog (bodyTexts).
 */
export function makeSnippet(
  body: string,
  matcher: WordMatcher,
  width = 100,
): { snippet: string; highlights: Highlight[] } {
  const needles = [...matcher.exact, ...matcher.prefixes];
  let line: string | undefined;
  let hit: Highlight | undefined;
  if (needles.length > 0) {
    const found = isAscii(body) ? firstHitInAscii(body, matcher, needles) : firstHitByLine(body, matcher, needles);
    if (found) ({ line, hit } = found);
  }
  line ??= body.split('\n').find((candidate) => candidate.trim() !== '') ?? '';
  let start = 0;
  if (hit && hit[1] > width * 0.7) {
    start = Math.max(0, hit[0] - Math.floor(width / 3));
    const space = line.indexOf(' ', start);
    if (space !== -1 && space < hit[0]) start = space + 1;
  }
  let end = Math.min(line.length, start + width);
  if (end < line.length) {
    const space = line.lastIndexOf(' ', end);
    if (space > start + width / 2) end = space;
  }
  const text = line.slice(start, end).replace(/\s+/g, ' ').trim();
  const snippet = `${start > 0 ? '…' : ''}${text}${end < line.length ? '…' : ''}`;
  return { snippet, highlights: highlightWords(snippet, matcher) };
}

const ASCII_WORD_CHAR = /[A-Za-z0-9]/;
const ASCII_WORD = /[A-Za-z0-9]+/y;

interface LineHit {
  line: string;
  /** The hit's range in `line`. */
  hit: Highlight;
}

// Plain ASCII text folds by lower-casing, which keeps every offset, so the whole body is
// searched at once: the earliest start of a word that begins with a needle, checked against
// the matcher, is the first hit of the first line that has one.
function firstHitInAscii(body: string, matcher: WordMatcher, needles: readonly string[]): LineHit | undefined {
  const folded = body.toLowerCase();
  let best: Highlight | undefined;
  for (const needle of needles) {
    if (needle === '') continue;
    for (
      let at = folded.indexOf(needle);
      at !== -1 && (best === undefined || at < best[0]);
      at = folded.indexOf(needle, at + 1)
    ) {
      if (at > 0 && ASCII_WORD_CHAR.test(folded[at - 1]!)) continue;
      ASCII_WORD.lastIndex = at;
      const word = ASCII_WORD.exec(folded)?.[0];
      if (word && wordMatches(matcher, word)) {
        best = [at, at + word.length];
        break;
      }
    }
  }
  if (!best) return undefined;
  const start = body.lastIndexOf('\n', best[0] - 1) + 1;
  const end = body.indexOf('\n', best[1]);
  return { line: body.slice(start, end === -1 ? body.length : end), hit: [best[0] - start, best[1] - start] };
}

function firstHitByLine(body: string, matcher: WordMatcher, needles: readonly string[]): LineHit | undefined {
  for (const candidate of body.split('\n')) {
    const folded = isAscii(candidate) ? candidate.toLowerCase() : foldText(candidate);
    if (!needles.some((needle) => folded.includes(needle))) continue;
    const hit = firstHit(candidate, matcher);
    if (hit) return { line: candidate, hit };
  }
  return undefined;
}

function firstHit(text: string, matcher: WordMatcher): Highlight | undefined {
  const words = new RegExp(WORD_SOURCE, 'gu');
  for (let match = words.exec(text); match; match = words.exec(text)) {
    const folded = foldWord(match[0]);
    if (folded !== '' && wordMatches(matcher, folded)) return [match.index, match.index + match[0].length];
  }
  return undefined;
}
