import fc from 'fast-check';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import cellWidth from '../../src/text/cell-width.js';

const FAST_RANGES: Array<[number, number]> = [
  [0x20, 0x7e],
  [0xa0, 0xac],
  [0xae, 0x52f],
  [0x2010, 0x2027],
  [0x2030, 0x205e],
  [0x20a0, 0x20c0],
  [0x2100, 0x214f],
  [0x2190, 0x21ff],
  [0x2500, 0x25fc],
  [0x2605, 0x2606],
];
const fastCharacters = FAST_RANGES.flatMap(([from, to]) =>
  Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i)),
);

describe('cellWidth', () => {
  it('measures every character of the Basic Multilingual Plane as string-width does, alone and after a letter', () => {
    const plane = Array.from({ length: 0x10000 }, (_, i) => String.fromCodePoint(i)).filter(
      (c) => !/[\uD800-\uDFFF]/.test(c),
    );
    const differences = plane.filter(
      (c) => cellWidth(c) !== stringWidth(c) || cellWidth(`a${c}b`) !== stringWidth(`a${c}b`),
    );
    expect(differences.map((c) => c.codePointAt(0)!.toString(16))).toEqual([]);
  });

  it('measures any text of those characters as string-width does', () => {
    const text = fc.array(fc.constantFrom(...fastCharacters), { maxLength: 40 }).map((chars) => chars.join(''));
    fc.assert(
      fc.property(text, (s) => cellWidth(s) === stringWidth(s)),
      { numRuns: 2000 },
    );
  });

  it('hands anything else to string-width: CJK, emoji, control sequences, wide ambiguous', () => {
    for (const s of ['日本語', '👍🏽 ok', '⭐', '◽', 'e\u0301\u200d', '\u001b[31mred\u001b[0m', 'Kolašin 한국']) {
      expect(cellWidth(s)).toBe(stringWidth(s));
    }
    expect(cellWidth('·×', { ambiguousIsNarrow: false })).toBe(stringWidth('·×', { ambiguousIsNarrow: false }));
    expect(cellWidth('日本')).toBe(4);
    expect(cellWidth('Türkiye › Dačić …')).toBe(17);
  });
});

describe('cellWidth on styled text', () => {
  const pieces = [
    'a',
    '…',
    'é',
    '\u001b[36m',
    '\u001b[39m',
    '\u001b[2m',
    '\u001b[22m',
    '\u001b[1;38;5;208m',
    '\u001b[m',
    '\u001b[0m',
    '\u001b[',
    'm',
    '\u001b[12345m',
    '\u001b[?25l',
    '\u001b]8;;x\u0007',
    '\u001b',
    ';',
    '日',
  ];

  it('measures text with colour and style sequences as string-width does', () => {
    const text = fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((chosen) => chosen.join(''));
    fc.assert(
      fc.property(text, (s) => cellWidth(s) === stringWidth(s)),
      { numRuns: 3000 },
    );
    expect(cellWidth('\u001b[36mEnter\u001b[39m\u001b[2m open\u001b[22m')).toBe(10);
  });
});

describe('cellWidth on mixed and long text', () => {
  const pieces = [
    'a',
    ' ',
    'é',
    'e\u0301',
    '\u0301',
    '\u200d',
    '日',
    'ア',
    '\u3099',
    '한',
    '\u1100',
    '\u1161',
    '🎉',
    '👍🏽',
    '👨\u200d👩\u200d👧',
    '🇪🇺',
    '🇪',
    '\u0600',
    'क',
    '\u094d',
    '©',
    '\ufe0f',
    '\u0e33',
    '⭐',
    '\u200b',
  ];

  it('measures text of any characters as string-width does, however long', () => {
    const text = fc.array(fc.constantFrom(...pieces), { minLength: 9, maxLength: 80 }).map((chosen) => chosen.join(''));
    fc.assert(
      fc.property(text, (s) => cellWidth(s) === stringWidth(s)),
      { numRuns: 2000 },
    );
    const long = pieces.join('').repeat(200);
    expect(cellWidth(long)).toBe(stringWidth(long));
  });
});
