import cellWidth from '../text/cell-width.js';
import { graphemeSegments } from '../text/graphemes.js';
import { findFoldedTerms } from './find-terms.js';

// Break at spaces, but not at no-break spaces (U+00A0, U+202F): "9 June" may be glued on purpose.
const BREAKABLE_SPACE = /[^\S\n\u00a0\u202f]+/g;
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** Options of wrapText. */
export interface WrapOptions {
  /** Put before every line after the first (and counted in the width). */
  hangingIndent?: string;
  /**
   * Find terms whose matches the screen will mark with extra cells (the mono theme's brackets):
   * each match in a line is counted `markWidth` cells wider, so the marks never push words out.
   */
  marks?: { terms: readonly string[]; markWidth: number };
}

/**
 * Wraps text into lines of at most `width` terminal cells, measured with string-width, so
 * "Türkiye" is 7 cells, 日本 is 4 and an emoji is 2. Breaks at spaces; a word wider than the
 * line is cut between graphemes (never inside one). A newline forces a break. Lines carry no
 * trailing space. Empty or blank text gives no lines. With `hangingIndent`, every line after the
 * first starts with it (and fits the same width with it). With `marks`, a line fits the width
 * with its matches marked. Pure.
 */
export function wrapText(text: string, width: number, options: WrapOptions = {}): string[] {
  const indent = options.hangingIndent ?? '';
  const firstLimit = Math.max(1, Math.floor(width));
  const laterLimit = Math.max(1, firstLimit - cellWidth(indent));
  const lines: string[] = [];
  let limit = firstLimit;
  const push = (line: string): void => {
    lines.push(line);
    limit = laterLimit;
  };
  for (const paragraph of text.split('\n')) {
    const words = paragraph.split(BREAKABLE_SPACE).filter((word) => word !== '');
    if (words.length === 0) {
      if (lines.length > 0) push('');
      continue;
    }
    const cost = markedCost(words.join(' '), options.marks);
    let line = '';
    let lineWidth = 0;
    let start = 0;
    for (const word of words) {
      const end = start + word.length;
      const wordWidth = cost(start, end);
      if (line !== '' && lineWidth + 1 + wordWidth <= limit) {
        line += ` ${word}`;
        lineWidth += 1 + wordWidth;
      } else {
        if (line !== '') push(line);
        if (wordWidth <= limit) {
          line = word;
          lineWidth = wordWidth;
        } else {
          // The first piece fills this line; later pieces get the narrower width of indented lines.
          const pieces = cutToWidth(word, start, limit, laterLimit, cost);
          for (const piece of pieces.slice(0, -1)) push(piece.text);
          line = pieces.at(-1)?.text ?? '';
          lineWidth = pieces.at(-1)?.width ?? 0;
        }
      }
      start = end + 1;
    }
    push(line);
  }
  while (lines.at(-1) === '') lines.pop();
  return indent === '' ? lines : lines.map((line, index) => (index === 0 || line === '' ? line : indent + line));
}

/** How many cells text[start, end) takes on screen, and the cells of each grapheme alone. */
interface Cost {
  (start: number, end: number): number;
  /** Extra cells of the marks touching a piece; zero without marks. */
  marksTouching: (start: number, end: number) => number;
}

/**
 * Cells that text[start, end) takes on screen: its width plus the marks of every match that
 * touches it. Matches are found overlapping and counted in every word they touch, which can only
 * over-count: any match the screen finds in a line is one of them.
 */
function markedCost(text: string, marks: WrapOptions['marks']): Cost {
  const plain = (start: number, end: number): number => cellWidth(text.slice(start, end));
  const found =
    marks && marks.markWidth > 0 && marks.terms.length > 0
      ? findFoldedTerms(text, marks.terms, { overlapping: true })
      : [];
  const longest = found.reduce((most, [from, to]) => Math.max(most, to - from), 0);
  // Matches are sorted by start and none is longer than `longest`: only those starting in
  // (start - longest, end) can touch the piece, found by binary search rather than a full pass.
  const marksTouching = (start: number, end: number): number => {
    if (found.length === 0) return 0;
    let low = 0;
    let high = found.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (found[middle]![0] <= start - longest) low = middle + 1;
      else high = middle;
    }
    let touching = 0;
    for (let i = low; i < found.length && found[i]![0] < end; i++) if (found[i]![1] > start) touching += 1;
    return marks!.markWidth * touching;
  };
  return Object.assign((start: number, end: number) => plain(start, end) + marksTouching(start, end), {
    marksTouching,
  });
}

/**
 * Cuts one long word (at `start` in the text `cost` measures) into pieces: the first at most
 * `firstLimit` cells, the others at most `laterLimit`; a grapheme wider than the limit gets its
 * own piece. A piece's width grows by each grapheme's own width, so the time is linear in the
 * word's length (measuring the piece again at every grapheme was quadratic on a 500,000-character word).
 */
function cutToWidth(
  word: string,
  start: number,
  firstLimit: number,
  laterLimit: number,
  cost: Cost,
): { text: string; width: number }[] {
  const pieces: { text: string; width: number }[] = [];
  if (PRINTABLE_ASCII.test(word) && cost.marksTouching(start, start + word.length) === 0) {
    // One cell a character: cut by position, the common case of a long URL or a run of letters.
    for (let at = 0, limit = firstLimit; at < word.length; at += limit, limit = laterLimit) {
      const text = word.slice(at, at + limit);
      pieces.push({ text, width: text.length });
    }
    return pieces;
  }
  let limit = firstLimit;
  let pieceStart = start;
  let piece = { text: '', width: 0 };
  let plainWidth = 0;
  for (const { segment, index } of graphemeSegments(word)) {
    const segmentEnd = start + index + segment.length;
    const segmentWidth = cellWidth(segment);
    const width = plainWidth + segmentWidth + cost.marksTouching(pieceStart, segmentEnd);
    if (piece.text !== '' && width > limit) {
      pieces.push(piece);
      limit = laterLimit;
      pieceStart = start + index;
      plainWidth = segmentWidth;
      piece = { text: segment, width: segmentWidth + cost.marksTouching(pieceStart, segmentEnd) };
      continue;
    }
    plainWidth += segmentWidth;
    piece = { text: piece.text + segment, width };
  }
  if (piece.text !== '') pieces.push(piece);
  return pieces;
}
