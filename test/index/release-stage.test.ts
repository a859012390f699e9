import { describe, expect, it } from 'vitest';
import { EntityFacetCounter } from '../../src/index/entity-facets.js';
import type { IndexedRelease } from '../../src/index/indexed-release.js';
import { compareSortKeys, listSortKey, ordOfPosition } from '../../src/index/list-keys.js';
import { openDatabase } from '../../src/index/open-database.js';
import { ReleaseStage } from '../../src/index/release-stage.js';
import { createIndexSchema } from '../../src/index/schema.js';

function item(id: string, iso: string | null, title: string, extra: Partial<IndexedRelease> = {}): IndexedRelease {
  return {
    id,
    sortKey: listSortKey(iso, title, id),
    iso,
    year: iso === null ? null : Number(iso.slice(0, 4)),
    typeKey: 'press release',
    typeLabel: 'Press release',
    rowJson: JSON.stringify({ id, title }),
    segment: 0,
    offset: 0,
    length: 1,
    links: [],
    roles: [],
    ...extra,
  };
}

describe('the build staging table', () => {
  it('stores the releases in list order, the later of a repeated id winning, and reads their facets in that order across pages', () => {
    const db = openDatabase(':memory:');
    createIndexSchema(db);
    const stage = new ReleaseStage(db, 2);
    const staged = [
      item('a', '2021-03-01', 'harbour'),
      item('b', null, 'undated'),
      item('c', '2024-05-01', 'lantern'),
      // Above U+FFFF: UTF-16 order and code point order disagree here.
      item('d', '2023-01-15', '\u{1F600} emoji'),
      item('e', '2023-01-15', '\uFFFD replacement', { roles: [['country', 'state:italy']] }),
      item('a', '2019-12-31', 'harbour again', {
        segment: 1,
        links: ['field:elections'],
        roles: [['field', 'field:elections']],
      }),
    ];
    for (const [index, release] of staged.entries()) stage.add(release, index + 1);
    const count = stage.finish();
    expect(count).toBe(5);
    const expected = staged.slice(1).sort((x, y) => compareSortKeys(x.sortKey, y.sortKey));
    expect([...stage.places(count).segment]).toEqual(expected.map((release) => release.segment));

    stage.putInListOrder();
    stage.storeRows();
    const rows = db.prepare('SELECT ord, id, sort_key, segment FROM releases ORDER BY ord').all();
    expect(rows).toEqual(
      expected.map((release, position) => ({
        ord: ordOfPosition(position),
        id: release.id,
        sort_key: release.sortKey,
        segment: release.segment,
      })),
    );
    const roles = db.prepare('SELECT ord, role, entity FROM roles ORDER BY ord').all();
    expect(roles).toEqual([
      {
        ord: ordOfPosition(expected.findIndex((release) => release.id === 'e')),
        role: 'country',
        entity: 'state:italy',
      },
      {
        ord: ordOfPosition(expected.findIndex((release) => release.id === 'a')),
        role: 'field',
        entity: 'field:elections',
      },
    ]);

    const pages = [...stage.facts()];
    expect(pages.map((page) => page.length)).toEqual([2, 2, 1]);
    expect(pages.flat()).toEqual(expected.map(({ year, typeKey, links, roles }) => ({ year, typeKey, links, roles })));
    stage.drop();
    db.close();
  });
});

describe('entity facet counts', () => {
  it('count each release once per entry and value, and once for the whole collection', () => {
    const db = openDatabase(':memory:');
    createIndexSchema(db);
    const counter = new EntityFacetCounter();
    counter.add(
      item('a', '2021-03-01', 'x', {
        links: ['field:elections', 'state:italy'],
        roles: [
          ['field', 'field:elections'],
          ['country', 'state:italy'],
        ],
      }),
    );
    counter.add(
      item('b', '2021-06-01', 'y', {
        links: ['field:elections'],
        roles: [
          ['field', 'field:elections'],
          ['field', 'field:elections'],
        ],
      }),
    );
    counter.add(item('c', null, 'z', { typeKey: 'statement' }));
    counter.store(db);
    const rows = db.prepare('SELECT entity, facet, key, count FROM entity_facets ORDER BY entity, facet, key').all();
    expect(rows).toEqual([
      { entity: '', facet: 'country', key: 'state:italy', count: 1 },
      { entity: '', facet: 'field', key: 'field:elections', count: 2 },
      { entity: '', facet: 'type', key: 'press release', count: 2 },
      { entity: '', facet: 'type', key: 'statement', count: 1 },
      { entity: '', facet: 'year', key: '2021', count: 2 },
      { entity: 'field:elections', facet: 'country', key: 'state:italy', count: 1 },
      { entity: 'field:elections', facet: 'field', key: 'field:elections', count: 2 },
      { entity: 'field:elections', facet: 'type', key: 'press release', count: 2 },
      { entity: 'field:elections', facet: 'year', key: '2021', count: 2 },
      { entity: 'state:italy', facet: 'country', key: 'state:italy', count: 1 },
      { entity: 'state:italy', facet: 'field', key: 'field:elections', count: 1 },
      { entity: 'state:italy', facet: 'type', key: 'press release', count: 1 },
      { entity: 'state:italy', facet: 'year', key: '2021', count: 1 },
    ]);
    db.close();
  });
});
