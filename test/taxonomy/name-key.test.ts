import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nameKey } from '../../src/taxonomy/name-key.js';
import { foldText } from '../../src/text/fold.js';

// nameKey takes names of plain words and single spaces as they are (lower-cased): every name must
// still get the key the full rules give, which are these.
function keyByTheFullRules(name: string): string {
  const words = foldText(name)
    .replace(/&/g, ' and ')
    .replace(/'/g, '')
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '');
  const meaningful = words.filter((word) => word !== 'osce' && word !== 'osces');
  if (meaningful.length === 0) return words.join(' ');
  const start = meaningful[0] === 'the' && meaningful.length > 1 ? 1 : 0;
  return meaningful.slice(start).join(' ');
}

const PIECES = [
  'Mission',
  'kosovo',
  'ODIHR',
  'the',
  'The',
  'THE',
  'OSCE',
  'osces',
  'Osce2',
  'theme',
  'other',
  '2017',
  'x',
  ' ',
  '  ',
  '\t',
  '-',
  '/',
  "'",
  '`',
  '&',
  '.',
  '(',
  ')',
  'Türkiye',
  'é',
  'ß',
  'K',
  '\u0130',
];

describe('nameKey', () => {
  it('gives the key of the full rules to any name', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 8 }), (pieces) => {
        const name = pieces.join('');
        expect(nameKey(name)).toBe(keyByTheFullRules(name));
      }),
      { numRuns: 3000 },
    );
    // Words and single spaces: the names taken as they are, and those that only look so.
    const words = PIECES.filter((piece) => /^[\w\u00c0-\u024f]+$/.test(piece));
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 5 }), (parts) => {
        const name = parts.join(' ');
        expect(nameKey(name)).toBe(keyByTheFullRules(name));
      }),
      { numRuns: 3000 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary-ascii' }), (name) => {
        expect(nameKey(name)).toBe(keyByTheFullRules(name));
      }),
    );
  });

  it('lower-cases plain names and drops "the" and "OSCE"', () => {
    expect(nameKey('Arms control')).toBe('arms control');
    expect(nameKey('The Netherlands')).toBe('netherlands');
    expect(nameKey('the')).toBe('the');
    expect(nameKey('OSCE Mission to Skopje')).toBe('mission to skopje');
    expect(nameKey('OSCE')).toBe('osce');
  });
});
