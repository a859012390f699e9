import { afterEach, describe, expect, it, vi } from 'vitest';
import { cellWidth } from '../../src/text/cell-text.js';
import { type Screen, START } from '../../src/ui/navigation.js';
import { COLOUR_THEME } from '../../src/ui/theme.js';
import { tempDir } from '../state/temp-config.js';
import { DOWN, ENTER, ESC, UP } from './keys.js';
import { PATIENCE, press, type } from './press.js';
import { cleanupSized } from './render-app.js';
import { configOnDisk, renderUserApp } from './render-user-app.js';
import { catalogWith, LAKEVILLE, openWorldCatalog } from './world-catalog.js';

afterEach(cleanupSized);

const percent = (frame: string): number => Number(frame.match(/(\d+)%\n?$/)?.[1]);

/** Home › Ruritania (2023) › the Lakeville workshop (its second row), scrolled down six lines. */
async function readLakeville(configDir: string) {
  const app = renderUserApp({
    configDir,
    initialStack: [
      { kind: 'entity', entryId: 'state:ruritania', filters: { year: 2023 }, list: { selected: 1, scroll: 0 } },
    ],
  });
  await press(app, ENTER, 'Paragraph 1 of the invented Lakeville');
  const top = percent(app.lastFrame());
  for (let i = 0; i < 6; i++) app.stdin.write('j');
  await vi.waitFor(() => expect(app.lastFrame()).not.toContain('Press release\nWorkshop in Lakeville'), PATIENCE);
  await vi.waitFor(() => expect(percent(app.lastFrame())).toBeGreaterThan(top), PATIENCE);
  const frame = app.lastFrame();
  await app.quit();
  return frame;
}

describe('resume', () => {
  it('reopens the article at its scroll position, with the list it came from underneath', async () => {
    const dir = tempDir();
    const left = await readLakeville(dir);
    expect(configOnDisk(dir).resume.snapshot.stack.map((s: Screen) => s.kind)).toEqual(['home', 'entity', 'article']);
    cleanupSized();
    const again = renderUserApp({ configDir: dir });
    await vi.waitFor(() => expect(again.lastFrame()).toBe(left), PATIENCE);
    await press(
      again,
      ESC,
      /^Home › Ruritania\n[\s\S]*\n> {3}2023-03-14 +Press release +Workshop in Lakeville trains harbour/,
    );
    await press(again, ESC, /^Home\n/);
  });

  it('starts at Home with --home, and at Home when the bundle no longer has the item', async () => {
    const dir = tempDir();
    await readLakeville(dir);
    cleanupSized();
    const home = renderUserApp({ configDir: dir, home: true });
    expect(home.lastFrame()).toMatch(/^Home\n/);
    cleanupSized();
    const fake = await openWorldCatalog();
    const withoutLakeville = catalogWith(fake, { get: (id) => (id === LAKEVILLE ? undefined : fake.get(id)) });
    const vanished = renderUserApp({ configDir: dir, catalog: withoutLakeville });
    expect(vanished.lastFrame()).toMatch(/^Home\n/);
    expect(vanished.lastFrame()).not.toContain('not in the bundle');
  });

  it('reopens an entity page with its filters and selection', async () => {
    const dir = tempDir();
    const stack: Screen[] = [{ kind: 'entity', entryId: 'institution:ofia', filters: { year: 2005 }, list: START }];
    const app = renderUserApp({ configDir: dir, initialStack: stack });
    await press(app, DOWN, / 2\/\d+/);
    await app.quit();
    cleanupSized();
    const again = renderUserApp({ configDir: dir });
    expect(again.lastFrame()).toContain('Year: 2005');
    expect(again.lastFrame()).toMatch(/ 2\/\d+/);
  });

  it('reopens a search on the result it had selected, also past the first 50', async () => {
    const dir = tempDir();
    const app = renderUserApp({ configDir: dir, catalog: await openWorldCatalog({ fillers: 120 }) });
    await press(app, '/', 'Search: ▏');
    await type(app, 'bulletin', (typed) => `Search: ${typed}▏`);
    await vi.waitFor(() => expect(app.lastFrame()).toMatch(/ 1\/120\n?$/), PATIENCE);
    await press(app, DOWN, 'Search: bulletin\n');
    for (let row = 2; row <= 4; row++) await press(app, DOWN, new RegExp(` ${row}/120\\n?$`));
    await press(app, 'G', / 120\/120\n?$/);
    await press(app, 'k', / 119\/120\n?$/);
    await app.quit();
    cleanupSized();
    const again = renderUserApp({ configDir: dir, catalog: await openWorldCatalog({ fillers: 120 }) });
    await vi.waitFor(() => expect(again.lastFrame()).toMatch(/0 names · 120 releases[\s\S]* 119\/120\n?$/), PATIENCE);
    await press(again, 'g', / 1\/120\n?$/);
    await press(again, 'j', / 2\/120\n?$/);
    await again.quit();
    cleanupSized();
    const third = renderUserApp({ configDir: dir, catalog: await openWorldCatalog({ fillers: 120 }) });
    await vi.waitFor(
      () => expect(third.lastFrame()).toMatch(/^>.*Fictional \[bulletin\] 60\n[\s\S]* 2\/120\n?$/m),
      PATIENCE,
    );
  }, 20_000);
});

describe('search history', () => {
  it('remembers submitted queries on disk, so ↑ recalls them after a restart', async () => {
    const dir = tempDir();
    const app = renderUserApp({
      configDir: dir,
      initialStack: [{ kind: 'search', id: 1, query: '', editing: true, recall: -1, list: START }],
    });
    await type(app, 'lakeville', (typed) => `Search: ${typed}`);
    // Enter opens the selected release; which one depends on how far the search had got, and
    // this test is about the query kept on disk, so any article will do.
    await press(app, ENTER, /\/ find {2}n next/);
    await vi.waitFor(
      () => expect(configOnDisk(dir).history.queries.map((q: { query: string }) => q.query)).toEqual(['lakeville']),
      PATIENCE,
    );
    cleanupSized();
    const again = renderUserApp({ configDir: dir, home: true });
    await press(again, '/', 'Search:');
    expect(again.lastFrame()).toContain('↑ recalls 1 recent query');
    await press(again, UP, 'Search: lakeville');
  });
});

describe('settings', () => {
  it('opens with , and from Home, changes the theme live and saves it', async () => {
    const dir = tempDir();
    const app = renderUserApp({ configDir: dir, theme: COLOUR_THEME, home: true });
    expect(app.lastFrame()).toContain('› Latest releases');
    await press(app, ',', /^Home › Settings\n/);
    expect(app.lastFrame()).toMatch(/› Theme +dark/);
    await press(app, ENTER, /› Theme +light/);
    expect(configOnDisk(dir).preferences.theme).toBe('light');
    // mono marks the selection with ">" instead of colour and "›".
    await press(app, '+', /> Theme +mono/);
    expect(configOnDisk(dir).preferences.theme).toBe('mono');
    await press(app, ESC, /^Home\n> Latest|^Home\n.*\n> Latest/);
    await press(app, '-', '> Latest releases');
    for (let row = 2; row <= 8; row++) await press(app, DOWN, ` ${row}/8`);
    await press(app, ENTER, /^Home › Settings\n/);
  });

  it('without colour (NO_COLOR, --no-color, a terminal without colour) stays plain whatever the theme preference', async () => {
    const dir = tempDir();
    const app = renderUserApp({ configDir: dir, home: true });
    await press(app, ',', 'Colour is off');
    await press(app, ENTER, /> Theme +light/);
    expect(app.lastFrame()).toContain('> Theme');
  });

  it('wraps its explanations at 40 columns instead of cutting them', async () => {
    const app = renderUserApp({ configDir: tempDir(), columns: 40, rows: 12, home: true });
    await press(app, ',', /^Home › Settings\n/);
    const text = app.lastFrame().split('\n').slice(4, -1).join(' ').replace(/\s+/g, ' ');
    expect(text).toContain('saved at once');
    expect(text).toContain('Colour is off (NO_COLOR, --no-color, TERM): the screen stays plain.');
    expect(app.lastFrame()).not.toContain('…');
  });

  it('sets the reading width from 40 to 200 columns, applied to the open article at once', async () => {
    const dir = tempDir();
    const app = renderUserApp({
      configDir: dir,
      columns: 120,
      rows: 30,
      initialStack: [{ kind: 'article', releaseId: LAKEVILLE, scroll: 0 }],
    });
    const widest = (): number => Math.max(...app.lastFrame().split('\n').slice(1, -1).map(cellWidth));
    // About 100 columns by default (issue 3's readable maximum), on a wider terminal.
    expect(widest()).toBeLessThanOrEqual(100);
    expect(widest()).toBeGreaterThan(80);
    await press(app, ',', 'Home › Workshop in Lakeville trains harbour inspectors › Settings');
    await press(app, DOWN, /> Reading width +100 columns/);
    for (const width of [90, 80, 70, 60, 50, 40, 40])
      await press(app, '-', new RegExp(`Reading width +${width} columns`));
    expect(configOnDisk(dir).preferences.readingWidth).toBe(40);
    await press(app, ESC, 'Paragraph 1 of the invented');
    expect(widest()).toBeLessThanOrEqual(40);
    await press(app, ',', 'Settings');
    await press(app, DOWN, /> Reading width/);
    for (let i = 0; i < 17; i++)
      await press(app, '+', new RegExp(`Reading width +${Math.min(200, 50 + i * 10)} columns`));
    expect(configOnDisk(dir).preferences.readingWidth).toBe(200);
    await press(app, ESC, 'Paragraph 1 of the invented');
    // The terminal is the limit now: lines use its width, not the default 100 columns.
    await vi.waitFor(() => expect(widest()).toBeGreaterThan(100), PATIENCE);
    expect(widest()).toBeLessThanOrEqual(120);
  });
});
