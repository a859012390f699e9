import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { writeBundle } from '../../src/bundle/write-bundle.js';
import { openCatalog } from '../../src/catalog/open-catalog.js';
import type { Catalog } from '../../src/catalog/types.js';
import { buildTaxonomyEntries } from '../../src/taxonomy/build-taxonomy.js';
import cellWidth from '../../src/text/cell-width.js';
import { type Screen, START } from '../../src/ui/navigation.js';
import { CONTROL, HOSTILE } from '../helpers/hostile-text.js';
import { makeRelease } from '../world/make.js';
import { PATIENCE } from './press.js';
import { cleanupSized, renderApp } from './render-app.js';

afterEach(cleanupSized);

// Rendered in the mono theme: no colour, so not even an SGR sequence of Ink's own belongs in a frame.
let catalog: Catalog;

beforeAll(async () => {
  const root = mkdtempSync(join(tmpdir(), 'osce-tui-hostile-browser-'));
  const bundleDir = join(root, 'bundle');
  const releases = [
    makeRelease({
      id: 'hostile-title',
      type: `Press ${HOSTILE}`,
      title: `Hostile ${HOSTILE}`,
      countries: ['state:serbia'],
      body: [{ kind: 'paragraph', text: HOSTILE }],
    }),
    makeRelease({
      id: 'hostile-body',
      title: 'Invented hostile body',
      place: HOSTILE,
      countries: ['state:serbia'],
      body: [
        { kind: 'quote', text: HOSTILE },
        { kind: 'list', items: [HOSTILE] },
      ],
      notes: [{ term: 'marks', text: HOSTILE }],
    }),
  ];
  // The taxonomy comes from the bundle too: a name and an alias carry the same text.
  const taxonomy = buildTaxonomyEntries().map((entry) =>
    entry.id === 'state:serbia'
      ? { ...entry, name: `Serbia ${HOSTILE}`, aliases: [...entry.aliases, `Alias ${HOSTILE}`] }
      : entry,
  );
  await writeBundle(bundleDir, { title: `Hostile ${HOSTILE}`, taxonomy, releases, synthetic: true });
  catalog = await openCatalog(bundleDir, { cacheDir: join(root, 'cache') });
}, 60_000);

const HOME: Screen = { kind: 'home', list: START };
const SCREENS: [string, Screen[], string][] = [
  ['Home', [HOME], 'Latest releases'],
  ['Latest', [HOME, { kind: 'latest', list: START }], 'Invented hostile body'],
  [
    'the article with a hostile title',
    [HOME, { kind: 'article', releaseId: 'hostile-title', scroll: 0 }],
    'Hostile OSC',
  ],
  [
    'the article with a hostile body',
    [HOME, { kind: 'article', releaseId: 'hostile-body', scroll: 0 }],
    'Invented hostile body',
  ],
  [
    'an entity page',
    [HOME, { kind: 'entity', entryId: 'state:serbia', filters: {}, list: START }],
    'Invented hostile body',
  ],
];

/** The lines of a frame that hold a control character or are wider than the terminal. */
function badLines(frame: string, columns: number): string[] {
  return frame.split('\n').filter((line) => CONTROL.test(line) || cellWidth(line) > columns);
}

describe.each([40, 120])('the browser over hostile releases at %i columns', (columns) => {
  it.each(SCREENS)('%s shows no control character and no line too wide', async (_name, stack, shown) => {
    const app = renderApp({ catalog, columns, rows: 30, initialStack: stack });
    await vi.waitFor(() => expect(app.lastFrame()).toContain(shown), PATIENCE);
    expect(badLines(app.lastFrame()!, columns)).toEqual([]);
  });

  it.each([
    ['hostile', /2 releases/],
    ['serbia', /\d+ names? ·/],
  ])('search results for %s show no control character and no line too wide', async (query, shown) => {
    const app = renderApp({ catalog, columns, rows: 30 });
    app.stdin.write('/');
    await vi.waitFor(() => expect(app.lastFrame()).toContain('Search:'), PATIENCE);
    app.stdin.write(query);
    await vi.waitFor(() => expect(app.lastFrame()).toMatch(shown), PATIENCE);
    expect(badLines(app.lastFrame()!, columns)).toEqual([]);
  });
});
