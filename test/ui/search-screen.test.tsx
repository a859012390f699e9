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
    await vi.waitFor(() => expect(app.lastFrame()).toContain('0 names · 3 releases'), PATIENCE);
    expect(app.lastFrame()).toContain('Workshop in [Lakeville] trains harbour inspectors');
    expect(app.lastFrame()).toContain('Home › Search “lakev”');
    await press(app, BACKSPACE, 'Search: lake▏');
  });

  it('Enter in the box opens the first result; Esc comes back with the query kept', async () => {
    const app = renderApp();
    await press(app, '/', 'Search: ▏');
    await type(app, 'pohj', (typed) => `Search: ${typed}▏`);
    await vi.waitFor(() => expect(app.lastFrame()).toContain('1 name · 4 releases'), PATIENCE);
    expect(app.lastFrame()).toMatch(/\[Pöhjola\]\n\s+Participating State/);
    await press(app, ENTER, 'Pöhjola · Participating State');
    await press(app, ESC, 'Search: pohj');
    expect(app.lastFrame()).toContain('Pöhjola');
  });

  it('moves into the results, opens a release with the terms highlighted, and returns to the same row', async () => {
    const app = renderApp();
    await press(app, '/', 'Search: ▏');
    await type(app, 'undated note', (typed) => `Search: ${typed}▏`);
    await vi.waitFor(() => expect(app.lastFrame()).toContain('0 names · 2 releases'), PATIENCE);
    await press(app, DOWN, /> —\s+Press release\s+An \[undated\] invented \[note\]/);
    await press(app, 'j', /> —\s+News item\s+\[Undated\] \[note\] on archive procedures/);
    await press(app, ENTER, 'The archive keeps records of invented meetings');
    await press(app, ESC, /> —\s+News item\s+\[Undated\]/);
    expect(app.lastFrame()).toContain('Search: undated note');
    await press(app, 'k', /> —\s+Press release/);
    await press(app, ENTER, 'Text of An [undated] invented [note].');
    await press(app, ']', 'The archive keeps records of invented meetings');
    await press(app, ESC, /> —\s+News item\s+\[Undated\]/);
    await press(app, 'k', /> —\s+Press release/);
    await press(app, UP, 'Search: undated note▏');
  });

  it('marks the row Enter opens while the box has focus, by a symbol that shows without colour', async () => {
    const app = renderApp();
    await press(app, '/', 'Search: ▏');
    await press(app, 'undated note', 'Search: undated note▏');
    await vi.waitFor(
      () => expect(app.lastFrame()).toMatch(/^> —\s+Press release\s+An \[undated\] invented/m),
      PATIENCE,
    );
    expect(app.lastFrame()).toMatch(/^ {2}—\s+News item\s+\[Undated\] \[note\]/m);
    await press(app, DOWN, 'Search: undated note\n');
    expect(app.lastFrame()).toMatch(/^> —\s+Press release/m);
    // The selection bar spans the row without cutting it: nothing was left out.
    expect(app.lastFrame()).not.toContain('…');

    const colour = renderApp({ theme: COLOUR_THEME });
    await press(colour, '/', 'Search: ▏');
    await press(colour, 'undated note', 'Search: undated note▏');
    await vi.waitFor(() => expect(colour.lastFrame()).toMatch(/^› —\s+Press release/m), PATIENCE);
  });

  it('offers "did you mean" names when nothing is found, and Enter opens the first', async () => {
    const app = renderApp();
    await press(app, '/', 'Search: ▏');
    await type(app, 'imajinari afaers', (typed) => `Search: ${typed}▏`);
    await vi.waitFor(() => expect(app.lastFrame()).toContain('Nothing found · did you mean:'), PATIENCE);
    expect(app.lastFrame()).toMatch(/^> Office for Imaginary Affairs/m);
    await press(app, ENTER, 'Office for Imaginary Affairs · Institution');
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
      catalog: recordSearches(await openWorldCatalog(), (query) => (query === 'ofia' ? held : undefined)),
    });
    await press(app, '/', 'Search: ▏');
    await type(app, 'ofia', (typed) => `Search: ${typed}▏`);
    await press(app, ENTER, 'Searching…');
    release();
    await vi.waitFor(() => expect(app.lastFrame()).toContain('Office for Imaginary Affairs · Institution'), PATIENCE);
    await press(app, ESC, 'Search: ofia');
    await new Promise((resolve) => setImmediate(resolve));
    expect(app.lastFrame()).toContain('1 name');
    expect(app.lastFrame()).not.toContain('· Institution');
  });

  it('↑ in the box recalls the queries of this session', async () => {
    const app = renderApp();
    await press(app, '/', 'Search: ▏');
    await type(app, 'ruritania', (typed) => `Search: ${typed}▏`);
    await vi.waitFor(() => expect(app.lastFrame()).toContain('2 names · 2 releases'), PATIENCE);
    await press(app, ENTER, 'Ruritania · Participating State');
    await press(app, ESC, 'Search: ruritania');
    await press(app, ESC, /^Home\n/);
    await press(app, '/', 'Search: ▏');
    expect(app.lastFrame()).toContain('↑ recalls 1 recent query');
    await press(app, UP, 'Search: ruritania▏');
  });

  it('is reachable with / from list screens', async () => {
    const app = renderApp({ initialStack: [{ kind: 'entity', entryId: 'state:ruritania', filters: {}, list: START }] });
    await press(app, '/', 'Home › Ruritania › Search');
    await press(app, ESC, 'Ruritania · Participating State');
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
