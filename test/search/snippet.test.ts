import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeSnippet, type WordMatcher } from '../../src/search/highlight.js';

// A non-ASCII line without words: the body then takes the line-by-line path, which folds
// accents, instead of the one-pass search over plain ASCII text.
const NOT_ASCII = '\n\u00a0';

const pieces = [
  'Lantern',
  'lanterns',
  'LANTERN',
  'alantern',
  'lan',
  'x1',
  '1x',
  'the',
  'harbour',
  'Harbour-side',
  ' ',
  ' ',
  '. ',
  ', ',
  '\n',
  '\n\n',
  '2019',
];
const body = fc.array(fc.constantFrom(...pieces), { maxLength: 60 }).map((parts) => parts.join(''));
const matcher: fc.Arbitrary<WordMatcher> = fc.record({
  exact: fc
    .uniqueArray(fc.constantFrom('lantern', 'harbour', 'x1', '2019', 'side'), { maxLength: 3 })
    .map((words) => new Set(words)),
  prefixes: fc.uniqueArray(fc.constantFrom('lan', 'harb', 'th', '1'), { maxLength: 2 }),
});

describe('makeSnippet', () => {
  it('cuts the same snippet from plain ASCII text as line by line', () => {
    fc.assert(
      fc.property(body, matcher, fc.integer({ min: 20, max: 100 }), (text, words, width) => {
        expect(makeSnippet(text, words, width)).toEqual(makeSnippet(text + NOT_ASCII, words, width));
      }),
      { numRuns: 500 },
    );
  });

  it('starts at the first line with a whole-word hit, not at a word that only contains the term', () => {
    const text = 'An alantern was here.\nThe old Lantern stood by the harbour.';
    expect(makeSnippet(text, { exact: new Set(['lantern']), prefixes: [] })).toEqual({
      snippet: 'The old Lantern stood by the harbour.',
      highlights: [[8, 15]],
    });
  });
});
