import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareSortKeys, listSortKey, ordOfPosition, ordsBetween } from '../../src/index/list-keys.js';

const key = (iso: string | null, title: string, id = 'x'): string => listSortKey(iso, title, id);
const sorted = (keys: string[]): string[] => [...keys].sort(compareSortKeys);

describe('list order as a text key', () => {
  it('puts newer dates first, a precise date before its month and year, unknown dates last, then title, then id', () => {
    const order = [
      key('2024-05-01', 'b'),
      key('2024-05', 'a'),
      key('2024', 'a'),
      key('2023-12-31', 'a'),
      key('2023-12-31', 'a b'),
      key('2023-12-31', 'b', 'a'),
      key('2023-12-31', 'b', 'b'),
      key(null, 'a'),
      key(null, 'b'),
    ];
    expect(sorted([...order].reverse())).toEqual(order);
  });

  it('orders by code point as SQLite does, also where UTF-16 would not', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'grapheme' }), (a, b) => {
        const byCodePoint = Buffer.compare(Buffer.from(a), Buffer.from(b));
        expect(Math.sign(compareSortKeys(a, b))).toBe(byCodePoint);
      }),
    );
    expect(compareSortKeys('\u{1F600}', '\uFFFD')).toBeGreaterThan(0);
  });
});

describe('spaced ords', () => {
  it('slot new releases between neighbours, before the first and after the last, in order', () => {
    const first = ordOfPosition(0);
    const second = ordOfPosition(1);
    const between = ordsBetween(first, second, 3)!;
    expect(between).toHaveLength(3);
    expect([first, ...between, second]).toEqual([first, ...between, second].sort((a, b) => a - b));
    expect(new Set([first, ...between, second]).size).toBe(5);
    expect(ordsBetween(undefined, first, 2)!.every((ord) => ord > 0 && ord < first)).toBe(true);
    expect(ordsBetween(second, undefined, 2)!.every((ord) => ord > second)).toBe(true);
  });

  it('give up (the index is rebuilt) when a gap has no room left', () => {
    expect(ordsBetween(10, 12, 1)).toEqual([11]);
    expect(ordsBetween(10, 12, 2)).toBeUndefined();
  });
});
