/** Block characters from 1/8 to 8/8 of a cell's height. */
const BLOCKS = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];

/** A chart of releases per year: bar rows (top first) and an axis line. */
export interface YearChart {
  rows: string[];
  axis: string;
  /** Cells each year takes. */
  columnWidth: number;
  /** The largest count shown: the height of a full bar. */
  max: number;
}

/**
 * Draws counts per year as vertical bars of block characters, one column per year from the
 * first to the last year (years without releases are gaps, so the timeline is true to scale).
 * When there are more years than fit, the latest years are kept. Pure; returns null for no data.
 */
export function drawYearChart(
  counts: readonly { year: number; count: number }[],
  width: number,
  height: number,
): YearChart | null {
  if (counts.length === 0 || width < 1 || height < 1) return null;
  const byYear = new Map(counts.map((c) => [c.year, c.count]));
  const lastYear = Math.max(...counts.map((c) => c.year));
  const firstYear = Math.max(Math.min(...counts.map((c) => c.year)), lastYear - width + 1);
  const span = lastYear - firstYear + 1;
  const columnWidth = span * 2 <= width ? 2 : 1;
  const years = Array.from({ length: span }, (_, i) => firstYear + i);
  const max = Math.max(1, ...years.map((y) => byYear.get(y) ?? 0));
  const levels = height * 8;
  const rows: string[] = [];
  for (let row = height - 1; row >= 0; row--) {
    let line = '';
    for (const year of years) {
      const count = byYear.get(year) ?? 0;
      // Any year with releases shows at least the lowest block, so small years stay visible.
      const filled = count === 0 ? 0 : Math.max(1, Math.round((count / max) * levels));
      const inRow = Math.min(8, Math.max(0, filled - row * 8));
      const cell = inRow === 0 ? ' ' : BLOCKS[inRow - 1]!;
      line += columnWidth === 2 ? `${cell} ` : cell;
    }
    rows.push(line.trimEnd());
  }
  const axisWidth = span * columnWidth;
  const first = String(firstYear);
  const last = String(lastYear);
  // Year labels sit under the first and last bars; when the bars are too few for both, a range.
  const gap = axisWidth - (columnWidth === 2 ? 1 : 0) - first.length - last.length;
  const axis = span === 1 ? first : gap >= 1 ? first + ' '.repeat(gap) + last : `${first}–${last}`;
  return { rows, axis, columnWidth, max };
}
