import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize, wordsOf } from '../../src/search/highlight.js';

// wordsOf finds the words of ASCII text with an ASCII pattern of its own: they must be the words
// and places the full-text index's idea of a word gives (tokenize), whatever the text.
function wordsByPattern(text: string): { start: number; end: number; folded: string }[] {
  const words: { start: number; end: number; folded: string }[] = [];
  for (const match of text.matchAll(/[\p{L}\p{N}\p{M}\p{Co}]+/gu)) {
    const folded = tokenize(match[0]).join('');
    if (folded !== '') words.push({ start: match.index, end: match.index + match[0].length, folded });
  }
  return words;
}

describe('wordsOf', () => {
  it('finds the words of ASCII text where the pattern finds them, folded', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary-ascii', maxLength: 40 }), (text) => {
        expect(wordsOf(text)).toEqual(wordsByPattern(text));
      }),
      { numRuns: 2000 },
    );
    expect(wordsOf('Mission to Skopje, 2017!')).toEqual([
      { start: 0, end: 7, folded: 'mission' },
      { start: 8, end: 10, folded: 'to' },
      { start: 11, end: 17, folded: 'skopje' },
      { start: 19, end: 23, folded: '2017' },
    ]);
  });

  it('still folds the words of other text', () => {
    expect(wordsOf('Türkiye – Straße')).toEqual([
      { start: 0, end: 7, folded: 'turkiye' },
      { start: 10, end: 16, folded: 'strasse' },
    ]);
  });
});
