import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Release } from '../../src/bundle/types.js';
import { openCatalog } from '../../src/catalog/open-catalog.js';
import type { Catalog } from '../../src/catalog/types.js';
import type { SearchResults } from '../../src/search/types.js';
import { WORLD_RELEASES } from '../world/world.js';
import { writeBundleFiles } from '../world/world-bundle.js';

// An invented archive large enough for the count cap (1,000) and for exclusions that drop most
// of the first title hits: every 13th release names "lantern" in its body only, the others in
// the title; the 400 newest title hits also mention "amber", which `-amber` excludes.
const SIZE = 1_300;
const template = WORLD_RELEASES[0]!;
const releases: Release[] = Array.from({ length: SIZE }, (_, index) => {
  const day = new Date(Date.UTC(2020, 0, 1) - index * 86_400_000).toISOString().slice(0, 10);
  const inBody = index % 13 === 0;
  const words = [
    inBody ? 'An invented lantern was lit.' : 'An invented meeting took place.',
    index < 400 ? 'Amber light.' : 'Grey light.',
  ];
  return {
    ...template,
    id: `gen-${String(index).padStart(4, '0')}`,
    title: inBody ? `Quarterly note ${index}` : `Lantern report ${index}`,
    date: { iso: day, precision: 'day', text: day },
    body: words.map((text) => ({ kind: 'paragraph', text })),
    provenance: { file: 'generated', line: index + 1 },
  };
});

let root: string;
let catalog: Catalog;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'osce-tui-paging-'));
  catalog = await openCatalog(writeBundleFiles(join(root, 'bundle'), releases), { cacheDir: join(root, 'cache') });
});

afterAll(() => {
  catalog.close();
  rmSync(root, { recursive: true, force: true });
});

const ids = (results: SearchResults): string[] => results.releases.map((hit) => hit.row.id);

// The engine keeps the latest query's ranking; another query in between makes the next fetch
// rank from scratch, so each way of fetching is checked on its own (a new limit each time: a
// search already made comes from the engine's cache and would not count as another query).
let forgets = 0;
const forget = (): Promise<SearchResults> => {
  forgets += 1;
  return catalog.search('grey', { limit: forgets });
};

// Fetches every release hit page by page, each page asked right after the rows loaded.
async function paged(
  query: string,
  pageSize: number,
): Promise<{ ids: string[]; snippets: string[]; totals: number[] }> {
  const found: SearchResults['releases'] = [];
  const totals: number[] = [];
  for (;;) {
    const page = await catalog.search(query, { offset: found.length, limit: pageSize });
    totals.push(page.totalReleases);
    found.push(...page.releases);
    if (page.releases.length < pageSize) break;
  }
  return { ids: found.map((hit) => hit.row.id), snippets: found.map((hit) => hit.snippet), totals };
}

describe('search pages', () => {
  it.each(['lantern', 'lantern -amber', 'lant', 'lantren', 'quarterly', 'year:2019', 'lantern year:2018', '-amber'])(
    'pages of %s joined give the list one fetch of everything gives',
    async (query) => {
      await forget();
      const all = await catalog.search(query, { limit: 1e9 });
      expect(all.releases.length).toBeGreaterThan(0);
      for (const pageSize of [97, 400]) {
        await forget();
        const pages = await paged(query, pageSize);
        expect(pages.ids).toEqual(ids(all));
        expect(pages.snippets).toEqual(all.releases.map((hit) => hit.snippet));
        expect(new Set(pages.totals)).toEqual(new Set([all.totalReleases]));
      }
      // The first rows one at a time, as a screen growing its limit would see them.
      await forget();
      for (let end = 1; end <= 12; end += 1) {
        expect(ids(await catalog.search(query, { limit: end }))).toEqual(ids(all).slice(0, end));
      }
    },
  );

  it('ranks title hits first, then body hits, newest first in each, past the count cap', async () => {
    const all = await catalog.search('lantern', { limit: 1e9 });
    expect(all.totalIsLowerBound).toBe(true);
    expect(all.releases).toHaveLength(SIZE);
    const inTitle = all.releases.map((hit) => hit.row.title.startsWith('Lantern'));
    expect(inTitle.indexOf(false)).toBe(inTitle.filter(Boolean).length);
    const firstBody = inTitle.indexOf(false);
    for (const tier of [all.releases.slice(0, firstBody), all.releases.slice(firstBody)]) {
      const dates = tier.map((hit) => hit.row.date.iso ?? '');
      expect(dates).toEqual([...dates].sort().reverse());
    }
  });

  it('keeps title hits ahead of body hits when an exclusion drops the newest title hits', async () => {
    const first = await catalog.search('lantern -amber', { limit: 5 });
    expect(first.releases.map((hit) => hit.row.title.startsWith('Lantern'))).toEqual([true, true, true, true, true]);
    expect(first.releases.every((hit) => !hit.snippet.includes('Amber'))).toBe(true);
  });

  it('returns no rows past the end, with the same totals and names', async () => {
    const all = await catalog.search('quarterly', { limit: 1e9 });
    const past = await catalog.search('quarterly', { offset: all.releases.length + 5, limit: 50 });
    expect(past.releases).toEqual([]);
    expect(past.totalReleases).toBe(all.totalReleases);
    expect(past.entities).toEqual(all.entities);
  });
});
