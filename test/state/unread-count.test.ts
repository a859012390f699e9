import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCatalog } from '../../src/catalog/open-catalog.js';
import type { Catalog } from '../../src/catalog/types.js';
import { countUnreadReleases } from '../../src/state/unread-count.js';
import { makeFixtureBundle, removeDir } from '../world/command-fixture.js';

let bundle = '';
let cache = '';
let catalog: Catalog;
beforeAll(async () => {
  bundle = await makeFixtureBundle();
  cache = mkdtempSync(join(tmpdir(), 'osce-tui-unread-cache-'));
  catalog = await openCatalog(bundle, { cacheDir: cache });
});
afterAll(() => {
  catalog.close();
  removeDir(bundle);
  removeDir(cache);
});

describe('countUnreadReleases', () => {
  it("counts an entity's releases that are not read", () => {
    const freedonia = { entities: ['state:freedonia'] };
    expect(countUnreadReleases(catalog, freedonia, new Set())).toBe(5);
    // cx-03 is not about Freedonia, so it does not lower the count.
    expect(countUnreadReleases(catalog, freedonia, new Set(['cx-01', 'cx-02', 'cx-03']))).toBe(3);
    expect(countUnreadReleases(catalog, {}, new Set(['cx-01', 'not-in-bundle']))).toBe(7);
  });

  it('keeps an id filter (bookmarks, history) and combines it with the read ones', () => {
    const some = { ids: ['cx-01', 'cx-02', 'cx-04'] };
    expect(countUnreadReleases(catalog, some, new Set(['cx-02', 'cx-05']))).toBe(2);
    expect(countUnreadReleases(catalog, some, new Set(['cx-05']))).toBe(3);
  });
});
