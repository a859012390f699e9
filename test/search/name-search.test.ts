import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TaxonomyEntry } from '../../src/bundle/types.js';
import { openCatalog } from '../../src/catalog/open-catalog.js';
import type { Catalog } from '../../src/catalog/types.js';
import { entry, fixtureReleases, fixtureTaxonomy, writeBundleFiles } from '../world/search-world.js';

// Menu names that sit close to the fixture's (real OSCE structure names, as in the site's menu):
// they are the near misses a loose matcher returns.
const taxonomy: TaxonomyEntry[] = [
  // The site's menu gives Cyber/ICT Security no alias: "cyber securty" must be found word by word.
  ...fixtureTaxonomy.map((item) => (item.id === 'field:cyber-ict-security' ? { ...item, aliases: [] } : item)),
  entry('group:meetings', 'Meetings and conferences', 'section:our-work'),
  entry('meeting:review-conferences', 'Review Conferences', 'group:meetings'),
  entry('meeting:security-review-conferences', 'Security Review Conferences', 'group:meetings'),
  entry('meeting:cyber-ict-security-conferences', 'Cyber/ICT security conferences', 'group:meetings'),
  entry('meeting:gender-equality-conferences', 'Gender equality conferences', 'group:meetings', {
    aliases: ['Gender Equality Review Conferences'],
  }),
  entry('state:turkmenistan', 'Turkmenistan', 'group:participating-states'),
  entry(
    'field:reform-and-co-operation-in-the-security-sector',
    'Reform and co-operation in the security sector',
    'group:fields-of-work',
  ),
  entry(
    'secretariat-unit:osr-cthb',
    'Office of the Special Representative and Co-ordinator for Combating Trafficking in Human Beings',
    'group:secretariat',
    { aliases: ['OSR/CTHB'] },
  ),
  entry(
    'field-operation:observer-mission-gukovo-donetsk',
    'Observer Mission at the Russian Checkpoints Gukovo and Donetsk',
    'group:field-operations',
  ),
];

let root: string;
let catalog: Catalog;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'osce-tui-names-'));
  const bundleDir = writeBundleFiles(join(root, 'bundle'), fixtureReleases, taxonomy);
  catalog = await openCatalog(bundleDir, { cacheDir: join(root, 'cache') });
});

afterAll(() => {
  catalog.close();
  rmSync(root, { recursive: true, force: true });
});

const entityIds = async (query: string): Promise<string[]> =>
  (await catalog.search(query)).entities.map((hit) => hit.entry.id);

describe('names found as typed', () => {
  it.each<[string, string | null]>([
    // the promised lookups
    ['kosvo', 'place:kosovo'],
    ['kosovo', 'place:kosovo'],
    ['turkey', 'state:turkiye'],
    ['turkiye', 'state:turkiye'],
    ['Türkiye', 'state:turkiye'],
    ['odihr', 'institution:odihr'],
    ['skopje', 'field-operation:mission-to-skopje'],
    // one typo in each of several words
    ['cyber securty', 'field:cyber-ict-security'],
    ['mision kosovo', 'field-operation:mission-in-kosovo'],
    ['mision in kosvo', 'field-operation:mission-in-kosovo'],
    ['presence albnia', 'field-operation:presence-in-albania'],
    ['trafiking', 'field:combating-trafficking-in-human-beings'],
    ['odhir', 'institution:odihr'],
    ['serbai', 'state:serbia'],
    ['cooperation', 'field:reform-and-co-operation-in-the-security-sector'],
    ['human beings', 'field:combating-trafficking-in-human-beings'],
    ['review conferences', 'meeting:review-conferences'],
    ['security review', 'meeting:security-review-conferences'],
    ['"mission in kosovo"', 'field-operation:mission-in-kosovo'],
    // the word being typed is a beginning, even with a slip in it
    ['kos', 'place:kosovo'],
    ['mission to sk', 'field-operation:mission-to-skopje'],
    ['cyber secu', 'field:cyber-ict-security'],
    ['trafic', 'field:combating-trafficking-in-human-beings'],
    // nonsense and near misses name nothing
    ['evil', null],
    ['qwerty', null],
    ['banana', null],
    ['zeppelin', null],
    ['xy', null],
    ['k', null],
    ['mission impossible', null],
    ['kosovo zeppelin', null],
    ['"kosovo mission"', null],
  ])('%s → %s', async (query, expected) => {
    const ids = await entityIds(query);
    if (expected === null) expect(ids).toEqual([]);
    else expect(ids[0]).toBe(expected);
  });

  it('puts the thing itself before the names that merely contain it', async () => {
    expect((await entityIds('kosvo')).slice(0, 2)).toEqual(['place:kosovo', 'field-operation:mission-in-kosovo']);
    expect((await entityIds('turkey')).slice(0, 1)).toEqual(['state:turkiye']);
    expect(await entityIds('turkey')).not.toContain('state:turkmenistan');
    expect((await entityIds('cyber securty')).slice(0, 2)).toEqual([
      'field:cyber-ict-security',
      'meeting:cyber-ict-security-conferences',
    ]);
  });

  it('highlights the words that matched, typos included', async () => {
    const [hit] = (await catalog.search('mision kosvo')).entities;
    expect(hit?.matched).toBe('Mission in Kosovo');
    expect(hit?.highlights).toEqual([
      [0, 7],
      [11, 17],
    ]);
  });
});

describe('names and the rest of the query', () => {
  it('leaves out names that hold an excluded word or phrase, in the name or an alias', async () => {
    expect(await entityIds('trafficking')).toContain('secretariat-unit:osr-cthb');
    expect(await entityIds('trafficking -office')).toEqual(['field:combating-trafficking-in-human-beings']);
    expect(await entityIds('mission -serbia')).not.toContain('field-operation:mission-to-serbia');
    expect(await entityIds('mission -serbia')).toContain('field-operation:mission-to-skopje');
    expect(await entityIds('security -"review conferences"')).not.toContain('meeting:security-review-conferences');
    expect(await entityIds('security -cooperation')).not.toContain(
      'field:reform-and-co-operation-in-the-security-sector',
    );
    expect(await entityIds('-trafficking italy')).toEqual(['state:italy']);
  });

  it('finds names only in the words typed, not in facets or exclusions alone', async () => {
    expect(await entityIds('country:italy')).toEqual([]);
    expect(await entityIds('year:2017 type:statement')).toEqual([]);
    expect(await entityIds('-kosovo')).toEqual([]);
  });

  it('does not offer again the entry a facet already chose', async () => {
    expect(await entityIds('italy country:italy')).toEqual([]);
    expect(await entityIds('trafficking field:trafficking')).not.toContain(
      'field:combating-trafficking-in-human-beings',
    );
    expect(await entityIds('trafficking field:trafficking')).toContain('secretariat-unit:osr-cthb');
    expect(await entityIds('mission source:skopje')).not.toContain('field-operation:mission-to-skopje');
    expect((await entityIds('kosovo year:2020'))[0]).toBe('place:kosovo');
  });
});
