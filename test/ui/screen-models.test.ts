import { describe, expect, it } from 'vitest';
import { START } from '../../src/ui/navigation.js';
import { entityFilter } from '../../src/ui/screens/entity/entity-filter.js';
import { entityFacts, layoutEntity, packItems } from '../../src/ui/screens/entity/model.js';
import { homeRows, menuRows } from '../../src/ui/screens/menu/menu-rows.js';
import { menuRowText } from '../../src/ui/screens/menu/view.js';
import { applyChoice } from '../../src/ui/screens/picker/pickers.js';
import { stackForEntry } from '../../src/ui/screens/start-screens.js';
import { catalogWith, openWorldCatalog } from './world-catalog.js';

const catalog = await openWorldCatalog();

describe('menus', () => {
  it('puts Latest and Search before the site sections, with counts', () => {
    const rows = homeRows(catalog);
    expect(rows.map((r) => r.label)).toEqual([
      'Latest releases',
      'Search',
      'Our work',
      'Countries',
      'Structures and institutions',
    ]);
    expect(rows[3]).toMatchObject({ count: 31, detail: 'Participating States, Partners for Co-operation, Elbonia' });
  });

  it('opens the entry itself first, then its children', () => {
    expect(menuRows(catalog, 'group:participating-states').map((r) => r.label)).toEqual([
      'Participating States — overview and all releases',
      'Borduria',
      'Freedonia',
      'Grand Fenwick',
      'Pöhjola',
      'Ruritania',
      'Syldavia',
      'Sylvania',
    ]);
  });

  it('shortens the overview row to what fits rather than cutting it', () => {
    const [overview] = menuRows(catalog, 'section:countries');
    expect(menuRowText(overview!, 78)).toMatch(/^Countries — overview and all releases\s+31$/);
    expect(menuRowText(overview!, 38)).toMatch(/^Overview and all releases\s+31$/);
    expect(menuRowText(overview!, 20)).toMatch(/^Overview and… +31$/);
  });
});

describe('start screens for open NAME', () => {
  it('builds the menu path down to the entry with the way down selected', () => {
    expect(stackForEntry(catalog, 'state:ruritania')).toEqual([
      { kind: 'home', list: { selected: 3, scroll: 0 } },
      { kind: 'menu', entryId: 'section:countries', list: { selected: 1, scroll: 0 } },
      { kind: 'menu', entryId: 'group:participating-states', list: { selected: 5, scroll: 0 } },
      { kind: 'entity', entryId: 'state:ruritania', filters: {}, list: { selected: 0, scroll: 0 } },
    ]);
    expect(stackForEntry(catalog, 'state:nowhere')).toEqual([{ kind: 'home', list: { selected: 0, scroll: 0 } }]);
  });
});

describe('entity pages', () => {
  it('filters by the entry, the refinement, the year and the type', () => {
    expect(
      entityFilter('state:ruritania', {
        year: 2017,
        type: 'News item',
        refine: { facet: 'field', key: 'field:x', label: 'X' },
      }),
    ).toEqual({
      entities: ['state:ruritania', 'field:x'],
      year: 2017,
      type: 'News item',
    });
    expect(applyChoice({ year: 2017 }, { kind: 'filter-year' }, { key: '', label: 'All years' })).toEqual({});
    expect(
      applyChoice({}, { kind: 'refine' }, { key: 'country|state:ruritania', label: 'Country: Ruritania' }),
    ).toEqual({
      refine: { facet: 'country', key: 'state:ruritania', label: 'Ruritania' },
    });
  });

  it("says a State's field operation is closed, as osce-tui lookup does", () => {
    expect(entityFacts(catalog, catalog.taxonomy.get('state:sylvania')!)).toEqual([
      'OSCE field operation: Presence in Sylvania (closed)',
    ]);
    expect(entityFacts(catalog, catalog.taxonomy.get('state:borduria')!)).toEqual([
      'OSCE field operation: Mission to Szohod (open)',
    ]);
  });

  it('lists facts, sanitized, and packs them into the lines available', () => {
    const ofia = catalog.taxonomy.get('institution:ofia')!;
    expect(entityFacts(catalog, ofia)).toEqual([
      'Helps imaginary States hold invented elections',
      'Seat: Strelsau',
      'Also: OFIA',
    ]);
    expect(packItems(['alpha', 'beta', 'gamma'], 14, 2)).toEqual(['alpha · beta', 'gamma']);
    expect(packItems(['alpha', 'beta', 'gamma', 'delta'], 14, 1)).toEqual(['alpha · beta …']);
    expect(packItems(['a very long single fact'], 10, 1)).toEqual(['a very …']);
    expect(packItems(['short', 'a very long single fact'], 10, 4)).toEqual(['short', 'a very', 'long', 'single …']);
    expect(packItems(['a very long single fact', 'x'], 12, 3)).toEqual(['a very long', 'single fact', 'x']);
  });

  it('gives the facts the lines a short release list leaves free on a small terminal', () => {
    const page = { entryId: 'institution:ofia', filters: {}, list: START };
    // OFIA's three facts take three lines at 40 columns.
    const oneRelease = catalogWith(catalog, { entityCount: () => 1, count: () => 1 });
    const small = layoutEntity(oneRelease, page, 40, 9)!;
    expect(small.info.join(' ')).not.toContain('…');
    expect(small.info.join(' ')).toContain('Also: OFIA');
    expect(small.listHeight).toBeGreaterThanOrEqual(1);
    // Where the list needs every line, the facts keep to one.
    expect(catalog.entityCount('institution:ofia')).toBeGreaterThan(9);
    expect(layoutEntity(catalog, page, 40, 9)!.info).toHaveLength(1);
  });
});
