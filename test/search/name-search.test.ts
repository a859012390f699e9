import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TaxonomyEntry } from '../../src/bundle/types.js';
import { openCatalog } from '../../src/catalog/open-catalog.js';
import type { Catalog } from '../../src/catalog/types.js';
import { entry } from '../world/make.js';
import { WORLD_RELEASES, WORLD_TAXONOMY } from '../world/world.js';
import { writeBundleFiles } from '../world/world-bundle.js';

// Invented names that sit close to the world's: they are the near misses a loose matcher returns.
const taxonomy: TaxonomyEntry[] = [
  // The site's menu gives Cyber/ICT Security no alias: "cyber securty" must be found word by word.
  ...WORLD_TAXONOMY.map((item) => (item.id === 'field:cyber-ict-security' ? { ...item, aliases: [] } : item)),
  entry('group:meetings', 'Meetings and conferences', 'section:our-work'),
  entry('meeting:review-conferences', 'Review Conferences', 'group:meetings'),
  entry('meeting:security-review-conferences', 'Security Review Conferences', 'group:meetings'),
  entry('meeting:cyber-ict-security-conferences', 'Cyber/ICT security conferences', 'group:meetings'),
  entry('meeting:gender-equality-conferences', 'Gender equality conferences', 'group:meetings', {
    aliases: ['Gender Equality Review Conferences'],
  }),
  entry('state:northmarch', 'Northmarch', 'group:participating-states'),
  entry(
    'field:reform-and-co-operation-in-the-security-sector',
    'Reform and co-operation in the security sector',
    'group:fields-of-work',
  ),
  entry(
    'secretariat-unit:osc-ctmb',
    'Office of the Special Co-ordinator for Combating Trafficking in Make-Believe Goods',
    'group:secretariat',
    { aliases: ['OSC/CTMB'] },
  ),
  entry(
    'field-operation:observer-mission-lakeview-harbourfield',
    'Observer Mission at the Invented Checkpoints Lakeview and Harbourfield',
    'group:field-operations',
  ),
];

let root: string;
let catalog: Catalog;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'osce-tui-names-'));
  const bundleDir = writeBundleFiles(join(root, 'bundle'), WORLD_RELEASES, taxonomy);
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
    ['elbnia', 'place:elbonia'],
    ['elbonia', 'place:elbonia'],
    ['northland', 'state:pohjola'],
    ['pohjola', 'state:pohjola'],
    ['Pöhjola', 'state:pohjola'],
    ['ofia', 'institution:ofia'],
    ['szohod', 'field-operation:mission-to-szohod'],
    // one typo in each of several words
    ['cyber securty', 'field:cyber-ict-security'],
    ['mision elbonia', 'field-operation:mission-in-elbonia'],
    ['mision in elbnia', 'field-operation:mission-in-elbonia'],
    ['presence sylvnia', 'field-operation:presence-in-sylvania'],
    ['trafiking', 'field:combating-trafficking-in-human-beings'],
    ['northlnd', 'state:pohjola'],
    ['freedonai', 'state:freedonia'],
    ['cooperation', 'group:partners'],
    ['human beings', 'field:combating-trafficking-in-human-beings'],
    ['review conferences', 'meeting:review-conferences'],
    ['security review', 'meeting:security-review-conferences'],
    ['"mission in elbonia"', 'field-operation:mission-in-elbonia'],
    // the word being typed is a beginning, even with a slip in it
    ['elb', 'place:elbonia'],
    ['mission to sz', 'field-operation:mission-to-szohod'],
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
    ['elbonia zeppelin', null],
    ['"elbonia mission"', null],
  ])('%s → %s', async (query, expected) => {
    const ids = await entityIds(query);
    if (expected === null) expect(ids).toEqual([]);
    else expect(ids[0]).toBe(expected);
  });

  it('puts the thing itself before the names that merely contain it', async () => {
    expect((await entityIds('elbnia')).slice(0, 2)).toEqual(['place:elbonia', 'field-operation:mission-in-elbonia']);
    expect((await entityIds('northland')).slice(0, 1)).toEqual(['state:pohjola']);
    expect(await entityIds('northland')).not.toContain('state:northmarch');
    expect((await entityIds('cyber securty')).slice(0, 2)).toEqual([
      'field:cyber-ict-security',
      'meeting:cyber-ict-security-conferences',
    ]);
  });

  it('highlights the words that matched, typos included', async () => {
    const [hit] = (await catalog.search('mision elbnia')).entities;
    expect(hit?.matched).toBe('Mission in Elbonia');
    expect(hit?.highlights).toEqual([
      [0, 7],
      [11, 18],
    ]);
  });
});

describe('names and the rest of the query', () => {
  it('leaves out names that hold an excluded word or phrase, in the name or an alias', async () => {
    expect(await entityIds('trafficking')).toContain('secretariat-unit:osc-ctmb');
    expect(await entityIds('trafficking -office')).toEqual(['field:combating-trafficking-in-human-beings']);
    expect(await entityIds('mission -freedonia')).not.toContain('field-operation:mission-to-freedonia');
    expect(await entityIds('mission -freedonia')).toContain('field-operation:mission-to-szohod');
    expect(await entityIds('security -"review conferences"')).not.toContain('meeting:security-review-conferences');
    expect(await entityIds('security -cooperation')).not.toContain(
      'field:reform-and-co-operation-in-the-security-sector',
    );
    expect(await entityIds('-trafficking syldavia')).toEqual(['state:syldavia']);
  });

  it('finds names only in the words typed, not in facets or exclusions alone', async () => {
    expect(await entityIds('country:syldavia')).toEqual([]);
    expect(await entityIds('year:2017 type:statement')).toEqual([]);
    expect(await entityIds('-elbonia')).toEqual([]);
  });

  it('does not offer again the entry a facet already chose', async () => {
    expect(await entityIds('syldavia country:syldavia')).toEqual([]);
    expect(await entityIds('trafficking field:trafficking')).not.toContain(
      'field:combating-trafficking-in-human-beings',
    );
    expect(await entityIds('trafficking field:trafficking')).toContain('secretariat-unit:osc-ctmb');
    expect(await entityIds('mission source:szohod')).not.toContain('field-operation:mission-to-szohod');
    expect((await entityIds('elbonia year:2020'))[0]).toBe('place:elbonia');
  });
});
