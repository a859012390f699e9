import { beforeAll, describe, expect, it } from 'vitest';
import type { SqliteCatalog } from '../../src/catalog/sqlite-catalog.js';
import { START } from '../../src/ui/navigation.js';
import { useTempDirs } from '../helpers/temp-dir.js';
import { useFixtureCatalog } from './fixture-catalog.js';
import { ENTER } from './keys.js';
import { press } from './press.js';
import { renderUserApp } from './render-user-app.js';

const tempDir = useTempDirs('osce-tui-timeline-ui-');
const fixture = useFixtureCatalog();
let catalog: SqliteCatalog;
beforeAll(async () => {
  catalog = await fixture.open();
});

const freedoniaPage = { kind: 'entity' as const, entryId: 'state:freedonia', filters: {}, list: START };

describe('C on an entity page: timelines side by side', () => {
  it('picks a second entry, shows both per year on one scale, and Enter on a year lists that year of both', async () => {
    const app = renderUserApp({
      configDir: await tempDir(),
      catalog,
      initialStack: [{ kind: 'home', list: START }, freedoniaPage],
      columns: 80,
    });
    await press(app, 'C', /› Compare with\n[\s\S]*> Syldavia +2/);
    await press(app, ENTER, /█ Freedonia {3}▓ Syldavia\n/);
    const frame = app.lastFrame() ?? '';
    expect(frame).toMatch(/› Freedonia vs Syldavia\n/);
    expect(frame).toMatch(/^> 2019 +█+ 1 +0 *$/m);
    expect(frame).toMatch(/^ {2}2022 +█+ 1 +▓+ 1 *$/m);
    await press(app, 'G', /^> 2024 /m);
    await press(app, 'k', /^> 2023 /m);
    await press(app, ENTER, /› 2023\n2023: Freedonia, Syldavia\n/);
    expect(app.lastFrame()).toContain('Election observers publish a report');
    expect(app.lastFrame()).toContain('Workshop on safe archives for small newsrooms');
  }, 30_000);

  for (const columns of [40, 80, 120]) {
    it(`draws the chart within ${columns} columns`, async () => {
      const app = renderUserApp({
        configDir: await tempDir(),
        catalog,
        initialStack: [
          { kind: 'home', list: START },
          freedoniaPage,
          { kind: 'timeline', entryIds: ['state:freedonia', 'state:syldavia'], list: START },
        ],
        columns,
      });
      await press(app, '', /2024/);
      const frame = app.lastFrame() ?? '';
      expect(frame.split('\n').every((line) => line.length <= columns)).toBe(true);
      expect(frame).toMatch(/Releases per year; a full column is 1\./);
    }, 30_000);
  }
});
