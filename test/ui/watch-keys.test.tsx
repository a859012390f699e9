import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { START } from '../../src/ui/navigation.js';
import { runCommand } from '../commands/run-command.js';
import { useTempDirs } from '../helpers/temp-dir.js';
import { useFixtureCatalog } from './fixture-catalog.js';
import { DOWN, ENTER, ESC } from './keys.js';
import { press } from './press.js';
import { configOnDisk, renderUserApp } from './render-user-app.js';

const PAGE = join(import.meta.dirname, '..', 'world', 'fredville-trees.txt');
const tempDir = useTempDirs('osce-tui-watch-ui-');
const fixture = useFixtureCatalog();
const open = fixture.open;

describe('watching an entity page (w) and Home’s Watched rows', () => {
  it('w watches the page with its type filter; Home lists it first with its count; an import shows "1 new" until it is opened', async () => {
    const configDir = await tempDir();
    const freedonia = { kind: 'entity' as const, entryId: 'state:freedonia', filters: {}, list: START };
    const app = renderUserApp({
      configDir,
      catalog: await open(),
      initialStack: [{ kind: 'home', list: START }, freedonia],
      columns: 80,
    });
    await press(app, 'w', /Watching 1: Freedonia \(Home shows what is new\)/);
    expect(configOnDisk(configDir).watches).toMatchObject([
      { label: 'Freedonia', entities: ['state:freedonia'], type: null, query: null },
    ]);
    await press(app, 'w', /Already watching 1: Freedonia/);
    await press(app, ESC, /> Watched: Freedonia +nothing new +5/);
    await app.quit();

    // A page about Freedonia comes in; the next catalog's index applies it as a new release file.
    expect((await runCommand(['--bundle', fixture.bundle, 'import', PAGE])).code).toBe(0);
    const after = renderUserApp({ configDir, catalog: await open(), home: true, columns: 80 });
    await press(after, '', /> Watched: Freedonia +1 new +6/);
    await press(after, ENTER, /Home › Freedonia/);
    await after.quit();
    const again = renderUserApp({ configDir, catalog: await open(), home: true, columns: 80 });
    await press(again, '', /> Watched: Freedonia +nothing new +6/);
  }, 60_000);

  for (const columns of [40, 80, 120]) {
    it(`fits the Watched row at ${columns} columns`, async () => {
      const configDir = await tempDir();
      const page = {
        kind: 'entity' as const,
        entryId: 'state:freedonia',
        filters: { type: 'Press release' },
        list: START,
      };
      const app = renderUserApp({
        configDir,
        catalog: await open(),
        initialStack: [{ kind: 'home', list: START }, page],
        columns,
      });
      await press(app, 'w', /Watching 1/);
      await press(
        app,
        ESC,
        columns >= 80
          ? /> Watched: Freedonia × Press release +nothing new +\d+\n/
          : // At 40 columns the name keeps its room and "Watched:" gives way.
            /> Freedonia × Press release +\d+\n/,
      );
      const lines = (app.lastFrame() ?? '').split('\n');
      expect(lines.every((line) => line.length <= columns)).toBe(true);
    }, 30_000);
  }
});

describe('w on search results', () => {
  it('watches the search, facets included', async () => {
    const configDir = await tempDir();
    const search = {
      kind: 'search' as const,
      id: 1,
      query: 'border country:freedonia',
      editing: false,
      recall: -1,
      list: START,
    };
    const app = renderUserApp({
      configDir,
      catalog: await open(),
      initialStack: [{ kind: 'home', list: START }, search],
      columns: 80,
    });
    await press(app, 'w', /Watching 1: “border country:freedonia”/);
    expect(configOnDisk(configDir).watches).toMatchObject([
      { entities: [], type: null, query: 'border country:freedonia' },
    ]);
    // Home counts a search watch too: its hits now, and none new since it was watched.
    await press(app, ESC, /> Watched: “border country:freedonia” +nothing new +[1-9]\d*/);
  }, 30_000);
});

describe('w on a picker row', () => {
  const picker = (purpose: { kind: 'open-entity' } | { kind: 'filter-year' }) => ({
    kind: 'picker' as const,
    title: 'Countries',
    purpose,
    options: [
      { key: 'state:freedonia', label: 'Freedonia' },
      { key: '2024', label: '2024' },
    ],
    list: START,
  });

  it('watches the entry of the selected row of a list of entries', async () => {
    const configDir = await tempDir();
    const app = renderUserApp({
      configDir,
      catalog: await open(),
      initialStack: [{ kind: 'home', list: START }, picker({ kind: 'open-entity' })],
      columns: 80,
    });
    await press(app, 'w', /Watching 1: Freedonia/);
    expect(configOnDisk(configDir).watches).toMatchObject([
      { label: 'Freedonia', entities: ['state:freedonia'], type: null, query: null },
    ]);
    await press(app, ESC, /> Watched: Freedonia/);
  }, 30_000);

  it('does nothing on a filter’s options (a year is no thing to follow)', async () => {
    const configDir = await tempDir();
    const app = renderUserApp({
      configDir,
      catalog: await open(),
      initialStack: [{ kind: 'home', list: START }, picker({ kind: 'filter-year' })],
      columns: 80,
    });
    app.stdin.write('w');
    // Keys are handled in order: once Down's frame shows, w was handled — no notice, nothing written.
    await press(app, DOWN, /> 2024/);
    expect(app.lastFrame()).not.toMatch(/Watching/);
    expect(existsSync(join(configDir, 'config.json')) ? (configOnDisk(configDir).watches ?? []) : []).toEqual([]);
  }, 30_000);
});
