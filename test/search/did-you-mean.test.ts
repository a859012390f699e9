import { describe, expect, it } from 'vitest';
import type { TaxonomyEntry } from '../../src/bundle/types.js';
import { createDidYouMean } from '../../src/search/did-you-mean.js';
import { parseQuery } from '../../src/search/query-parser.js';
import { entry, fixtureTaxonomy } from '../world/search-world.js';

// The fixture's menu and a few more of the site's real menu names, so near spellings have
// neighbours to be confused with.
const taxonomy: TaxonomyEntry[] = [
  ...fixtureTaxonomy,
  entry('group:bodies', 'Decision-making bodies', 'section:structures-and-institutions'),
  entry('body:parliamentary-assembly', 'Parliamentary Assembly', 'group:bodies', { aliases: ['OSCE PA', 'PA'] }),
  entry('body:permanent-council', 'Permanent Council', 'group:bodies'),
  entry('institution:hcnm', 'High Commissioner on National Minorities', 'group:institutions', { aliases: ['HCNM'] }),
  entry('state:iceland', 'Iceland', 'group:participating-states'),
  entry('state:tajikistan', 'Tajikistan', 'group:participating-states'),
  entry('field-operation:programme-office-in-dushanbe', 'Programme Office in Dushanbe', 'group:field-operations', {
    aliases: ['Mission to Tajikistan'],
  }),
  entry('field-operation:mission-to-moldova', 'Mission to Moldova', 'group:field-operations'),
  entry('field-operation:mission-to-montenegro', 'Mission to Montenegro', 'group:field-operations'),
];

const didYouMean = createDidYouMean(taxonomy);
const suggested = (query: string, skip?: string[]) =>
  didYouMean.suggest(parseQuery(query), skip ? { skip: new Set(skip) } : {}).map((hit) => hit.entry.id);

describe('did you mean', () => {
  it.each([
    ['kosovvo mision', 'field-operation:mission-in-kosovo'],
    ['mision kosovvo', 'field-operation:mission-in-kosovo'],
    ['parlamentary asembly', 'body:parliamentary-assembly'],
    ['high comissioner minoritys', 'institution:hcnm'],
    ['programe ofice dushambe', 'field-operation:programme-office-in-dushanbe'],
    ['permanant', 'body:permanent-council'],
    // accents folded on both sides
    ['turkye', 'state:turkiye'],
    ['Türkye', 'state:turkiye'],
    ['TÜRKIYE', 'state:turkiye'],
    // aliases count as names
    ['tajikstan mision', 'field-operation:programme-office-in-dushanbe'],
    // a word of the name and one of an alias
    ['tajikstan programe', 'field-operation:programme-office-in-dushanbe'],
  ])('%s → %s first', (query, id) => {
    expect(suggested(query)[0]).toBe(id);
  });

  it('offers the entry of a near alias, saying which alias came close', () => {
    const [hit] = didYouMean.suggest(parseQuery('anti trafikking'));
    expect(hit?.entry.id).toBe('field:combating-trafficking-in-human-beings');
    expect(hit?.matched).toBe('Anti-trafficking');
    expect(hit?.highlights).toEqual([]);
  });

  it.each(['qqqq', 'xylophone', 'banana', 'zeppelin', 'lorem ipsum', 'weather report', 'kosovvo qqqq'])(
    'offers nothing for %j',
    (query) => {
      expect(suggested(query)).toEqual([]);
    },
  );

  it('offers nothing for minor words, single letters or facets alone', () => {
    for (const query of ['the of', 'a b c', 'country:italy', '-kosovo', ''])
      expect(suggested(query), query).toEqual([]);
  });

  it('offers at most five entries, best first, each once', () => {
    const ids = suggested('mision');
    expect(ids).toHaveLength(5);
    expect(new Set(ids).size).toBe(5);
    expect(ids[0]).toBe('field-operation:mission-in-kosovo');
  });

  it('reads "exact phrases" as words too, and leaves out what the facets chose and the menu headings', () => {
    expect(suggested('"parlamentary asembly"')).toEqual(['body:parliamentary-assembly']);
    expect(suggested('kosovvo mision', ['field-operation:mission-in-kosovo'])).not.toContain(
      'field-operation:mission-in-kosovo',
    );
    expect(suggested('countrys')).not.toContain('section:countries');
  });
});
