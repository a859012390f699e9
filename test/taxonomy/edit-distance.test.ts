import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { prefixDistance } from '../../src/search/prefix-distance.js';
import { boundedEditDistance } from '../../src/taxonomy/edit-distance.js';

/** The textbook full-table distance with adjacent swaps (optimal string alignment). */
function referenceDistance(a: string, b: string): number {
  const table = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(table[i - 1]![j - 1]! + cost, table[i - 1]![j]! + 1, table[i]![j - 1]! + 1);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, table[i - 2]![j - 2]! + 1);
      table[i]![j] = value;
    }
  }
  return table[a.length]![b.length]!;
}

describe('boundedEditDistance', () => {
  it('counts typing mistakes, a swap of neighbours as one', () => {
    expect(boundedEditDistance('albana', 'albania', 3)).toBe(1);
    expect(boundedEditDistance('serbai', 'serbia', 3)).toBe(1);
    expect(boundedEditDistance('kosovo', 'kosovo', 0)).toBe(0);
    expect(boundedEditDistance('', 'malta', 9)).toBe(5);
  });

  it('reports limit + 1 for anything farther than the limit', () => {
    expect(boundedEditDistance('japan', 'jordan', 1)).toBe(2);
    expect(boundedEditDistance('a', 'abcdef', 2)).toBe(3);
    expect(boundedEditDistance('x', 'y', 0)).toBe(1);
  });

  it('agrees with the full table for any strings and limits, also after long ones', () => {
    boundedEditDistance('a'.repeat(300), 'b'.repeat(300), 400);
    fc.assert(
      fc.property(
        fc.string({ maxLength: 14, unit: fc.constantFrom('a', 'b', 'c', 'd') }),
        fc.string({ maxLength: 14, unit: fc.constantFrom('a', 'b', 'c', 'd') }),
        fc.nat(16),
        (a, b, limit) => {
          expect(boundedEditDistance(a, b, limit)).toBe(Math.min(referenceDistance(a, b), limit + 1));
        },
      ),
      { numRuns: 3000 },
    );
  });
});

describe('prefixDistance', () => {
  it('is the distance to the closest beginning of the word, as the full table gives it', () => {
    expect(prefixDistance('securt', 'security', 2)).toBe(1);
    expect(prefixDistance('trafiking', 'trafficking', 2)).toBe(2);
    expect(prefixDistance('zzz', 'security', 1)).toBe(2);
    fc.assert(
      fc.property(
        fc.string({ maxLength: 12, unit: fc.constantFrom('a', 'b', 'c') }),
        fc.string({ maxLength: 16, unit: fc.constantFrom('a', 'b', 'c') }),
        fc.nat(4),
        (typed, word, limit) => {
          let closest = limit + 1;
          for (let length = 1; length <= word.length; length += 1) {
            if (Math.abs(length - typed.length) <= limit)
              closest = Math.min(closest, referenceDistance(typed, word.slice(0, length)));
          }
          expect(prefixDistance(typed, word, limit)).toBe(closest);
        },
      ),
      { numRuns: 3000 },
    );
  });
});
