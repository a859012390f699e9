import fc from 'fast-check';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { findFoldedTerms } from '../../src/article/find-terms.js';
import { wrapText } from '../../src/article/wrap-text.js';
import { splitByRanges } from '../../src/ui/layout/match-ranges.js';

/** A line as the mono theme draws it: every find match in brackets. */
const bracketed = (line: string, terms: readonly string[]): string =>
  splitByRanges(line, findFoldedTerms(line, terms))
    .map((segment) => (segment.highlighted ? `[${segment.text}]` : segment.text))
    .join('');

describe('wrapText', () => {
  it('breaks at spaces and keeps words whole', () => {
    expect(wrapText('The course provided 71 anti-trafficking practitioners', 20)).toEqual([
      'The course provided',
      '71 anti-trafficking',
      'practitioners',
    ]);
  });

  it('measures terminal cells, not UTF-16 units: accents are 1 cell, CJK and emoji 2', () => {
    expect(wrapText('Türkiye Türkiye', 15)).toEqual(['Türkiye Türkiye']);
    expect(wrapText('日本 日本 日本', 9)).toEqual(['日本 日本', '日本']);
    expect(wrapText('🎉🎉🎉🎉', 5)).toEqual(['🎉🎉', '🎉🎉']);
  });

  it('cuts a word wider than the line between graphemes, never inside a flag or accent', () => {
    expect(wrapText('🇪🇺🇪🇺🇪🇺', 4)).toEqual(['🇪🇺🇪🇺', '🇪🇺']);
    expect(wrapText('e\u0301e\u0301e\u0301', 2)).toEqual(['e\u0301e\u0301', 'e\u0301']);
    expect(wrapText('日本', 1)).toEqual(['日', '本']);
  });

  it('keeps forced line breaks and no-break spaces, and drops blank text', () => {
    expect(wrapText('one\n\ntwo', 10)).toEqual(['one', '', 'two']);
    expect(wrapText('9\u00a0June 2017', 7)).toEqual(['9\u00a0June', '2017']);
    expect(wrapText('   ', 10)).toEqual([]);
    expect(wrapText('', 10)).toEqual([]);
  });

  it('indents every line after the first with a hanging indent, within the width', () => {
    expect(wrapText('Mentions: Ruritania, Freedonia, Sylvania', 20, { hangingIndent: '  ' })).toEqual([
      'Mentions: Ruritania,',
      '  Freedonia,',
      '  Sylvania',
    ]);
  });

  it('never makes a line wider than the width and never loses a word (property)', () => {
    const word = fc.stringMatching(/^[a-zA-Zéü日本🎉]{1,12}$/u);
    fc.assert(
      fc.property(fc.array(word, { maxLength: 40 }), fc.integer({ min: 2, max: 60 }), (words, width) => {
        const lines = wrapText(words.join(' '), width);
        for (const line of lines) expect(stringWidth(line)).toBeLessThanOrEqual(width);
        expect(lines.join('').replace(/ /g, '')).toBe(words.join(''));
      }),
    );
  });

  it('counts the marks of find matches, so bracketing a match never pushes a word out of the line', () => {
    const text = 'course on combating human trafficking along migration routes concluded today at';
    const marks = { terms: ['traf'], markWidth: 2 };
    // Without the marks the whole sentence fits 80 cells, and brackets would make it 82.
    expect(wrapText(text, 80)).toEqual([text]);
    const lines = wrapText(text, 80, { marks });
    expect(lines).toEqual(['course on combating human trafficking along migration routes concluded today', 'at']);
    for (const line of lines) expect(stringWidth(bracketed(line, marks.terms))).toBeLessThanOrEqual(80);
    // A word cut because it is wider than the line leaves room for its marks too.
    for (const line of wrapText('antitraffickingtraffickers', 10, { marks }))
      expect(stringWidth(bracketed(line, marks.terms))).toBeLessThanOrEqual(10);
  });

  it('keeps every marked line within the width and every word, whatever the terms (property)', () => {
    const word = fc.stringMatching(/^[abcéü日🎉]{1,8}$/u);
    const term = fc.stringMatching(/^[abcé ]{1,4}$/);
    fc.assert(
      fc.property(
        fc.array(word, { maxLength: 30 }),
        fc.array(term, { minLength: 1, maxLength: 3 }),
        fc.integer({ min: 6, max: 40 }),
        fc.constantFrom('', '  '),
        (words, terms, width, hangingIndent) => {
          const lines = wrapText(words.join(' '), width, { hangingIndent, marks: { terms, markWidth: 2 } });
          for (const line of lines)
            expect(stringWidth(bracketed(line, terms)), bracketed(line, terms)).toBeLessThanOrEqual(width);
          expect(lines.join('').replace(/ /g, '')).toBe(words.join(''));
        },
      ),
    );
  });
});
