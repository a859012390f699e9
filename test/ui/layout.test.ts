import { describe, expect, it } from 'vitest';
import { findFoldedTerms } from '../../src/article/find-terms.js';
import { drawYearChart } from '../../src/text/bar-chart.js';
import { cellWidth, fitCells, truncateCells } from '../../src/text/cell-text.js';
import { formatCount } from '../../src/text/format-count.js';
import { fitBreadcrumb } from '../../src/ui/layout/breadcrumb.js';
import { matchingLines, splitByRanges } from '../../src/ui/layout/match-ranges.js';
import { fitWindow, movePager, moveSelection, positionLabel } from '../../src/ui/layout/virtual-window.js';

describe('virtual window', () => {
  it('keeps the selection in range and visible, moving the window as little as possible', () => {
    expect(fitWindow({ selected: 50, scroll: 0 }, 100, 10)).toEqual({ selected: 50, scroll: 41 });
    expect(fitWindow({ selected: 45, scroll: 41 }, 100, 10)).toEqual({ selected: 45, scroll: 41 });
    expect(fitWindow({ selected: 30, scroll: 41 }, 100, 10)).toEqual({ selected: 30, scroll: 30 });
    expect(fitWindow({ selected: 500, scroll: 495 }, 100, 10)).toEqual({ selected: 99, scroll: 90 });
    expect(fitWindow({ selected: 3, scroll: 2 }, 0, 10)).toEqual({ selected: 0, scroll: 0 });
  });

  it('moves by line, page and to the ends; paging carries the window along', () => {
    const start = { selected: 0, scroll: 0 };
    expect(moveSelection(start, 'up', 100, 10)).toEqual(start);
    expect(moveSelection(start, 'down', 100, 10)).toEqual({ selected: 1, scroll: 0 });
    expect(moveSelection({ selected: 3, scroll: 0 }, 'page-down', 100, 10)).toEqual({ selected: 13, scroll: 10 });
    expect(moveSelection({ selected: 13, scroll: 10 }, 'page-up', 100, 10)).toEqual({ selected: 3, scroll: 0 });
    expect(moveSelection(start, 'bottom', 20_000, 10)).toEqual({ selected: 19_999, scroll: 19_990 });
    expect(moveSelection({ selected: 19_999, scroll: 19_990 }, 'top', 20_000, 10)).toEqual(start);
  });

  it('scrolls a pager without passing the last page, overlapping pages by a line', () => {
    expect(movePager(0, 'page-down', 100, 20)).toBe(19);
    expect(movePager(90, 'page-down', 100, 20)).toBe(80);
    expect(movePager(5, 'top', 100, 20)).toBe(0);
    expect(movePager(0, 'bottom', 10, 20)).toBe(0);
  });

  it('labels positions with thousands separators', () => {
    expect(positionLabel(119, 4312)).toBe('120/4,312');
    expect(positionLabel(0, 0)).toBe('0/0');
    expect(formatCount(1_234_567)).toBe('1,234,567');
  });
});

describe('year chart', () => {
  it('draws one column per year, gaps for empty years, with the full block at the maximum', () => {
    const chart = drawYearChart(
      [
        { year: 2015, count: 8 },
        { year: 2017, count: 1 },
        { year: 2018, count: 4 },
      ],
      40,
      1,
    )!;
    expect(chart.rows).toEqual(['█   ▁ ▄']);
    expect(chart.axis).toBe('2015–2018');
    expect(
      drawYearChart(
        [
          { year: 2001, count: 1 },
          { year: 2010, count: 2 },
        ],
        40,
        1,
      )!.axis,
    ).toBe(`2001${' '.repeat(11)}2010`);
    expect(chart.max).toBe(8);
  });

  it('stacks bars over several rows and keeps the latest years when space is short', () => {
    const counts = Array.from({ length: 30 }, (_, i) => ({ year: 1995 + i, count: i + 1 }));
    const chart = drawYearChart(counts, 20, 2)!;
    expect(chart.columnWidth).toBe(1);
    expect(chart.rows).toHaveLength(2);
    expect(chart.rows[0]!.endsWith('█')).toBe(true);
    expect(chart.axis.startsWith('2005')).toBe(true);
    expect(chart.axis.endsWith('2024')).toBe(true);
    expect(drawYearChart([], 20, 2)).toBeNull();
  });
});

describe('cell text', () => {
  it('measures and truncates by terminal cells, never splitting a character', () => {
    expect(cellWidth('Türkiye')).toBe(7);
    expect(cellWidth('東京')).toBe(4);
    expect(truncateCells('Kolašin and Dačić', 10)).toBe('Kolašin a…');
    expect(truncateCells('東京都庁', 5)).toBe('東京…');
    expect(cellWidth(truncateCells('東京都庁', 5))).toBeLessThanOrEqual(5);
    expect(truncateCells('👩‍👩‍👧 family', 3)).toBe('👩‍👩‍👧…');
    expect(fitCells('Türkiye', 9)).toBe('Türkiye  ');
    expect(truncateCells('short', 10)).toBe('short');
  });
});

describe('breadcrumb', () => {
  const crumbs = ['Home', 'Countries', 'Participating States', 'Italy', 'Combating trafficking in human beings'];
  it('shows the whole path when it fits, and drops crumbs after Home from the left when not', () => {
    expect(fitBreadcrumb(crumbs, 100)).toBe(
      'Home › Countries › Participating States › Italy › Combating trafficking in human beings',
    );
    expect(fitBreadcrumb(crumbs, 60)).toBe('Home › … › Italy › Combating trafficking in human beings');
    expect(fitBreadcrumb(crumbs, 40)).toBe('Home › … › Combating trafficking in hum…');
    expect(fitBreadcrumb(crumbs, 16)).toBe('… › Combating t…');
    for (const width of [12, 20, 33, 47]) expect(cellWidth(fitBreadcrumb(crumbs, width))).toBeLessThanOrEqual(width);
  });
});

describe('highlight', () => {
  it('finds terms ignoring case and accents, with ranges in the original text', () => {
    expect(findFoldedTerms('Talks in Türkiye and TURKIYE', ['turkiye'])).toEqual([
      [9, 16],
      [21, 28],
    ]);
    expect(splitByRanges('abcdef', [[1, 3]])).toEqual([
      { text: 'a', highlighted: false },
      { text: 'bc', highlighted: true },
      { text: 'def', highlighted: false },
    ]);
    expect(matchingLines(['one', 'Two harbours', 'three'], ['HARBOUR'])).toEqual([1]);
  });
});

describe('cell width fast path', () => {
  it('agrees with string-width on narrow scripts and punctuation', async () => {
    const { default: stringWidth } = await import('string-width');
    for (const text of [
      'Kolašin',
      'Ελλάδα',
      'Україна',
      '› … — · ─ █ ▁',
      'Dačić «quoted»',
      'a\u0301',
      '東京',
      '🇮🇹 Italy',
    ]) {
      expect(cellWidth(text)).toBe(stringWidth(text));
    }
  });
});
