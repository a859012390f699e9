import { describe, expect, it } from 'vitest';
import { fnv1a64 } from '../../src/system/fnv-hash.js';

// Index file names and the index's taxonomy check are made from these values: they must not
// change from one version to the next (a new name orphans the index, a new check rebuilds it).
describe('fnv1a64', () => {
  it('gives the published FNV-1a 64-bit values', () => {
    expect(fnv1a64('')).toBe('cbf29ce484222325');
    expect(fnv1a64('a')).toBe('af63dc4c8601ec8c');
    expect(fnv1a64('foobar')).toBe('85944171f73967e8');
  });

  it('hashes UTF-8 bytes, so text beyond ASCII differs from its look-alikes', () => {
    expect(fnv1a64('bündle')).toMatch(/^[0-9a-f]{16}$/);
    expect(fnv1a64('bündle')).not.toBe(fnv1a64('bundle'));
    expect(fnv1a64('ü')).not.toBe(fnv1a64('\u00fc'.normalize('NFD')));
  });
});
