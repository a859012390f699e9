import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCatalog } from '../../src/catalog/open-catalog.js';
import type { SqliteCatalog } from '../../src/catalog/sqlite-catalog.js';
import type { Facet, ReleaseFilter } from '../../src/catalog/types.js';
import { WORLD_RELEASES } from '../world/world.js';
import { makeTempBundle } from '../world/world-bundle.js';

let temp: ReturnType<typeof makeTempBundle>;
let catalog: SqliteCatalog;

beforeAll(async () => {
  temp = makeTempBundle();
  catalog = (await openCatalog(temp.bundleDir, { cacheDir: temp.cacheDir })) as SqliteCatalog;
});

afterAll(() => {
  catalog.close();
  rmSync(temp.root, { recursive: true, force: true });
});

const FACETS: Facet[] = ['year', 'type', 'field', 'country', 'source'];
// The same releases as { entities: [id] } through a filter the counts stored at build do not
// cover: what counting the releases gives.
const counted = (id: string): ReleaseFilter => ({ entities: [id, id] });

describe('facet counts stored at index build', () => {
  it('are stored for every entry and for the whole collection', () => {
    const stored = catalog.index.db.prepare('SELECT DISTINCT entity FROM entity_facets').pluck().all() as string[];
    expect(stored).toContain('');
    expect(stored).toContain('section:countries');
    expect(stored).toContain('state:ruritania');
  });

  it('agree with counting the releases of every entry, facet by facet', () => {
    for (const entry of catalog.taxonomy.entries) {
      const filter = { entities: [entry.id] };
      expect(catalog.count(filter), entry.id).toBe(catalog.count(counted(entry.id)));
      expect(catalog.perYear(filter), entry.id).toEqual(catalog.perYear(counted(entry.id)));
      for (const facet of FACETS)
        expect(catalog.facet(filter, facet), `${entry.id} ${facet}`).toEqual(catalog.facet(counted(entry.id), facet));
    }
  });

  it('agree with counting the whole collection', () => {
    const everything: ReleaseFilter = { ids: WORLD_RELEASES.map((release) => release.id) };
    expect(catalog.perYear({})).toEqual(catalog.perYear(everything));
    for (const facet of FACETS) expect(catalog.facet({}, facet), facet).toEqual(catalog.facet(everything, facet));
  });

  it('give an entity page its figures: years, types and co-occurring entries', () => {
    expect(catalog.perYear({ entities: ['state:ruritania'] })).toEqual([
      { year: 2015, count: 1 },
      { year: 2017, count: 1 },
      { year: 2021, count: 1 },
      { year: 2023, count: 2 },
      { year: 2024, count: 1 },
    ]);
    expect(
      catalog.facet({ entities: ['group:institutions'] }, 'type').map((value) => [value.label, value.count]),
    ).toEqual([
      ['Press release', 8],
      ['News item', 2],
      ['Statement', 2],
    ]);
    expect(catalog.facet({ entities: ['state:pohjola'] }, 'field').map((value) => [value.key, value.count])).toEqual([
      ['field:combating-trafficking-in-human-beings', 1],
      ['field:gender-equality', 1],
    ]);
  });
});
