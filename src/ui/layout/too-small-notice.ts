import { cellWidth, truncateCells } from '../../text/cell-text.js';

/**
 * The lines telling the reader their terminal is smaller than the browser can lay out in: the
 * longest wording that fits, on one line while it can, then a word a line, so "too small" and
 * the size needed are never cut off, down to 6 columns.
 */
export function tooSmallNotice(columns: number, rows: number, minColumns: number, minRows: number): string[] {
  const size = `${minColumns}×${minRows}`;
  const layouts = [
    [`terminal too small (${size} needed)`],
    [`terminal too small: ${size}`],
    [`too small: ${size}`],
    ['too small:', size],
    ['too', 'small:', size],
    [size],
  ];
  const fits = layouts.find((lines) => lines.length <= rows && lines.every((line) => cellWidth(line) <= columns));
  return fits ?? [truncateCells(size, Math.max(1, columns))];
}
