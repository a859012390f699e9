import { describe, expect, it } from 'vitest';
import cellWidth from '../../src/text/cell-width.js';
import { layoutTimeline, type TimelineSeries, timelineLines } from '../../src/timeline/layout-timeline.js';

// Invented entries and counts.
const SERIES: TimelineSeries[] = [
  {
    name: 'Northland',
    perYear: [
      { year: 2016, count: 3 },
      { year: 2017, count: 12 },
      { year: 2019, count: 7 },
    ],
  },
  {
    name: 'Office for Invented Affairs and Long Names',
    perYear: [
      { year: 2017, count: 5 },
      { year: 2018, count: 1 },
      { year: 2020, count: 2 },
    ],
  },
  { name: 'Southmark', perYear: [{ year: 2020, count: 120 }] },
];

describe('layoutTimeline', () => {
  for (const width of [40, 80, 120]) {
    it(`draws three series side by side on one scale at ${width} columns (golden frame)`, async () => {
      const lines = timelineLines(layoutTimeline(SERIES, width));
      expect(lines.every((line) => cellWidth(line) <= width)).toBe(true);
      await expect(`${lines.join('\n')}\n`).toMatchFileSnapshot(`golden/timeline-3-series-${width}.txt`);
    });
  }

  it('gives every year from the first to the last a row, with each series its own glyph and count', () => {
    const layout = layoutTimeline(SERIES.slice(0, 2), 80);
    expect(layout.rows.map((row) => row.year)).toEqual([2016, 2017, 2018, 2019, 2020]);
    expect(layout.rows.map((row) => row.counts)).toEqual([
      [3, 0],
      [12, 5],
      [0, 1],
      [7, 0],
      [0, 2],
    ]);
    expect(layout.max).toBe(12);
    const year2017 = layout.rows[1]!.text;
    // The largest count fills its column; the other bar is shorter on the same scale.
    const full = year2017.match(/█+/)![0].length;
    const dark = year2017.match(/▓+/)![0].length;
    expect(dark).toBe(Math.round((5 / 12) * full));
    expect(year2017).toMatch(/^2017 +█+ 12 +▓+ 5$/);
    // A year without releases of a series draws no glyph of it, only its 0.
    expect(layout.rows[2]!.text).not.toContain('█');
    expect(layout.rows[2]!.text).toMatch(/^2018 +0 +▓+ 1$/);
  });

  it('keeps a small count visible as one cell beside a large one', () => {
    const layout = layoutTimeline(
      [
        { name: 'A', perYear: [{ year: 2001, count: 1 }] },
        { name: 'B', perYear: [{ year: 2001, count: 10_000 }] },
      ],
      40,
    );
    expect(layout.rows[0]!.text).toMatch(/^2001 +█ 1 +▓+ 10000$/);
  });

  it('clamps the width to 40–200 columns and says when nothing is dated', () => {
    const narrow = timelineLines(layoutTimeline(SERIES, 10));
    expect(Math.max(...narrow.map((line) => cellWidth(line)))).toBeLessThanOrEqual(40);
    const wide = timelineLines(layoutTimeline(SERIES, 500));
    expect(Math.max(...wide.map((line) => cellWidth(line)))).toBeLessThanOrEqual(200);
    expect(
      timelineLines(
        layoutTimeline(
          [
            { name: 'Empty', perYear: [] },
            { name: 'Also empty', perYear: [] },
          ],
          80,
        ),
      ),
    ).toEqual(['█ Empty   ▓ Also empty', 'No dated releases in this bundle.']);
  });
});
