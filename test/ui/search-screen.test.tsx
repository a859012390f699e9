import { afterEach, describe, expect, it, vi } from 'vitest';
import { START } from '../../src/ui/navigation.js';
import { COLOUR_THEME } from '../../src/ui/theme.js';
import { BACKSPACE, DOWN, ENTER, ESC, PAGE_DOWN, UP } from './keys.js';
import { PATIENCE, press, type } from './press.js';
import { cleanupSized, renderApp } from './render-app.js';
import { openWorldCatalog, recordSearches } from './world-catalog.js';

afterEach(cleanupSized);

describe('search screen', () => {
  it('opens with / from Home and shows names first, then releases, with matches marked', async () => {
    const app = renderApp();
    await press(app, '/', 'Search: ▏');
    await type(app, 'lakev', (typed) => `Search: ${typed}▏`);
    await vi.waitFor(() => expect(app.lastFrame()).toContain('0 names · 1 release'), PATIENCE);
    expect(app.lastFrame()).toContain('Workshop in [Lakeville] trains harbour inspectors');
    expect(app.lastFrame()).toContain('Home › Search “lakev”');
    await press(app, BACKSPACE, 'Search: lake▏');
  });

  it('Enter in the box opens the first result; Esc comes back with the query kept', async () => {
    const app = renderApp();
    await press(app, '/', 'Search: ▏');
    await type(app, 'turk', (typed) => `Search: ${typed}▏`);
    await vi.waitFor(() => expect(app.lastFrame()).toContain('1 name · 1 release'), PATIENCE);
    expect(app.lastFrame()).toMatch(/\[Türkiye\]\n\s+Participating State/);
    await press(app, ENTER, 'Türkiye · Participating State');
    await press(app, ESC, 'Search: turk');
    expect(app.lastFrame()).toContain('Türkiye');
  });

  it('moves into the results, opens a release with the terms highlighted, and returns to the same row', async () => {
    const app = renderApp();
    await press(app, '/', 'Search: ▏');
    await type(app, 'invented', (typed) => `Search: ${typed}▏`);
    await vi.waitFor(() => expect(app.lastFrame()).toContain('0 names · 3 releases'), PATIENCE);
    await press(app, DOWN, /> 2021-05-02\s+News item\s+Italian volunteers/);
    await press(app, 'j', /> —\s+Press release\s+An undated \[invented\] note/);
    await press(app, ENTER, 'Text of An undated [invented] note.');
    await press(app, ESC, /> —\s+Press release\s+An undated/);
    expect(app.lastFrame()).toContain('Search: invented');
    await press(app, 'k', /> 2021-05-02/);
    await press(app, ENTER, 'Text of Italian volunteers plant an [invented] forest.');
    await press(app, ']', 'Text of An undated [invented] note.');
    await press(app, ESC, /> —\s+Press release\s+An undated/);
    await press(app, 'k', /> 2021-05-02/);
    await press(app, UP, 'Search: invented▏');
  });

  it('marks the row Enter opens while the box has focus, by a symbol that shows without colour', async () => {
    const app = renderApp();
    await press(app, '/', 'Search: ▏');
    await press(app, 'invented', 'Search: invented▏');
    await vi.waitFor(
      () => expect(app.lastFrame()).toMatch(/^> 2021-05-02\s+News item\s+Italian volunteers/m),
      PATIENCE,
    );
    expect(app.lastFrame()).toMatch(/^ {2}—\s+Press release\s+An undated/m);
    await press(app, DOWN, 'Search: invented\n');
    expect(app.lastFrame()).toMatch(/^> 2021-05-02/m);
    // The selection bar spans the row without cutting it: nothing was left out.
    expect(app.lastFrame()).not.toContain('…');

    const colour = renderApp({ theme: COLOUR_THEME });
    await press(colour, '/', 'Search: ▏');
    await press(colour, 'invented', 'Search: invented▏');
    await vi.waitFor(() => expect(colour.lastFrame()).toMatch(/^› 2021-05-02/m), PATIENCE);
  });

  it('offers "did you mean" names when nothing is found, and Enter opens the first', async () => {
    const app = renderApp();
    await press(app, '/', 'Search: ▏');
    await type(app, 'democratik institushuns', (typed) => `Search: ${typed}▏`);
    await vi.waitFor(() => expect(app.lastFrame()).toContain('Nothing found · did you mean:'), PATIENCE);
    expect(app.lastFrame()).toMatch(/^> Office for Democratic Institutions and Human Rights/m);
    await press(app, ENTER, 'Office for Democratic Institutions and Human Rights · Institution');
  });

  it('shows only the latest query: a slower answer to an older query is dropped', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let heldDone = false;
    const catalog = recordSearches(await openWorldCatalog(), (query) =>
      query === 'fictional b'
        ? held.then(() => {
            heldDone = true;
          })
        : undefined,
    );
    const app = renderApp({ catalog });
    await press(app, '/', 'Search: ▏');
    await type(app, 'fictional b', (typed) => `Search: ${typed}▏`);
    await vi.waitFor(() => expect(app.lastFrame()).toContain('Searching…'), PATIENCE);
    await press(app, 'u', /0 names · 50 of 240 releases/);
    await press(app, BACKSPACE, 'Searching…');
    await type(app, 'x', () => 'Nothing found');
    release();
    await vi.waitFor(() => expect(heldDone).toBe(true), PATIENCE);
    // Let the stale answer travel through the app (one turn of the event loop, not a timed sleep).
    await new Promise((resolve) => setImmediate(resolve));
    expect(app.lastFrame()).toContain('Search: fictional bx▏');
    expect(app.lastFrame()).toContain('Nothing found');
    expect(catalog.searches).toEqual([
      'f',
      'fi',
      'fic',
      'fict',
      'ficti',
      'fictio',
      'fiction',
      'fictiona',
      'fictional',
      'fictional ',
      'fictional b',
      'fictional bu',
      'fictional b',
      'fictional bx',
    ]);
  });

  it('Enter pressed before the results come opens the first result when they arrive', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const app = renderApp({
      catalog: recordSearches(await openWorldCatalog(), (query) => (query === 'odihr' ? held : undefined)),
    });
    await press(app, '/', 'Search: ▏');
    await type(app, 'odihr', (typed) => `Search: ${typed}▏`);
    await press(app, ENTER, 'Searching…');
    release();
    await vi.waitFor(
      () => expect(app.lastFrame()).toContain('Office for Democratic Institutions and Human Rights · Institution'),
      PATIENCE,
    );
    await press(app, ESC, 'Search: odihr');
    await new Promise((resolve) => setImmediate(resolve));
    expect(app.lastFrame()).toContain('1 name');
    expect(app.lastFrame()).not.toContain('· Institution');
  });

  it('↑ in the box recalls the queries of this session', async () => {
    const app = renderApp();
    await press(app, '/', 'Search: ▏');
    await type(app, 'italy', (typed) => `Search: ${typed}▏`);
    await vi.waitFor(() => expect(app.lastFrame()).toContain('1 name · 1 release'), PATIENCE);
    await press(app, ENTER, 'Italy · Participating State');
    await press(app, ESC, 'Search: italy');
    await press(app, ESC, /^Home\n/);
    await press(app, '/', 'Search: ▏');
    expect(app.lastFrame()).toContain('↑ recalls 1 recent query');
    await press(app, UP, 'Search: italy▏');
  });

  it('is reachable with / from list screens', async () => {
    const app = renderApp({ initialStack: [{ kind: 'entity', entryId: 'state:italy', filters: {}, list: START }] });
    await press(app, '/', 'Home › Italy › Search');
    await press(app, ESC, 'Italy · Participating State');
  });

  it('scrolls past the first 50 results: more are fetched as the selection nears the end, G reaches the last', async () => {
    const catalog = recordSearches(await openWorldCatalog({ fillers: 300 }));
    const app = renderApp({ catalog });
    await press(app, '/', 'Search: ▏');
    await type(app, 'bulletin', (typed) => `Search: ${typed}▏`);
    await vi.waitFor(
      () => expect(app.lastFrame()).toMatch(/0 names · 50 of 300 releases[\s\S]*\b1\/300\s*$/),
      PATIENCE,
    );
    await press(app, DOWN, 'Search: bulletin\n');
    // Nine rows a page at 80×24: five pages reach row 46, within two pages of the 50th.
    for (let page = 1; page <= 5; page++) await press(app, PAGE_DOWN, new RegExp(`\\b${1 + 9 * page}/300\\s*$`));
    await vi.waitFor(() => expect(app.lastFrame()).toContain('0 names · 200 of 300 releases'), PATIENCE);
    // Only the rows after the 50 loaded were asked for.
    expect(catalog.searchRequests.filter((r) => r.query === 'bulletin').map((r) => r.offset)).toEqual([0, 50]);
    for (let row = 47; row <= 52; row++) await press(app, 'j', new RegExp(`\\b${row}/300\\s*$`));
    await press(app, 'G', /\b300\/300\s*$/);
    expect(app.lastFrame()).toContain('0 names · 300 releases');
    expect(app.lastFrame()).toMatch(/^> .*Fictional \[bulletin\] \d+/m);
    await press(app, 'g', /\b1\/300\s*$/);
    // A new query starts again with one page: typing never waits for hundreds of rows.
    await press(app, '/', 'Search: bulletin▏');
    await press(app, BACKSPACE, 'Search: bulleti▏');
    await vi.waitFor(() => expect(app.lastFrame()).toContain('0 names · 50 of 300 releases'), PATIENCE);
  }, 20_000);
});
