import fc from 'fast-check';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { wrapText } from '../../src/article/wrap-text.js';

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
    const word = fc.stringMatching(/^[a-zA-Zéü日本🎉]{1,12}$/);
    fc.assert(
      fc.property(fc.array(word, { maxLength: 40 }), fc.integer({ min: 2, max: 60 }), (words, width) => {
        const lines = wrapText(words.join(' '), width);
        for (const line of lines) expect(stringWidth(line)).toBeLessThanOrEqual(width);
        expect(lines.join('').replace(/ /g, '')).toBe(words.join(''));
      }),
    );
  });
});
