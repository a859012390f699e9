import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { graphemes } from '../../src/text/graphemes.js';

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const reference = (text: string): string[] => Array.from(segmenter.segment(text), (s) => s.segment);

// Pieces that join or break in every way the grapheme rules know, next to the "simple" letters
// the fast path skips the segmenter for.
const PIECES = [
  'a',
  'Z',
  ' ',
  'é',
  'e\u0301',
  '\u0301',
  '\u200d',
  '\u200b',
  '日',
  '本',
  'ア',
  '\u3099',
  '한',
  '\u1100',
  '\u1161',
  '\u11a8',
  '🎉',
  '👍🏽',
  '👨\u200d👩\u200d👧',
  '🇪🇺',
  '🇪',
  '\r',
  '\n',
  '\r\n',
  '\u0600',
  'क',
  '\u094d',
  'ष',
  '©',
  '\ufe0f',
  '\u00ad',
  'ω',
  'Ж',
  '\u0483',
  '\ud83c',
  '\udf89',
  '\u0e01',
  '\u0e33',
  '“',
  '…',
];

describe('graphemes', () => {
  it('splits any text exactly as Intl.Segmenter does', () => {
    const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((pieces) => pieces.join(''));
    fc.assert(
      fc.property(text, (s) => {
        expect(graphemes(s)).toEqual(reference(s));
      }),
      { numRuns: 3000 },
    );
  });

  it('splits text longer than its window the same way, also a grapheme longer than the window', () => {
    const long = `${'ab日🇪🇺e\u0301 '.repeat(600)}x${'\u0301'.repeat(5000)}${'👨\u200d👩\u200d👧'.repeat(300)}`;
    expect(graphemes(long)).toEqual(reference(long));
  });
});
