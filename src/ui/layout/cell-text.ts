import stringWidth from 'string-width';

/**
 * Text measured in terminal cells, not code units: Türkiye, Kolašin, CJK and emoji take the
 * cells they really take, so columns line up.
 */

/** Width of a string in terminal cells. */
export function cellWidth(text: string): number {
  return stringWidth(text);
}

/** Cuts text to at most `width` cells, ending with `…` when something was cut. */
export function truncateCells(text: string, width: number): string {
  if (width <= 0) return '';
  if (stringWidth(text) <= width) return text;
  let out = '';
  let used = 0;
  for (const grapheme of graphemes(text)) {
    const w = stringWidth(grapheme);
    if (used + w > width - 1) break;
    out += grapheme;
    used += w;
  }
  return `${out}…`;
}

/** Truncates or pads with spaces to exactly `width` cells. */
export function fitCells(text: string, width: number): string {
  const cut = truncateCells(text, width);
  return cut + ' '.repeat(Math.max(0, width - stringWidth(cut)));
}

/** Pads on the left to exactly `width` cells (numbers in columns). */
export function padStartCells(text: string, width: number): string {
  const cut = truncateCells(text, width);
  return ' '.repeat(Math.max(0, width - stringWidth(cut))) + cut;
}

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Splits text into user-perceived characters, so cuts never split an accent or an emoji. */
export function graphemes(text: string): string[] {
  return Array.from(segmenter.segment(text), (s) => s.segment);
}
