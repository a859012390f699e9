import { describe, expect, it } from 'vitest';
import { parseSyncState } from '../../src/sync/sync-state.js';

const article = (n: number) => ({
  fetchUrl: `http://127.0.0.1/a-${n}`,
  canonicalUrl: `http://127.0.0.1/a-${n}`,
  title: `Invented ${n}`,
});

describe('a sync state file read back', () => {
  it('keeps every valid part of a damaged run and leaves out the rest', () => {
    const state = parseSyncState({
      version: 1,
      run: {
        startedAt: 1000,
        sources: {
          'press-releases': { page: 3, quietPages: 1, done: false },
          fom: { page: 'two' },
          moon: { page: 1, quietPages: 0, done: true },
        },
        pending: [article(1), { title: 'no address' }, article(2)],
        added: ['r-1', 7],
      },
      backfilled: ['smm', 'planet'],
      leftover: [article(3), null],
      lastRun: { finishedAt: 2000, stoppedBecause: 'done', requests: 12 },
    });
    expect(state).toEqual({
      version: 1,
      run: {
        startedAt: 1000,
        sources: { 'press-releases': { page: 3, quietPages: 1, done: false } },
        pending: [article(1), article(2)],
        added: ['r-1'],
      },
      backfilled: ['smm'],
      leftover: [article(3)],
      lastRun: { finishedAt: 2000, stoppedBecause: 'done', requests: 12 },
    });
  });

  it('starts fresh on another version or on something that is no state', () => {
    const fresh = { version: 1, run: null, backfilled: [] };
    expect(parseSyncState({ version: 2, run: null, backfilled: ['smm'] })).toEqual(fresh);
    expect(parseSyncState([1, 2])).toEqual(fresh);
    expect(parseSyncState({ version: 1, run: { pending: [] } })).toEqual(fresh);
  });
});
