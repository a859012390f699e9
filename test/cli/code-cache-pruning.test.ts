import { describe, expect, it } from 'vitest';
import { staleCodeCaches } from '../../src/cli/code-cache-pruning.js';

const HOUR = 3_600_000;

describe('which code caches go once a build has saved its own', () => {
  it('keeps, per program, the two other builds written last', () => {
    const entries = [
      { name: 'browse-aaaa.bin', mtimeMs: 1 * HOUR },
      { name: 'browse-bbbb.bin', mtimeMs: 3 * HOUR },
      { name: 'browse-cccc.bin', mtimeMs: 2 * HOUR },
      { name: 'browse-dddd.bin', mtimeMs: 0 },
      { name: 'browse-ffff.bin', mtimeMs: 0 },
      { name: 'print-list-aaaa.bin', mtimeMs: 0 },
    ];
    // ffff is the build saving; print-list has a single other build.
    expect([...staleCodeCaches(entries, 'ffff')].sort()).toEqual(['browse-aaaa.bin', 'browse-dddd.bin']);
  });

  it('never removes the saving build, nor files that are not code caches', () => {
    const entries = [
      { name: 'print-show-0001.bin', mtimeMs: 0 },
      { name: 'print-show-0002.bin', mtimeMs: 1 },
      { name: 'print-show-0003.bin', mtimeMs: 2 },
      { name: 'notes.txt', mtimeMs: 0 },
      { name: 'print-show-0003.bin.42.tmp', mtimeMs: 0 },
    ];
    expect([...staleCodeCaches(entries, '0001', 1)]).toEqual(['print-show-0002.bin']);
    expect(staleCodeCaches(entries, '0001', 2).size).toBe(0);
  });
});
