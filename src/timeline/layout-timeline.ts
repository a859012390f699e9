import { wrapText } from '../article/wrap-text.js';
import cellWidth from '../text/cell-width.js';

/** One entry's releases per year, as the catalog counts them (years without releases left out). */
export interface TimelineSeries {
  name: string;
  perYear: readonly { year: number; count: number }[];
}

/** A year's row of the chart: what Enter on it opens in the browser. */
export interface TimelineRow {
  year: number;
  /** Count per series, in the order of the series. */
  counts: number[];
  text: string;
}

/** The side-by-side chart: legend lines, a header naming the columns, then one row per year. */
export interface TimelineLayout {
  legend: string[];
  header: string;
  rows: TimelineRow[];
  /** The largest count of any series in any year: the length of a full bar. */
  max: number;
}

/**
 * Each series its own glyph, so the chart reads the same without colour: full, dark and light
 * shade differ in density on every terminal font.
 */
export const SERIES_GLYPHS = ['█', '▓', '░'] as const;

export const MIN_TIMELINE_WIDTH = 40;
export const MAX_TIMELINE_WIDTH = 200;
const YEAR_COLUMN = 6;
const COLUMN_GAP = 2;

/**
 * Lays out 1–3 series as columns of horizontal bars, one row per year from the first to the last
 * year any of them has (years without releases stay as rows, so the time axis is true to scale).
 * Every bar is drawn on one shared scale (the largest count of all fills a column), and each
 * ends with its count. `width` is clamped to 40–200 columns. Pure.
 */
export function layoutTimeline(series: readonly TimelineSeries[], width: number): TimelineLayout {
  const shown = series.slice(0, SERIES_GLYPHS.length);
  const total = Math.min(MAX_TIMELINE_WIDTH, Math.max(MIN_TIMELINE_WIDTH, Math.floor(width)));
  const maps = shown.map((one) => new Map(one.perYear.map((entry) => [entry.year, entry.count])));
  const years = shown.flatMap((one) => one.perYear.filter((entry) => entry.count > 0).map((entry) => entry.year));
  const max = Math.max(0, ...maps.flatMap((map) => [...map.values()]));
  const keys = shown.map((one, index) => `${SERIES_GLYPHS[index]} ${one.name}`);
  // One line when the keys fit, else a line (or more) each: a key never breaks across two.
  const keyLines =
    cellWidth(keys.join('   ')) <= total
      ? [keys.join('   ')]
      : keys.flatMap((key) => wrapText(key, total, { hangingIndent: '  ' }));
  const legend = [...keyLines, `Releases per year; a full column is ${max.toLocaleString('en-US')}.`];
  const columnWidth = Math.floor((total - YEAR_COLUMN) / Math.max(1, shown.length));
  const countWidth = String(max).length;
  const barWidth = Math.max(1, columnWidth - COLUMN_GAP - 1 - countWidth);
  const header = (
    ' '.repeat(YEAR_COLUMN) +
    shown
      .map((one, index) =>
        padCells(fitCells(`${SERIES_GLYPHS[index]} ${one.name}`, columnWidth - COLUMN_GAP), columnWidth),
      )
      .join('')
  ).trimEnd();
  if (years.length === 0) return { legend, header, rows: [], max };
  const first = Math.min(...years);
  const last = Math.max(...years);
  const rows: TimelineRow[] = [];
  for (let year = first; year <= last; year++) {
    const counts = maps.map((map) => map.get(year) ?? 0);
    const cells = counts.map((count, index) => {
      // A year with any release shows at least one cell, so small counts stay visible.
      const length = count === 0 ? 0 : Math.max(1, Math.round((count / max) * barWidth));
      const bar = SERIES_GLYPHS[index]!.repeat(length);
      // The count right after its bar reads as a label; the columns keep the series aligned.
      return (length > 0 ? `${bar} ${count}` : String(count)).padEnd(columnWidth);
    });
    rows.push({ year, counts, text: `${String(year).padEnd(YEAR_COLUMN)}${cells.join('')}`.trimEnd() });
  }
  return { legend, header, rows, max };
}

/** The chart as plain lines, as `lookup --compare` prints it. */
export function timelineLines(layout: TimelineLayout): string[] {
  if (layout.rows.length === 0) return [...layout.legend.slice(0, -1), 'No dated releases in this bundle.'];
  return [...layout.legend, '', layout.header, ...layout.rows.map((row) => row.text)];
}

// Cuts text to at most `cells` terminal cells, ending in "…" when cut.
function fitCells(text: string, cells: number): string {
  if (cellWidth(text) <= cells) return text;
  let out = '';
  for (const char of text) {
    if (cellWidth(`${out}${char}…`) > cells) break;
    out += char;
  }
  return `${out}…`;
}

function padCells(text: string, cells: number): string {
  return text + ' '.repeat(Math.max(0, cells - cellWidth(text)));
}
