import { afterEach, describe, expect, it } from 'vitest';
import { entityChoice } from '../../src/ui/screens/picker/pickers.js';
import { BACKSPACE, CTRL_C, DOWN, ENTER, ESC, LEFT, RIGHT } from './keys.js';
import { press } from './press.js';
import { cleanupSized, renderApp } from './render-app.js';
import { openWorldCatalog } from './world-catalog.js';

afterEach(cleanupSized);

describe('Home and menus', () => {
  it('shows the site menu with release counts, Latest and Search', () => {
    const app = renderApp();
    const frame = app.lastFrame();
    expect(frame).toMatch(/^Home/);
    expect(frame).toMatch(/> Latest releases\s+277/);
    expect(frame).toContain('Search');
    expect(frame).toMatch(/Countries\s+Participating States, Partners for Co-operation, Elbonia\s+31/);
    expect(frame).toMatch(/Structures and institutions\s+Chairpersonship, Secretariat, Institutio…\s+269/);
    expect(frame).toContain('1/5');
  });

  it('walks Home › Countries › Participating States › Ruritania with Enter and back with every back key', async () => {
    const app = renderApp();
    await press(app, DOWN, '> Search');
    await press(app, DOWN, '> Our work');
    await press(app, DOWN, '> Countries');
    await press(app, ENTER, 'Home › Countries');
    await press(app, DOWN, '> Participating States');
    await press(app, ENTER, 'Home › Countries › Participating States');
    expect(app.lastFrame()).toMatch(/Grand Fenwick\s+0/);
    for (const state of ['Borduria', 'Freedonia', 'Grand Fenwick', 'Pöhjola', 'Ruritania']) {
      await press(app, DOWN, `> ${state}`);
    }
    await press(app, ENTER, 'Home › Countries › Participating States › Ruritania');
    expect(app.lastFrame()).toContain('Ruritania · Participating State');
    // Each back key returns one step to the same selection.
    await press(app, ESC, /> Ruritania\s+6/);
    await press(app, ENTER, 'Ruritania · Participating State');
    await press(app, BACKSPACE, /> Ruritania\s+6/);
    await press(app, ENTER, 'Ruritania · Participating State');
    await press(app, 'h', /> Ruritania\s+6/);
    await press(app, ENTER, 'Ruritania · Participating State');
    await press(app, LEFT, /> Ruritania\s+6/);
    await press(app, 'q', '> Participating States');
    await press(app, 'q', '> Countries');
  });

  it('opens a menu on its overview row, named so it reads naturally at 80 and at 40 columns', async () => {
    const wide = renderApp({ columns: 80 });
    await press(wide, 'jjj', '> Countries');
    await press(wide, ENTER, /^> Countries — overview and all releases .*\s31$/m);
    const narrow = renderApp({ columns: 40, rows: 12 });
    await press(narrow, 'jjj', '> Countries');
    await press(narrow, ENTER, /^> Overview and all releases\s+31$/m);
    await press(narrow, ENTER, 'Countries · ');
  });

  it('q at Home quits, and Ctrl-C quits from anywhere', async () => {
    const first = renderApp();
    first.stdin.write('q');
    await first.instance.waitUntilExit();
    const second = renderApp();
    await press(second, DOWN, '> Search');
    await press(second, ENTER, 'Search:');
    second.stdin.write(CTRL_C);
    await second.instance.waitUntilExit();
  });

  it('takes Esc and a key arriving together (read as Alt+key) as Esc, then the key', async () => {
    const app = renderApp();
    await press(app, DOWN, '> Search');
    await press(app, DOWN, '> Our work');
    await press(app, DOWN, '> Countries');
    await press(app, ENTER, 'Home › Countries');
    await press(app, DOWN, '> Participating States');
    await press(app, ENTER, 'Home › Countries › Participating States');
    await press(app, `${ESC}q`, /^Home\n/);
  });

  it('opens with → and l as well as Enter', async () => {
    const app = renderApp();
    await press(app, RIGHT, 'Home › Latest releases');
    await press(app, ESC, /^Home\n/);
    await press(app, 'l', 'Home › Latest releases');
    await press(app, 'l', 'Twelve officers met in Lakeview for a two-day course.');
  });

  it('leaves out menu pages with nothing behind them', async () => {
    const app = renderApp();
    await press(app, DOWN, '> Search');
    await press(app, DOWN, '> Our work');
    await press(app, ENTER, 'Home › Our work');
    expect(app.lastFrame()).toContain('Fields of work');
    expect(app.lastFrame()).not.toContain('About us');
  });

  it('a choice of `open NAME` leads where a direct match would: the full menu path, Back one step at a time', async () => {
    const catalog = await openWorldCatalog();
    const choice = entityChoice(catalog, 'Several entries match “ru”', ['institution:ofia', 'state:ruritania']);
    const app = renderApp({ catalog, initialStack: [choice] });
    await press(app, DOWN, '> Ruritania (Participating State)');
    await press(app, ENTER, /^Home › Countries › Participating States › Ruritania\n/);
    await press(app, ESC, /^Home › Countries › Participating States\n/);
    expect(app.lastFrame()).toMatch(/> Ruritania\s+\d+/);
    await press(app, ESC, /^Home › Countries\n/);
    await press(app, ESC, /^Home\n/);
  });
});
