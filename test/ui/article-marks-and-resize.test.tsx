import { afterEach, describe, expect, it, vi } from 'vitest';
import { compareAnchors } from '../../src/article/layout-article.js';
import type { Screen } from '../../src/ui/navigation.js';
import { articleModel, articlePosition, withReadingPlace } from '../../src/ui/screens/article/model.js';
import type { ScreenEnvironment } from '../../src/ui/screens/screen-definition.js';
import { ENTER, SPACE } from './keys.js';
import { PATIENCE, press, type } from './press.js';
import { cleanupSized, renderApp } from './render-app.js';
import { LAKEVILLE, openWorldCatalog } from './world-catalog.js';

afterEach(cleanupSized);

const article = (extra: Partial<Extract<Screen, { kind: 'article' }>> = {}): Screen[] => [
  { kind: 'article', releaseId: LAKEVILLE, scroll: 0, ...extra },
];

/** The body rows of a frame (between the breadcrumb and the status bar), the marks of find matches removed. */
const bodyText = (frame: string): string =>
  frame
    .split('\n')
    .slice(1, -1)
    .join(' ')
    .replace(/[[\]{}]/g, '')
    .replace(/\s+/g, ' ');

const paragraph = (n: number): string => `Paragraph ${n} of the invented Lakeville workshop report.`;

describe('article reader: find marks without colour', () => {
  // At 46 columns "Paragraph 1 of the invented Lakeville workshop" fills a line exactly, so
  // brackets around "Lake" used to push "workshop" past the edge.
  it('keeps every word visible when `/` brackets the matches (mono theme)', async () => {
    const reader = renderApp({ columns: 46, rows: 24, initialStack: article() });
    await press(reader, '/', '/▏');
    await type(reader, 'lake', (typed) => `/${typed}▏`);
    // The current match (the title's) is braced, the others bracketed: both show without colour.
    await press(reader, ENTER, /Workshop in \{Lake\}ville/);
    expect(reader.lastFrame()).toContain('Paragraph 1 of the invented [Lake]ville');
    await press(reader, 'n', /Paragraph 1 of the invented \{Lake\}ville/);
    expect(reader.lastFrame()).toContain('Paragraph 2 of the invented [Lake]ville');
    for (const line of reader.lastFrame().split('\n')) expect(line.length, line).toBeLessThanOrEqual(46);
    for (const n of [1, 2, 3, 4]) expect(bodyText(reader.lastFrame())).toContain(paragraph(n));
  });

  it('keeps every word visible at every width when opened with search terms', () => {
    for (let columns = 40; columns <= 60; columns++) {
      const app = renderApp({
        columns,
        rows: 30,
        initialStack: article({ find: { terms: ['lake', 'report'], match: 0 } }),
      });
      const frame = app.lastFrame();
      expect(frame, `${columns} columns`).toContain('[Lake]ville');
      for (const line of frame.split('\n'))
        expect(line.length, `${columns} columns: ${line}`).toBeLessThanOrEqual(columns);
      expect(bodyText(frame), `${columns} columns`).toContain(paragraph(1));
      cleanupSized();
    }
  });
});

describe('article reader: resizing', () => {
  it('keeps the first visible line of text at the top when the terminal narrows and widens again', async () => {
    const reader = renderApp({ columns: 80, rows: 24, initialStack: article() });
    await press(reader, SPACE, /Paragraph \d+ of/);
    const once = reader.lastFrame();
    await press(reader, SPACE, /Paragraph \d+ of/);
    await vi.waitFor(() => expect(reader.lastFrame()).not.toBe(once), PATIENCE);
    const top = reader.lastFrame().split('\n')[1]!;
    const paragraphAtTop = top.match(/Paragraph (\d+) of/)?.[1] ?? reader.lastFrame().match(/Paragraph (\d+) of/)![1];
    reader.stdout.resize(40, 12);
    await vi.waitFor(() => expect(reader.lastFrame().split('\n')[0]!.length).toBeLessThanOrEqual(40), PATIENCE);
    await vi.waitFor(
      () => expect(reader.lastFrame()).toMatch(new RegExp(`^Paragraph ${paragraphAtTop} of`, 'm')),
      PATIENCE,
    );
    // The text of the old top line starts within the first two lines of the page.
    const rows = reader.lastFrame().split('\n').slice(1, 3).join(' ');
    expect(rows).toContain(`Paragraph ${paragraphAtTop}`);
    reader.stdout.resize(80, 24);
    await vi.waitFor(() => expect(reader.lastFrame().split('\n')[1]).toBe(top), PATIENCE);
  });
});

describe('article reader: position after a resize', () => {
  it('the position reads the scroll where the view shows it, at the new width', async () => {
    const catalog = await openWorldCatalog();
    const env = (columns: number, bodyHeight = 9): ScreenEnvironment => ({
      catalog,
      columns,
      bodyHeight,
      recentQueries: [],
      colourForcedOff: false,
    });
    const at80 = articleModel({ kind: 'article', releaseId: LAKEVILLE, scroll: 0 }, env(80, 1000))!;
    const screen = withReadingPlace({ kind: 'article', releaseId: LAKEVILLE, scroll: 30 }, 80, at80.lines);
    const at40 = articleModel(screen, env(40))!;
    const scroll = at40.scroll;
    // The line at 40 columns holds the text that started the top line at 80.
    const top = at80.lines[30]!.anchor;
    expect(compareAnchors(at40.lines[scroll]!.anchor, top)).toBeLessThanOrEqual(0);
    expect(compareAnchors(at40.lines[scroll + 1]!.anchor, top)).toBeGreaterThan(0);
    expect(scroll).toBeGreaterThan(30);
    expect(articlePosition(screen, at40)).toBe(`${Math.round(((scroll + 9) / at40.lines.length) * 100)}%`);
  });
});
