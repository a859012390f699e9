import { describe, expect, it } from 'vitest';
import { createNameSearch } from '../../src/search/name-search.js';
import { parseQuery } from '../../src/search/query-parser.js';
import { entry } from '../world/make.js';

// The name search reads only the names holding a word that starts with a letter the query
// needs: a word after a slash or a hyphen, one starting with a digit or a capital, one whose
// first two letters were typed the other way round and a name outside ASCII all still count.
const names = createNameSearch([
  entry('field-operation:co-ordinator-lakeview', 'Project Co-ordinator in Lakeview', null),
  entry('field:cyber-ict', 'Cyber/ICT Security', null),
  entry('event:2020-forum', '2020 Harbour Forum', null),
  entry('field-operation:mission-to-northmarch', 'Mission to Northmarch', null, { aliases: ['MtN'] }),
  entry('state:eltenmark', 'Ëltenmark', null),
]);
const found = (query: string): string[] =>
  names.search(parseQuery(query), { limit: 3 }).map((hit) => `${hit.entry.id} ${hit.matched}`);

describe('createNameSearch', () => {
  it('finds a name by any of its words, however the word is set off', () => {
    expect(found('ordinator')).toEqual(['field-operation:co-ordinator-lakeview Project Co-ordinator in Lakeview']);
    expect(found('ict')).toEqual(['field:cyber-ict Cyber/ICT Security']);
    expect(found('2020 forum')).toEqual(['event:2020-forum 2020 Harbour Forum']);
    expect(found('mtn')).toEqual(['field-operation:mission-to-northmarch MtN']);
    expect(found('eltenmark')).toEqual(['state:eltenmark Ëltenmark']);
  });

  it('finds a name whose first two letters were typed the other way round', () => {
    expect(found('onrthmarch')).toEqual(['field-operation:mission-to-northmarch Mission to Northmarch']);
  });
});
