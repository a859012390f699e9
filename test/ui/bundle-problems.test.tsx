import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { bundleNoticeText } from '../../src/catalog/bundle-problems.js';
import { openCatalog } from '../../src/catalog/open-catalog.js';
import type { SqliteCatalog } from '../../src/catalog/sqlite-catalog.js';
import { useTempDirs } from '../helpers/temp-dir.js';
import { makeTempBundle } from '../world/world-bundle.js';
import { cleanupSized } from './render-app.js';
import { renderUserApp } from './render-user-app.js';

// The browser follows the commands' rule: a bad or missing manifest.json, or a bundle with no
// valid release, opens with what is valid and one notice saying what is wrong and where.
const tempDir = useTempDirs('osce-tui-ui-problems-');
let temp: ReturnType<typeof makeTempBundle>;
let catalog: SqliteCatalog | undefined;

beforeEach(() => {
  temp = makeTempBundle();
});

afterEach(() => {
  cleanupSized();
  catalog?.close();
  catalog = undefined;
  rmSync(temp.root, { recursive: true, force: true });
});

// As `osce-tui` opens it: the catalog, then the notice the browser pushes once it is up.
async function openBrowser() {
  catalog = await openCatalog(temp.bundleDir, { cacheDir: temp.cacheDir });
  const notice = await bundleNoticeText(temp.bundleDir, catalog);
  return renderUserApp({
    configDir: await tempDir(),
    catalog,
    notices: notice === undefined ? [] : [notice],
    columns: 140,
    rows: 24,
  });
}

describe('the browser on a bundle with problems', () => {
  it.each([
    ['garbage', () => writeFileSync(join(temp.bundleDir, 'manifest.json'), '{ "title": "half')],
    ['missing', () => rmSync(join(temp.bundleDir, 'manifest.json'))],
  ])('opens a bundle whose manifest.json is %s with every release and one notice', async (_what, damage) => {
    damage();
    const app = await openBrowser();
    await vi.waitFor(() =>
      expect(app.lastFrame()).toContain(
        'bundle has 1 problem (first at manifest.json); the valid data was loaded — osce-tui stats lists them',
      ),
    );
    expect(app.lastFrame()).toMatch(/> Latest releases\s+37/);
  });

  it('says that the bundle has no valid release, naming the first problem, and shows empty lists', async () => {
    writeFileSync(join(temp.bundleDir, 'releases.jsonl'), 'not a release\n');
    const app = await openBrowser();
    await vi.waitFor(() =>
      expect(app.lastFrame()).toContain(
        'bundle has no valid release (2 problems, first at releases.jsonl:1) — osce-tui stats lists them',
      ),
    );
    expect(app.lastFrame()).toMatch(/> Latest releases\s+0/);
  });
});
