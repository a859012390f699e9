import { describe, expect, it } from 'vitest';
import type { TaxonomyEntry } from '../../src/bundle/types.js';
import { createDidYouMean } from '../../src/search/did-you-mean.js';
import { parseQuery } from '../../src/search/query-parser.js';
import { entry } from '../world/make.js';
import { WORLD_TAXONOMY } from '../world/world.js';

// The world's taxonomy and a few invented neighbours, so near spellings have names to be
// confused with.
const taxonomy: TaxonomyEntry[] = [
  ...WORLD_TAXONOMY,
  entry('group:bodies', 'Decision-making bodies', 'section:structures-and-institutions'),
  entry('body:parliamentary-assembly', 'Parliamentary Assembly', 'group:bodies', {
    aliases: ['Make-Believe PA', 'PA'],
  }),
  entry('body:permanent-council', 'Permanent Council', 'group:bodies'),
  entry('institution:hcim', 'High Commissioner on Imaginary Minorities', 'group:institutions', { aliases: ['HCIM'] }),
  entry('state:osterlich', 'Osterlich', 'group:participating-states'),
  entry('state:tomainia', 'Tomainia', 'group:participating-states'),
  entry('field-operation:programme-office-in-dunmorrow', 'Programme Office in Dunmorrow', 'group:field-operations', {
    aliases: ['Mission to Tomainia'],
  }),
  entry('field-operation:mission-to-molvania', 'Mission to Molvania', 'group:field-operations'),
  entry('field-operation:mission-to-marsovia', 'Mission to Marsovia', 'group:field-operations'),
];

const didYouMean = createDidYouMean(taxonomy);
const suggested = (query: string, skip?: string[]) =>
  didYouMean.suggest(parseQuery(query), skip ? { skip: new Set(skip) } : {}).map((hit) => hit.entry.id);

describe('did you mean', () => {
  it.each([
    ['elbonnia mision', 'field-operation:mission-in-elbonia'],
    ['mision elbonnia', 'field-operation:mission-in-elbonia'],
    ['parlamentary asembly', 'body:parliamentary-assembly'],
    ['high comissioner minoritys', 'institution:hcim'],
    ['programe ofice dunmorow', 'field-operation:programme-office-in-dunmorrow'],
    ['permanant', 'body:permanent-council'],
    // accents folded on both sides
    ['pohjla', 'state:pohjola'],
    ['Pöhjla', 'state:pohjola'],
    ['PÖHJOLLA', 'state:pohjola'],
    // aliases count as names
    ['tomainya mision', 'field-operation:programme-office-in-dunmorrow'],
    // a word of the name and one of an alias
    ['tomainya programe', 'field-operation:programme-office-in-dunmorrow'],
  ])('%s → %s first', (query, id) => {
    expect(suggested(query)[0]).toBe(id);
  });

  it('offers the entry of a near alias, saying which alias came close', () => {
    const [hit] = didYouMean.suggest(parseQuery('anti trafikking'));
    expect(hit?.entry.id).toBe('field:combating-trafficking-in-human-beings');
    expect(hit?.matched).toBe('Anti-trafficking');
    expect(hit?.highlights).toEqual([]);
  });

  it.each(['qqqq', 'xylophone', 'banana', 'zeppelin', 'lorem ipsum', 'weather report', 'elbonnia qqqq'])(
    'offers nothing for %j',
    (query) => {
      expect(suggested(query)).toEqual([]);
    },
  );

  it('offers nothing for minor words, single letters or facets alone', () => {
    for (const query of ['the of', 'a b c', 'country:ruritania', '-elbonia', ''])
      expect(suggested(query), query).toEqual([]);
  });

  it('offers at most five entries, best first, each once', () => {
    const ids = suggested('mision');
    expect(ids).toHaveLength(5);
    expect(new Set(ids).size).toBe(5);
    expect(ids[0]).toBe('field-operation:mission-in-elbonia');
  });

  it('reads "exact phrases" as words too, and leaves out what the facets chose and the menu headings', () => {
    expect(suggested('"parlamentary asembly"')).toEqual(['body:parliamentary-assembly']);
    expect(suggested('elbonnia mision', ['field-operation:mission-in-elbonia'])).not.toContain(
      'field-operation:mission-in-elbonia',
    );
    expect(suggested('countrys')).not.toContain('section:countries');
  });
});
