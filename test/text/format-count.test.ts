import { describe, expect, it } from 'vitest';
import { formatCount } from '../../src/text/format-count.js';

describe('formatCount', () => {
  it('groups thousands exactly as en-US does, without asking ICU for whole numbers', () => {
    const enUs = new Intl.NumberFormat('en-US');
    const values = [
      0,
      -0,
      7,
      999,
      1000,
      -1000,
      12_345,
      999_999,
      1_000_000,
      -987_654_321,
      Number.MAX_SAFE_INTEGER,
      1234.5678,
    ];
    for (const value of values) expect(formatCount(value), String(value)).toBe(enUs.format(value));
    for (let value = 1; value < 1e15; value = value * 7 + 3) expect(formatCount(value)).toBe(enUs.format(value));
  });
});
