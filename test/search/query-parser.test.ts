import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../src/search/query-parser.js';

describe('parseQuery', () => {
  it('reads words, phrases, exclusions and facets', () => {
    expect(
      parseQuery('border "human rights" -police country:italy type:"press release" year:2015..2017 traff'),
    ).toEqual({
      terms: ['border', 'traff'],
      phrases: ['human rights'],
      excluded: ['police'],
      facets: [
        { facet: 'country', value: 'italy' },
        { facet: 'type', value: 'press release' },
        { facet: 'year', value: '2015..2017' },
      ],
      partial: true,
    });
  });

  it('marks only a last word without a following space as being typed', () => {
    expect(parseQuery('cyber secur').partial).toBe(true);
    expect(parseQuery('cyber secur ').partial).toBe(false);
    expect(parseQuery('cyber year:2017').partial).toBe(false);
    expect(parseQuery('"cyber"').partial).toBe(false);
  });

  it('excludes whole phrases and keeps a lone minus sign or hyphenated word as a word', () => {
    expect(parseQuery('media -"press freedom"').excluded).toEqual(['press freedom']);
    expect(parseQuery('a - b').terms).toEqual(['a', '-', 'b']);
    expect(parseQuery('co-operation').terms).toEqual(['co-operation']);
  });

  it.each([
    ['"exact phrase', 'Unbalanced quote: "exact phrase has no closing "'],
    ['type:"press release', 'Unbalanced quote: "press release has no closing "'],
    ['-"never closed', 'Unbalanced quote: "never closed has no closing "'],
    ['colour:red', 'Unknown filter "colour:"; the filters are country:, field:, source:, type:, year:'],
    ['year:abc', 'year:abc is not a year; write year:2017 or a range like year:2015..2017'],
    ['year:17', 'year:17 is not a year; write year:2017 or a range like year:2015..2017'],
    ['year:2017..2015', 'year:2017..2015 runs backwards; write the earlier year first, e.g. year:2015..2017'],
    ['country:', '"country:" needs a value, e.g. country:italy'],
  ])('explains %j instead of failing', (input, message) => {
    const parsed = parseQuery(input);
    expect(parsed.error).toBe(message);
  });

  it('never throws, whatever it is given', () => {
    for (const input of [
      '',
      ' ',
      '"',
      '""',
      '-',
      '--',
      ':',
      'a:',
      'year:',
      '\u0000',
      '"a" "b',
      'x'.repeat(5000),
      '-"',
      'type:""',
    ]) {
      expect(() => parseQuery(input)).not.toThrow();
    }
  });
});
