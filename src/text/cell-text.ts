import measureCells from './cell-width.js';
import { graphemeSegments } from './graphemes.js';

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
  for (const { segment } of graphemeSegments(text)) {
    const w = cellWidth(segment);
    if (used + w > width - 1) break;
    out += segment;
    used += w;
  }
  return `${out}…`;
}

/** Truncates or pads with spaces to exactly `width` cells. */
export function fitCells(text: string, width: number): string {
  const cut = truncateCells(text, width);
  return cut + ' '.repeat(Math.max(0, width - cellWidth(cut)));
}
