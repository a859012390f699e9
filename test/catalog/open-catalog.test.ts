import { rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCatalog } from '../../src/catalog/open-catalog.js';
import type { Catalog, ReleaseFilter } from '../../src/catalog/types.js';
import { makeTempBundle } from '../world/world-bundle.js';

let temp: ReturnType<typeof makeTempBundle>;
let catalog: Catalog;

beforeEach(async () => {
  temp = makeTempBundle();
  catalog = await openCatalog(temp.bundleDir, { cacheDir: temp.cacheDir });
});

afterEach(() => {
  catalog.close();
  rmSync(temp.root, { recursive: true, force: true });
});

describe('openCatalog', () => {
  it('says so when the index cannot be kept in the cache folder, and still opens from memory', async () => {
    const dangling = join(temp.root, 'cache-link');
    symlinkSync(join(temp.root, 'no-such-folder'), dangling);
    const warnings: string[] = [];
    const fallback = await openCatalog(temp.bundleDir, {
      cacheDir: dangling,
      onWarning: (message) => warnings.push(message),
    });
    try {
      expect(fallback.totalReleases).toBe(37);
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toMatch(/cannot keep the index in .*cache-link.*; using one in memory/);
    } finally {
      fallback.close();
    }
    const quiet: string[] = [];
    (
      await openCatalog(temp.bundleDir, { cacheDir: temp.cacheDir, onWarning: (message) => quiet.push(message) })
    ).close();
    expect(quiet).toEqual([]);
  });

  it('knows the title, the taxonomy and the number of releases', () => {
    expect(catalog.title).toBe('Fixture bundle');
    expect(catalog.totalReleases).toBe(37);
    expect(catalog.taxonomy.get('state:ruritania')?.name).toBe('Ruritania');
  });

  it('lists newest first with undated releases last, and pages cheaply', () => {
    const all = catalog.list({}, 0, 100);
    expect(all.map((row) => row.id).slice(0, 4)).toEqual([
      'cx-01',
      'fx-border-workshop',
      'fx-pretend-library',
      'cx-02',
    ]);
    expect(all.at(-1)?.id).toBe('fx-undated-note');
    expect(catalog.list({}, 2, 2).map((row) => row.id)).toEqual(['fx-pretend-library', 'cx-02']);
    expect(catalog.list({}, 100, 10)).toEqual([]);
  });

  it('counts an entry together with its descendants', () => {
    expect(catalog.entityCount('state:ruritania')).toBe(6);
    expect(catalog.entityCount('group:institutions')).toBe(12);
    expect(catalog.entityCount('section:countries')).toBe(31);
    expect(catalog.entityCount('field:gender-equality')).toBe(1);
    expect(catalog.entityCount('state:nowhere')).toBe(0);
  });

  it('filters by entities, year, type and dates, all conditions at once', () => {
    expect(catalog.count({ entities: ['state:ruritania'] })).toBe(6);
    expect(
      catalog
        .list({ entities: ['state:ruritania', 'field:combating-trafficking-in-human-beings'] }, 0, 10)
        .map((row) => row.id),
    ).toEqual(['fx-01', 'fake-lakeville', 'fx-09']);
    expect(catalog.count({ year: 2017 })).toBe(2);
    expect(catalog.list({ type: 'news ITEM' }, 0, 10).map((row) => row.id)).toEqual([
      'fx-pretend-library',
      'cx-02',
      'fx-youth-forum-teaser',
      'fx-03',
      'fake-forest',
      'fx-13',
    ]);
    expect(catalog.count({ since: '2022', until: '2023' })).toBe(10);
    expect(catalog.list({ ids: ['fx-05', 'fx-01', 'missing'] }, 0, 10).map((row) => row.id)).toEqual([
      'fx-01',
      'fx-05',
    ]);
    expect(catalog.list({ entities: ['state:ruritania'] }, 1, 1).map((row) => row.id)).toEqual(['fx-01']);
  });

  it('gives releases per year, ascending, without undated ones', () => {
    expect(catalog.perYear({ entities: ['field:elections'] })).toEqual([
      { year: 2014, count: 1 },
      { year: 2017, count: 1 },
      { year: 2021, count: 1 },
      { year: 2023, count: 1 },
    ]);
  });

  it('gives live facet counts under the filter, largest first', () => {
    expect(catalog.facet({ entities: ['state:ruritania'] }, 'field')).toEqual([
      { key: 'field:combating-trafficking-in-human-beings', label: 'Combating trafficking in human beings', count: 3 },
      { key: 'field:border-management', label: 'Border management', count: 1 },
      { key: 'field:media-freedom-and-development', label: 'Media freedom and development', count: 1 },
    ]);
    expect(catalog.facet({}, 'type')).toEqual([
      { key: 'press release', label: 'Press release', count: 26 },
      { key: 'news item', label: 'News item', count: 6 },
      { key: 'statement', label: 'Statement', count: 2 },
      { key: 'media advisory', label: 'Media advisory', count: 1 },
      { key: 'press statement', label: 'Press statement', count: 1 },
      { key: 'spot report', label: 'Spot report', count: 1 },
    ]);
    expect(catalog.facet({ entities: ['field:elections'] }, 'year').map((value) => value.key)).toEqual([
      '2023',
      '2021',
      '2017',
      '2014',
    ]);
    expect(catalog.facet({ year: 2017 }, 'country').map((value) => [value.key, value.count])).toEqual([
      ['state:sylvania', 2],
      ['state:ruritania', 1],
    ]);
  });

  it('returns a whole release by id, with terminal control sequences removed', () => {
    expect(catalog.get('fx-07')?.body[1]).toEqual({
      kind: 'paragraph',
      text: 'Prevention of trafficking needs local partners, said facilitator Lena Quist.',
    });
    expect(catalog.get('nope')).toBeUndefined();
    const escaped = catalog.get('fx-14');
    expect(escaped?.title).toBe('Escaped title about elections');
    expect(JSON.stringify(escaped)).not.toContain('\\u001b');
    expect(catalog.list({ year: 2014 }, 0, 1)[0]?.title).toBe('Escaped title about elections');
  });
});

const FILTERS: ReleaseFilter[] = [
  {},
  { entities: ['section:countries'] },
  { entities: ['group:institutions'] },
  { entities: ['section:countries', 'field:combating-trafficking-in-human-beings'] },
  { type: 'news ITEM' },
  { since: '2015', until: '2023' },
];

describe('paging a list in any order', () => {
  it('gives the same page wherever the reader was before: End, Home, PgUp from the end, single steps', async () => {
    // Positions the way a reader jumps: the end, back to the start, up from the end, down from the middle.
    const visits = [36, 0, 35, 34, 18, 19, 17, 2, 1, 3, 20, 37, 5, 4, 10];
    for (const filter of FILTERS) {
      const whole = await openCatalog(temp.bundleDir, { cacheDir: temp.cacheDir });
      const all = whole.list(filter, 0, 100).map((row) => row.id);
      whole.close();
      expect(all.length).toBe(catalog.count(filter));
      for (const size of [1, 3]) {
        for (const start of visits) {
          expect(
            catalog.list(filter, start, size).map((row) => row.id),
            `${JSON.stringify(filter)} at ${start}`,
          ).toEqual(all.slice(start, start + size));
        }
      }
    }
  });
});
