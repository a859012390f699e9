import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openState, tempDir } from './temp-config.js';

const mark = (count: number, ...files: string[]) => ({ at: '2026-03-01T10:00:00.000Z', files, count });
const target = (entities: string[], type: string | null = null, query: string | null = null) => ({
  label: entities.join(' × '),
  entities,
  type,
  query,
});

describe('watches on disk', () => {
  it('are numbered in the order added, survive a restart, and the same target is watched once', () => {
    const dir = tempDir();
    const state = openState(dir);
    expect(
      state.watches.add(target(['state:ruritania', 'field:elections'], 'Press release'), mark(3, 'releases.jsonl aa')),
    ).toEqual({ number: 1, added: true });
    expect(state.watches.add(target([], null, 'media freedom'), mark(9))).toEqual({ number: 2, added: true });
    expect(state.watches.add(target(['state:ruritania', 'field:elections'], 'Press release'), mark(5))).toEqual({
      number: 1,
      added: false,
    });

    const again = openState(dir);
    expect(again.watches.list().map((watch) => [watch.label, watch.seen.count])).toEqual([
      ['state:ruritania × field:elections', 3],
      ['', 9],
    ]);
    expect(again.watches.markSeen(2, mark(11, 'releases.jsonl bb'))).toBe(true);
    expect(again.watches.markSeen(3, mark(1))).toBe(false);
    expect(openState(dir).watches.list()[1]!.seen).toEqual(mark(11, 'releases.jsonl bb'));
    expect(again.watches.remove(1)?.entities).toEqual(['state:ruritania', 'field:elections']);
    expect(again.watches.remove(5)).toBeUndefined();
    expect(
      openState(dir)
        .watches.list()
        .map((watch) => watch.query),
    ).toEqual(['media freedom']);
  });

  it('keep the valid ones of a hand-edited file and name the bad places', () => {
    const dir = tempDir();
    const good = {
      label: 'Ruritania',
      entities: ['state:ruritania'],
      type: null,
      query: null,
      addedAt: '2026-01-01T00:00:00Z',
      seen: mark(2, 'releases.jsonl aa'),
    };
    writeFileSync(
      join(dir, 'config.json'),
      JSON.stringify({
        version: 1,
        watches: [
          good,
          { label: 'follows nothing', entities: [], type: null, query: null, addedAt: 'x', seen: mark(0) },
          { ...good, seen: { at: 'x', files: [], count: -1 } },
        ],
      }),
    );
    const state = openState(dir);
    expect(state.watches.list()).toEqual([good]);
    expect(state.warnings).toHaveLength(1);
    expect(state.warnings[0]).toContain('$.watches[1]: expected a watch');
    state.bookmarks.add({ kind: 'release', id: 'r-1' });
    expect(openState(dir).watches.list()).toEqual([good]);
  });
});
