import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { openCatalog } from '../../src/catalog/open-catalog.js';
import type { SqliteCatalog } from '../../src/catalog/sqlite-catalog.js';
import { makeFixtureBundle, removeDir } from '../world/command-fixture.js';
import { cleanupSized } from './render-app.js';

/** The command tests' fictional bundle behind a real index (what related lists and watch counts need), one per test file. */
export interface FixtureCatalog {
  bundle: string;
  /** Opens the bundle's catalog (again, after a change); closed after the file's tests. */
  open(): Promise<SqliteCatalog>;
}

/** Makes the bundle and a cache folder before the file's tests and removes them after. */
export function useFixtureCatalog(): FixtureCatalog {
  let cacheDir = '';
  const opened: SqliteCatalog[] = [];
  const fixture: FixtureCatalog = {
    bundle: '',
    open: async () => {
      const catalog = await openCatalog(fixture.bundle, { cacheDir });
      opened.push(catalog);
      return catalog;
    },
  };
  beforeAll(async () => {
    fixture.bundle = await makeFixtureBundle();
    cacheDir = await mkdtemp(join(tmpdir(), 'osce-tui-ui-cache-'));
  });
  afterEach(cleanupSized);
  afterAll(() => {
    for (const catalog of opened.splice(0)) catalog.close();
    removeDir(fixture.bundle);
    removeDir(cacheDir);
  });
  return fixture;
}
