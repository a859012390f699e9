import { cleanup, render as renderLibrary } from 'ink-testing-library';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/ui/app.js';
import { BINDINGS } from '../../src/ui/keymap.js';
import { START } from '../../src/ui/navigation.js';
import { COLOUR_THEME, MONO_THEME } from '../../src/ui/theme.js';
import { DOWN, END, ENTER, ESC } from './keys.js';
import { PATIENCE, press } from './press.js';
import { cleanupSized, renderApp } from './render-app.js';
import { LAKEVILLE, openWorldCatalog } from './world-catalog.js';

afterEach(() => {
  cleanupSized();
  cleanup();
});

describe('help', () => {
  it('opens with ?, lists every binding of the keymap and the search syntax, and scrolls', async () => {
    const app = renderApp({ rows: 80 });
    await press(app, '?', 'Home › Help');
    const frame = app.lastFrame();
    for (const binding of BINDINGS) expect(frame).toContain(binding.help);
    await press(app, ESC, /^Home\n/);
    const small = renderApp({ columns: 40, rows: 12 });
    await press(small, '?', 'Everywhere');
    await press(small, END, 'year:2015..2017');
    expect(small.lastFrame()).toContain('100%');
    // Descriptions wrap under their column instead of being cut.
    await press(small, 'g', 'Everywhere');
    expect(small.lastFrame()).toMatch(/Ctrl-C +quit at once, from\n +anywhere/);
    for (const line of small.lastFrame().split('\n')) expect(line.length).toBeLessThanOrEqual(40);
  });

  it('works with ink-testing-library at its fixed 100 columns', async () => {
    const app = renderLibrary(<App catalog={await openWorldCatalog()} theme={MONO_THEME} />);
    app.stdin.write('?');
    await vi.waitFor(() => expect(app.lastFrame()).toContain('Everywhere'), PATIENCE);
    app.stdin.write('G');
    await vi.waitFor(() => expect(app.lastFrame()).toContain('Search syntax'), PATIENCE);
    expect(app.lastFrame()).toContain('country:italy');
  });
});

describe('the terminal', () => {
  it('lays out every line within 40 columns at 40×12', async () => {
    const app = renderApp({
      columns: 40,
      rows: 12,
      initialStack: [{ kind: 'entity', entryId: 'institution:ofia', filters: {}, list: START }],
    });
    const check = (): void => {
      const lines = app.lastFrame().split('\n');
      expect(lines.length).toBeLessThanOrEqual(11);
      for (const line of lines) expect(line.length).toBeLessThanOrEqual(40);
    };
    check();
    expect(app.lastFrame()).toMatch(/> 2024-03-14\s+Ruritania hosts/);
    // Two rows down: the Lakeville report, 30 paragraphs long.
    await press(app, 'jj', /> 2023-03-14\s+Workshop in Lakeville/);
    await press(app, 'o', /./);
    await press(app, '\r', 'Home › … › Workshop in Lakeville');
    check();
    await press(app, END, 'Paragraph 30 of the');
    check();
  });

  it('shows a one-line notice below 40×12 and recovers when enlarged', async () => {
    const app = renderApp({ columns: 80, rows: 24 });
    app.stdout.resize(39, 24);
    await vi.waitFor(() => expect(app.lastFrame()).toContain('terminal too small'), PATIENCE);
    expect(app.lastFrame().trim().split('\n')).toHaveLength(1);
    app.stdout.resize(80, 11);
    await vi.waitFor(() => expect(app.lastFrame()).toMatch(/^terminal too small/), PATIENCE);
    app.stdout.resize(80, 24);
    await vi.waitFor(() => expect(app.lastFrame()).toContain('Latest releases'), PATIENCE);
  });

  it('lets no key act unseen under the notice, only q and Ctrl-C, which quit', async () => {
    const app = renderApp({ columns: 80, rows: 24 });
    app.stdout.resize(30, 10);
    await vi.waitFor(() => expect(app.lastFrame()).toMatch(/^terminal too small/), PATIENCE);
    for (const key of [DOWN, ENTER, '/', 'x']) app.stdin.write(key);
    app.stdout.resize(80, 24);
    await vi.waitFor(
      () => expect(app.lastFrame()).toMatch(/^Home\n[\s\S]*> Latest releases[\s\S]* 1\/5\s*$/),
      PATIENCE,
    );
    await press(app, ENTER, /^Home › Latest releases\n/);
    app.stdout.resize(30, 10);
    await vi.waitFor(() => expect(app.lastFrame()).toMatch(/^terminal too small/), PATIENCE);
    app.stdin.write('q');
    await app.instance.waitUntilExit();
  });

  it('fits the notice to any width down to 6 columns, never cutting what is needed', async () => {
    const app = renderApp({ columns: 80, rows: 24 });
    for (const [columns, rows] of [
      [30, 10],
      [20, 8],
      [12, 6],
      [10, 4],
      [6, 6],
    ] as const) {
      app.stdout.resize(columns, rows);
      // Ink redraws the old frame at the new width before the app has reflowed: wait for the new one.
      await vi.waitFor(() => {
        const lines = app.lastFrame().trimEnd().split('\n');
        expect(lines.join(' ')).toMatch(/too small:? .*40×12/);
        expect(Math.max(...lines.map((line) => line.length))).toBeLessThanOrEqual(columns);
        expect(lines.length).toBeLessThanOrEqual(columns >= 16 ? 1 : rows);
      }, PATIENCE);
    }
    app.stdout.resize(40, 12);
    await vi.waitFor(() => expect(app.lastFrame()).toContain('Latest releases'), PATIENCE);
  });

  it('reflows at once on resize, keeping the screen and its selection', async () => {
    const app = renderApp({
      columns: 100,
      rows: 90,
      initialStack: [{ kind: 'article', releaseId: LAKEVILLE, scroll: 0 }],
    });
    expect(app.lastFrame()).toContain(
      'Paragraph 21 of the invented Lakeville workshop report. The harbour inspectors compared notes.',
    );
    app.stdout.resize(50, 90);
    await vi.waitFor(
      () =>
        expect(
          Math.max(
            ...app
              .lastFrame()
              .split('\n')
              .map((line) => line.length),
          ),
        ).toBeLessThanOrEqual(50),
      PATIENCE,
    );
    expect(app.lastFrame()).toContain(
      'Paragraph 21 of the invented Lakeville workshop\nreport. The harbour inspectors compared notes.',
    );
  });

  it('marks the selection with a symbol in the mono theme and with the theme style in colour', async () => {
    const mono = renderApp({ theme: MONO_THEME });
    expect(mono.lastFrame()).toMatch(/^> Latest releases/m);
    await press(mono, DOWN, /^> Search/m);
    const colour = renderApp({ theme: COLOUR_THEME });
    expect(colour.lastFrame()).toMatch(/^› Latest releases/m);
  });
});

describe('index build progress', () => {
  it('shows the share done as a bar', async () => {
    const { renderToString } = await import('ink');
    const { LoadingView } = await import('../../src/ui/components/loading-view.js');
    const frame = renderToString(<LoadingView done={30} total={120} />, { columns: 80 });
    expect(frame).toContain('Building the search index');
    expect(frame).toMatch(/^█{8}░{22} 25%$/m);
  });
});

describe('resizing a scrolled article', () => {
  it('keeps a full page on screen when the text rewraps to fewer lines', async () => {
    const { LAKEVILLE: id } = await import('./world-catalog.js');
    const { END: end } = await import('./keys.js');
    const app = renderApp({ columns: 40, rows: 20, initialStack: [{ kind: 'article', releaseId: id, scroll: 0 }] });
    await press(app, end, '100%');
    app.stdout.resize(120, 20);
    await vi.waitFor(
      () => expect(app.lastFrame()).toContain('Paragraph 30 of the invented Lakeville workshop report.'),
      PATIENCE,
    );
    expect(app.lastFrame()).toContain('100%');
    expect(app.lastFrame()).toContain('Paragraph 23 of');
  });
});
