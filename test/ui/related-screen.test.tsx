import { beforeAll, describe, expect, it } from 'vitest';
import type { SqliteCatalog } from '../../src/catalog/sqlite-catalog.js';
import { START } from '../../src/ui/navigation.js';
import { useTempDirs } from '../helpers/temp-dir.js';
import { useFixtureCatalog } from './fixture-catalog.js';
import { ENTER, ESC } from './keys.js';
import { press } from './press.js';
import { renderUserApp } from './render-user-app.js';

const tempDir = useTempDirs('osce-tui-related-ui-');
const fixture = useFixtureCatalog();
let catalog: SqliteCatalog;
beforeAll(async () => {
  catalog = await fixture.open();
});

const article = (releaseId: string) => ({ kind: 'article' as const, releaseId, scroll: 0 });

describe('R in the reader: related releases', () => {
  it('lists the releases most related to the open one, and Enter reads one', async () => {
    const app = renderUserApp({
      configDir: await tempDir(),
      catalog,
      initialStack: [{ kind: 'home', list: START }, article('cx-01')],
      columns: 80,
    });
    await press(app, 'R', /› Related\nRelated to Border officials/);
    const lines = (app.lastFrame() ?? '').split('\n');
    expect(lines[1]).toBe('Related to Border officials in the invented town of Lakeview practise document …');
    expect(lines[3]).toMatch(/^> • 2019-11-30 {2}Press release {3}Police cadets complete a course/);
    expect(app.lastFrame()).not.toMatch(
      /Border officials in the invented town of Lakeview practise document checks\s*$/m,
    );
    await press(app, ENTER, /Police cadets complete a course on community policing\n/);
    await press(app, ESC, /Related to Border officials/);
  }, 30_000);

  it('says so when nothing is related', async () => {
    const app = renderUserApp({
      configDir: await tempDir(),
      catalog,
      initialStack: [{ kind: 'home', list: START }, article('cx-04')],
      columns: 80,
    });
    await press(app, 'R', /Related to Youth debate club.*\nNothing related in this bundle\./);
  }, 30_000);

  for (const columns of [40, 80, 120]) {
    it(`fits ${columns} columns`, async () => {
      const app = renderUserApp({
        configDir: await tempDir(),
        catalog,
        initialStack: [{ kind: 'home', list: START }, article('cx-01')],
        columns,
      });
      await press(app, 'R', /Related to Border/);
      const frame = app.lastFrame() ?? '';
      expect(frame.split('\n').every((line) => line.length <= columns)).toBe(true);
      expect(frame).toContain('Police cadets');
    }, 30_000);
  }
});
