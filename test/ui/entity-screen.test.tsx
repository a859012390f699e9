import { afterEach, describe, expect, it } from 'vitest';
import { type Screen, START } from '../../src/ui/navigation.js';
import { DOWN, END, ENTER, ESC, HOME, PAGE_DOWN, PAGE_UP, SPACE, UP } from './keys.js';
import { press } from './press.js';
import { cleanupSized, renderApp } from './render-app.js';

afterEach(cleanupSized);

const entity = (entryId: string): Screen[] => [{ kind: 'entity', entryId, filters: {}, list: START }];

describe('entity page', () => {
  it('shows what the entry is, its facts, a per-year chart and its releases newest first', () => {
    const app = renderApp({ initialStack: entity('institution:ofia') });
    const frame = app.lastFrame();
    expect(frame).toContain('Home › Office for Imaginary Affairs');
    expect(frame).toContain('Office for Imaginary Affairs · Institution');
    expect(frame).toContain('Helps imaginary States hold invented elections · Seat: Strelsau · Also: OFIA');
    expect(frame).toMatch(/[▁▂▃▄▅▆▇█]/);
    expect(frame).toMatch(/2000\s+2024/);
    expect(frame).toContain('Year: all · Type: all · With: any · 248 of 248');
    // Newest first: the border workshop in Ruritania (2024), an OFIA release, leads the list.
    expect(frame).toMatch(/> 2024-03-14\s+Press release\s+Ruritania hosts a fictional workshop/);
    expect(frame).toContain('1/248');
  });

  it('says plainly when an entry has no releases', () => {
    const app = renderApp({ initialStack: entity('state:grand-fenwick') });
    expect(app.lastFrame()).toContain('No releases of Grand Fenwick in this bundle.');
    expect(app.lastFrame()).not.toContain('Year: all');
  });

  it('moves through the list with every list key and keeps the window on the selection', async () => {
    const app = renderApp({ initialStack: entity('institution:ofia') });
    await press(app, DOWN, '2/248');
    await press(app, 'j', '3/248');
    await press(app, UP, '2/248');
    await press(app, 'k', '1/248');
    // 14 rows fit under the header at 80×24: a page moves by 14.
    await press(app, PAGE_DOWN, '15/248');
    await press(app, PAGE_UP, '1/248');
    await press(app, SPACE, '15/248');
    await press(app, 'b', '1/248');
    await press(app, END, '248/248');
    expect(app.lastFrame()).toMatch(/> —\s+Press release\s+An undated invented note/);
    await press(app, HOME, '1/248');
    await press(app, 'G', '248/248');
    await press(app, 'g', '1/248');
  });

  it('filters by year and type with live counts, refines by a second facet, and c clears', async () => {
    const app = renderApp({ initialStack: entity('state:ruritania') });
    expect(app.lastFrame()).toContain('6 of 6');
    await press(app, 'y', 'Filter by year');
    expect(app.lastFrame()).toMatch(/> All years\s+6/);
    expect(app.lastFrame()).toMatch(/2023\s+2/);
    await press(app, DOWN, '> 2024');
    await press(app, DOWN, '> 2023');
    await press(app, ENTER, 'Year: 2023 · Type: all · With: any · 2 of 6');
    await press(app, 'y', 'Filter by year');
    await press(app, ESC, 'Year: 2023');
    await press(app, 'c', 'Year: all · Type: all · With: any · 6 of 6');
    await press(app, 't', 'Filter by type');
    expect(app.lastFrame()).toMatch(/News item\s+1/);
    await press(app, DOWN, '> ');
    app.stdin.write(DOWN);
    // The real catalog filters by the type's key, which the header shows in lower case.
    await press(app, ENTER, /Type: (News item|Statement) · With: any · 1 of 6/i);
    await press(app, 'c', '6 of 6');
    await press(app, 'r', 'Refine by');
    expect(app.lastFrame()).toMatch(/Field: Combating trafficking in human beings\s+3/);
    expect(app.lastFrame()).not.toContain('Country: Ruritania');
    await press(app, DOWN, '> Field: Combating');
    await press(app, ENTER, 'With: Combating trafficking in human beings · 3 of 6');
    expect(app.lastFrame()).toContain('Ruritania › Combating trafficking in human beings');
  });

  it('opens a release with Enter', async () => {
    const app = renderApp({ initialStack: entity('state:ruritania') });
    await press(app, ENTER, 'STRELSAU, Ruritania, 14 March 2024');
    expect(app.lastFrame()).toContain('Home › Ruritania › Ruritania hosts a fictional workshop on border management');
  });
});

describe('latest releases', () => {
  it('lists every release newest first with a position, rendering only the visible rows', async () => {
    const app = renderApp({ initialStack: [{ kind: 'latest', list: START }], rows: 24 });
    expect(app.lastFrame()).toContain('Home › Latest releases');
    expect(app.lastFrame()).toContain('1/277');
    expect(app.lastFrame().split('\n').length).toBeLessThanOrEqual(23);
    await press(app, END, '277/277');
    expect(app.lastFrame()).toMatch(/> —\s+Press stateme…\s+Undated statement on imaginary weather/);
    expect(app.lastFrame()).not.toContain('Border officials in the invented town of Lakeview');
    await press(app, HOME, '1/277');
    await press(app, ENTER, 'Twelve officers met in Lakeview for a two-day course.');
  });

  it('formats large positions with thousands separators', async () => {
    const { openWorldCatalog } = await import('./world-catalog.js');
    const app = renderApp({
      catalog: await openWorldCatalog({ fillers: 4307 }),
      initialStack: [{ kind: 'latest', list: START }],
    });
    await press(app, PAGE_DOWN, /\d+\/4,344/);
    await press(app, END, '4,344/4,344');
  });
});
