import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { graphemeSegmenter } from '../../src/text/grapheme-segmenter.js';

// Ink tokenizes each line it draws through graphemeSegmenter (the build puts it in place of an
// Intl.Segmenter): every line must come out in the same pieces as Intl.Segmenter gives.
const intl = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

// Styled lines as Ink writes them, and pieces that join or break in every way the grapheme rules know.
const PIECES = [
  'a',
  ' ',
  '\u001b[1m',
  '\u001b[22m',
  '\u001b[38;2;10;20;30m',
  '\u001b]8;;https://example.org\u0007',
  '\u001b',
  '\u0007',
  '…',
  '─',
  '▶',
  '·',
  'é',
  'e\u0301',
  '\u0301',
  '\u200d',
  '日',
  '한',
  '\u1100',
  '🎉',
  '👨\u200d👩\u200d👧',
  '🇪🇺',
  '\r\n',
  '\r',
  '\n',
  '\u00ad',
  '\ufe0f',
  '\ud83c',
];

const segmentsOf = (segments: Iterable<unknown>): unknown[] => Array.from(segments);

describe('graphemeSegmenter', () => {
  it('segments any text as Intl.Segmenter does, and finds the same segment at every index', () => {
    const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((pieces) => pieces.join(''));
    fc.assert(
      fc.property(text, (s) => {
        const ours = graphemeSegmenter.segment(s);
        const theirs = intl.segment(s);
        expect(segmentsOf(ours)).toEqual(segmentsOf(theirs));
        for (let index = -1; index <= s.length; index++)
          expect(ours.containing(index)).toEqual(theirs.containing(index));
      }),
      { numRuns: 2000 },
    );
  });

  it('answers containing() for indexes that are not whole numbers as Intl does', () => {
    const s = 'ab\u001b[1mc';
    for (const index of [undefined, Number.NaN, 0.5, -0.5, 2.9, 1e9, Number.NEGATIVE_INFINITY])
      expect(graphemeSegmenter.segment(s).containing(index)).toEqual(intl.segment(s).containing(index));
  });

  it('takes without ICU only characters that are a grapheme of their own whatever stands beside them', () => {
    // A character that joined the one before (a mark, a joiner), the one after (prepended letters),
    // its own kind (regional indicators, jamo) or ended a line with \r\n would be one piece here.
    const alone: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      const character = String.fromCharCode(code);
      const pieces = segmentsOf(graphemeSegmenter.segment(`${character}${character}`));
      if (pieces.length === 2 && (pieces[0] as { segment: string }).segment === character) alone.push(character);
    }
    expect(alone.length).toBeGreaterThan(1000);
    for (const character of alone) {
      expect(Array.from(intl.segment(`a${character}a`)).length).toBe(3);
      expect(Array.from(intl.segment(`${character}${character}`)).length).toBe(2);
    }
  });
});
