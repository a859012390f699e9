import measureCells from '../../text/cell-width.js';

/**
 * Text measured in terminal cells, not code units: Türkiye, Kolašin, CJK and emoji take the
 * cells they really take, so columns line up.
 */

// Printable ASCII is one cell a character: most of what lists show, and measuring it with
// string-width on every row of every frame was the browser's main cost per key.
const PLAIN_ASCII = /^[\x20-\x7e]*$/;
/** Width of a string in terminal cells (see src/text/cell-width.ts). */
export function cellWidth(text: string): number {
  return measureCells(text);
}

/** Cuts text to at most `width` cells, ending with `…` when something was cut. */
export function truncateCells(text: string, width: number): string {
  if (width <= 0) return '';
  if (PLAIN_ASCII.test(text)) return text.length <= width ? text : `${text.slice(0, Math.max(0, width - 1))}…`;
  if (cellWidth(text) <= width) return text;
  let out = '';
  let used = 0;
  for (const grapheme of graphemes(text)) {
    const w = cellWidth(grapheme);
    if (used + w > width - 1) break;
    out += grapheme;
    used += w;
  }
  return `${out}…`;
}

/** Truncates or pads with spaces to exactly `width` cells. */
export function fitCells(text: string, width: number): string {
  const cut = truncateCells(text, width);
  return cut + ' '.repeat(Math.max(0, width - cellWidth(cut)));
}

/** Pads on the left to exactly `width` cells (numbers in columns). */
export function padStartCells(text: string, width: number): string {
  const cut = truncateCells(text, width);
  return ' '.repeat(Math.max(0, width - cellWidth(cut))) + cut;
}

// Made on first use: the first Intl.Segmenter of a process costs tens of ms (ICU's break rules).
let segmenter: Intl.Segmenter | undefined;
const PRINTABLE_ASCII = /^[\u0020-\u007e]*$/;

/** Splits text into user-perceived characters, so cuts never split an accent or an emoji. */
export function graphemes(text: string): string[] {
  // Printable ASCII is one grapheme per character (a key press, mostly): no segmenter needed.
  if (PRINTABLE_ASCII.test(text)) return [...text];
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  return Array.from(segmenter.segment(text), (s) => s.segment);
}
