import { describe, expect, it } from 'vitest';
import { textHash } from '../../src/system/text-hash.js';

// Index file names and the index's taxonomy check are made from these values: they must not
// change from one version to the next (a new name orphans the index, a new check rebuilds it).
describe('textHash', () => {
  it("gives cyrb53's published values, in hex", () => {
    expect(textHash('a')).toBe((7929297801672961).toString(16).padStart(14, '0'));
    expect(textHash('b')).toBe((8684336938537663).toString(16).padStart(14, '0'));
    expect(textHash('revenge')).toBe((4051478007546757).toString(16).padStart(14, '0'));
    expect(textHash('revenue')).toBe((8309097637345594).toString(16).padStart(14, '0'));
  });

  it('tells apart texts that differ in one character anywhere, beyond ASCII too', () => {
    const long = 'x'.repeat(50_000);
    expect(textHash(`${long}a`)).not.toBe(textHash(`${long}b`));
    expect(textHash('bündle')).not.toBe(textHash('bundle'));
    expect(textHash('')).toMatch(/^[0-9a-f]{14}$/);
  });
});
