import { afterEach, describe, expect, it } from 'vitest';
import { type Screen, START } from '../../src/ui/navigation.js';
import { DOWN, END, ENTER, ESC, HOME, PAGE_DOWN, PAGE_UP, SPACE, UP } from './keys.js';
import { press } from './press.js';
import { cleanupSized, renderApp } from './render-app.js';

afterEach(cleanupSized);

const entity = (entryId: string): Screen[] => [{ kind: 'entity', entryId, filters: {}, list: START }];

describe('entity page', () => {
  it('shows what the entry is, its facts, a per-year chart and its releases newest first', () => {
    const app = renderApp({ initialStack: entity('institution:odihr') });
    const frame = app.lastFrame();
    expect(frame).toContain('Home › Office for Democratic Institutions and Human Rights');
    expect(frame).toContain('Office for Democratic Institutions and Human Rights · Institution');
    expect(frame).toContain('Helps States hold elections and protect human rights · Seat: Warsaw\nAlso: ODIHR');
    expect(frame).toMatch(/[▁▂▃▄▅▆▇█]/);
    expect(frame).toMatch(/2000\s+2023/);
    expect(frame).toContain('Year: all · Type: all · With: any · 243 of 243');
    // Newest first: the Lakeville release (2023) mentions ODIHR and leads the list.
    expect(frame).toMatch(/> 2023-03-14\s+Press release\s+Workshop in Lakeville/);
    expect(frame).toContain('1/243');
  });

  it('says plainly when an entry has no releases', () => {
    const app = renderApp({ initialStack: entity('state:andorra') });
    expect(app.lastFrame()).toContain('No releases of Andorra in this bundle.');
    expect(app.lastFrame()).not.toContain('Year: all');
  });

  it('moves through the list with every list key and keeps the window on the selection', async () => {
    const app = renderApp({ initialStack: entity('institution:odihr') });
    await press(app, DOWN, '2/243');
    await press(app, 'j', '3/243');
    await press(app, UP, '2/243');
    await press(app, 'k', '1/243');
    // 13 rows fit under the header at 80×24: a page moves by 13.
    await press(app, PAGE_DOWN, '14/243');
    await press(app, PAGE_UP, '1/243');
    await press(app, SPACE, '14/243');
    await press(app, 'b', '1/243');
    await press(app, END, '243/243');
    expect(app.lastFrame()).toMatch(/> —\s+Press release\s+An undated invented note/);
    await press(app, HOME, '1/243');
    await press(app, 'G', '243/243');
    await press(app, 'g', '1/243');
  });

  it('filters by year and type with live counts, refines by a second facet, and c clears', async () => {
    const app = renderApp({ initialStack: entity('state:italy') });
    expect(app.lastFrame()).toContain('2 of 2');
    await press(app, 'y', 'Filter by year');
    expect(app.lastFrame()).toMatch(/> All years\s+2/);
    expect(app.lastFrame()).toMatch(/2023\s+1/);
    await press(app, DOWN, '> 2023');
    await press(app, ENTER, 'Year: 2023 · Type: all · With: any · 1 of 2');
    await press(app, 'y', 'Filter by year');
    await press(app, ESC, 'Year: 2023');
    await press(app, 'c', 'Year: all · Type: all · With: any · 2 of 2');
    await press(app, 't', 'Filter by type');
    expect(app.lastFrame()).toMatch(/News item\s+1/);
    await press(app, DOWN, '> ');
    app.stdin.write(DOWN);
    // The real catalog filters by the type's key, which the header shows in lower case.
    await press(app, ENTER, /Type: (News item|Press release) · With: any · 1 of 2/i);
    await press(app, 'c', '2 of 2');
    await press(app, 'r', 'Refine by');
    expect(app.lastFrame()).toMatch(/Field: Combating trafficking in human beings\s+1/);
    expect(app.lastFrame()).not.toContain('Country: Italy');
    await press(app, DOWN, '> Field: Combating');
    await press(app, ENTER, 'With: Combating trafficking in human beings · 1 of 2');
    expect(app.lastFrame()).toContain('Italy › Combating trafficking in human beings');
  });

  it('opens a release with Enter', async () => {
    const app = renderApp({ initialStack: entity('state:italy') });
    await press(app, ENTER, 'Paragraph 1 of the invented Lakeville workshop report.');
    expect(app.lastFrame()).toContain('Home › Italy › Workshop in Lakeville trains harbour inspectors');
  });
});

describe('latest releases', () => {
  it('lists every release newest first with a position, rendering only the visible rows', async () => {
    const app = renderApp({ initialStack: [{ kind: 'latest', list: START }], rows: 24 });
    expect(app.lastFrame()).toContain('Home › Latest releases');
    expect(app.lastFrame()).toContain('1/245');
    expect(app.lastFrame().split('\n').length).toBeLessThanOrEqual(23);
    await press(app, END, '245/245');
    expect(app.lastFrame()).toMatch(/> —\s+Press release\s+An undated invented note/);
    expect(app.lastFrame()).not.toContain('Workshop in Lakeville');
    await press(app, HOME, '1/245');
    await press(app, ENTER, 'Paragraph 1 of the invented Lakeville');
  });

  it('formats large positions with thousands separators', async () => {
    const { openWorldCatalog } = await import('./world-catalog.js');
    const app = renderApp({
      catalog: await openWorldCatalog({ fillers: 4307 }),
      initialStack: [{ kind: 'latest', list: START }],
    });
    await press(app, PAGE_DOWN, /\d+\/4,312/);
    await press(app, END, '4,312/4,312');
  });
});
