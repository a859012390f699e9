import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCatalog } from '../../src/catalog/open-catalog.js';
import type { Catalog } from '../../src/catalog/types.js';
import { makeTempBundle } from '../world/world-bundle.js';

let temp: ReturnType<typeof makeTempBundle>;
let catalog: Catalog;

beforeAll(async () => {
  temp = makeTempBundle();
  catalog = await openCatalog(temp.bundleDir, { cacheDir: temp.cacheDir });
});

afterAll(() => {
  catalog.close();
  rmSync(temp.root, { recursive: true, force: true });
});

const releaseIds = async (query: string): Promise<string[]> =>
  (await catalog.search(query)).releases.map((hit) => hit.row.id);
const entityIds = async (query: string): Promise<string[]> =>
  (await catalog.search(query)).entities.map((hit) => hit.entry.id);

describe('release ranking', () => {
  it.each([
    // title hits first (newest first), then body hits
    ['trafficking', ['fx-01', 'cx-05', 'fx-07', 'fx-09']],
    ['trafiking', ['fx-01', 'cx-05', 'fx-07', 'fx-09']],
    // the word being typed matches as a prefix; a finished word does not
    ['cyber', ['fx-02', 'fx-10', 'fx-04']],
    ['cyber ', ['fx-02', 'fx-04']],
    ['cyber securty', ['fx-02']],
    ['pohjola', ['fx-cultural-evening', 'fake-chess-festival', 'fx-06', 'fx-07']],
    ['Pöhjola', ['fx-cultural-evening', 'fake-chess-festival', 'fx-06', 'fx-07']],
    ['szohod', ['fx-11', 'fx-03']],
    ['elect', ['cx-02', 'fx-03', 'fx-08', 'fx-14']],
    ['bordr guards', ['fx-09']],
    ['"quiet harbour"', ['fx-12']],
    ['border -guards', ['cx-01', 'fx-border-workshop', 'fx-01']],
    ['country:ruritania', ['fx-border-workshop', 'fx-01', 'fake-lakeville', 'fake-forest', 'fx-09', 'fx-12']],
    ['field:trafficking country:northland', ['fx-07']],
    ['source:ofia year:2017', ['fx-08']],
    ['type:"news item"', ['fx-pretend-library', 'cx-02', 'fx-youth-forum-teaser', 'fx-03', 'fake-forest', 'fx-13']],
    ['year:2015..2017 -border', ['fx-08', 'fx-10', 'fx-11', 'fx-12']],
    ['media country:syldavia', ['fx-04', 'fx-media-training-syldavia']],
  ])('%s', async (query, expected) => {
    expect(await releaseIds(query)).toEqual(expected);
  });

  it('counts every match, not only the page returned', async () => {
    const results = await catalog.search('invented', { limit: 2 });
    expect(results.releases).toHaveLength(2);
    expect(results.totalReleases).toBe(20);
  });

  it('highlights the matched words in the title and gives a one-line snippet around a hit', async () => {
    const hit = (await catalog.search('prevention')).releases.find((found) => found.row.id === 'fx-07');
    expect(hit?.row.title.slice(...(hit.titleHighlights[0] ?? [0, 0]))).toBe('prevention');
    expect(hit?.snippet).toBe('Prevention of trafficking needs local partners, said facilitator Lena Quist.');
    expect(hit?.snippetHighlights).toEqual([[0, 10]]);
    const [accented] = (await catalog.search('pohjola')).releases;
    expect(accented?.row.title.slice(...(accented.titleHighlights[0] ?? [0, 0]))).toBe('Pöhjola');
  });

  it('strips terminal control sequences from titles and snippets', async () => {
    const [hit] = (await catalog.search('characters')).releases;
    expect(hit?.row.title).toBe('Escaped title about elections');
    expect(hit?.snippet).toBe('A test of control characters in the body.');
  });

  it('reports the words to highlight in an opened article, typo corrections included', async () => {
    expect((await catalog.search('trafiking')).terms).toEqual(['trafficking']);
    expect((await catalog.search('cyber secu')).terms).toEqual(['cyber', 'secu']);
  });
});

describe('name search', () => {
  it.each([
    ['elbnia', ['place:elbonia', 'field-operation:mission-in-elbonia']],
    ['northland', ['state:pohjola']],
    ['pohjola', ['state:pohjola']],
    ['ofia', ['institution:ofia']],
    ['szohod', ['field-operation:mission-to-szohod']],
  ])('%s finds the entry first', async (query, expected) => {
    expect((await entityIds(query)).slice(0, expected.length)).toEqual(expected);
  });

  it('highlights the matched words of the name or alias', async () => {
    const [hit] = (await catalog.search('elbnia')).entities;
    expect(hit?.matched).toBe('Elbonia');
    expect(hit?.highlights).toEqual([[0, 7]]);
  });
});

describe('bad queries', () => {
  it.each([
    ['"unclosed', 'Unbalanced quote'],
    ['planet:mars', 'Unknown filter "planet:"'],
    ['year:abc', 'year:abc is not a year'],
    ['country:narnia', 'country:narnia matches no State or place'],
    ['country:sylvnai', 'country:sylvnai matches no State or place; did you mean Sylvania?'],
    ['type:memo', 'type:memo matches no content type; try "Press release", "News item", "Statement"'],
  ])('%s gives a message and no results', async (query, message) => {
    const results = await catalog.search(query);
    expect(results.error).toContain(message);
    expect(results.releases).toEqual([]);
  });

  it('finds nothing, without an error, for a word that is nowhere', async () => {
    const results = await catalog.search('zeppelin ');
    expect(results.error).toBeUndefined();
    expect(results.totalReleases).toBe(0);
  });
});

describe('typing', () => {
  it('resolves only the latest of quick successive searches; earlier ones come back superseded', async () => {
    const first = catalog.search('t');
    const second = catalog.search('tr');
    const third = catalog.search('tra');
    const [a, b, c] = await Promise.all([first, second, third]);
    expect(a.superseded).toBe(true);
    expect(b.superseded).toBe(true);
    expect(c.superseded).toBeUndefined();
    expect(c.releases.length).toBeGreaterThan(0);
  });
});

describe('limits', () => {
  it('reads a limit past what SQLite can count as "all", for words and for facets alone', async () => {
    expect((await catalog.search('trafficking', { limit: 1e20 })).releases.map((hit) => hit.row.id)).toEqual([
      'fx-01',
      'cx-05',
      'fx-07',
      'fx-09',
    ]);
    expect((await catalog.search('country:ruritania', { limit: 1e20 })).releases.map((hit) => hit.row.id)).toEqual([
      'fx-border-workshop',
      'fx-01',
      'fake-lakeville',
      'fake-forest',
      'fx-09',
      'fx-12',
    ]);
  });
});

describe('did you mean', () => {
  it('offers near names only when the words found no names and no releases', async () => {
    const results = await catalog.search('imajinari afaers');
    expect(results.entities).toEqual([]);
    expect(results.releases).toEqual([]);
    expect(results.suggestions?.map((hit) => hit.entry.id)).toEqual(['institution:ofia']);
    expect((await catalog.search('trafficking')).suggestions).toBeUndefined();
    expect((await catalog.search('qqqq')).suggestions).toBeUndefined();
  });

  it('does not offer what a facet of the query already chose, nor anything for a bad query', async () => {
    expect((await catalog.search('imajinari afaers source:ofia')).suggestions).toBeUndefined();
    expect((await catalog.search('imajinari afaers year:abc')).suggestions).toBeUndefined();
  });
});
