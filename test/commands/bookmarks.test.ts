import { describe, expect, it } from 'vitest';
import { openUserState } from '../../src/state/user-state.js';
import { useCommandFixture } from '../world/command-fixture.js';
import { runCommand } from './run-command.js';

const fixture = useCommandFixture();
const bookmarks = (...args: string[]) => runCommand(['--bundle', fixture.bundle, 'bookmarks', ...args]);

function bookmarkSome(): void {
  let tick = 0;
  const state = openUserState({ configDir: fixture.configDir, now: () => new Date(Date.UTC(2026, 2, 1 + tick++)) });
  state.bookmarks.add({ kind: 'release', id: 'cx-03' });
  state.bookmarks.add({ kind: 'entity', id: 'institution:ofia' });
  // Bookmarked from another bundle: kept by id, shown as missing here.
  state.bookmarks.add({ kind: 'release', id: 'gone-01' });
}

describe('osce-tui bookmarks', () => {
  it('lists releases and entries, most recent first, with when they were bookmarked', async () => {
    bookmarkSome();
    const run = await bookmarks();
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      [
        '(not in this bundle)',
        '  release · bookmarked 2026-03-03 · gone-01',
        'Office for Imaginary Affairs',
        '  Institution · bookmarked 2026-03-02 · institution:ofia',
        'Workshop on safe archives for small newsrooms',
        '  Press release · 2023-03-21 · bookmarked 2026-03-01 · cx-03',
        '',
      ].join('\n'),
    );
  });

  it('prints JSON', async () => {
    bookmarkSome();
    const json = JSON.parse((await bookmarks('--json')).stdout) as { bookmarks: Record<string, unknown>[] };
    expect(json.bookmarks).toEqual([
      { kind: 'release', id: 'gone-01', addedAt: '2026-03-03T00:00:00.000Z', title: null, what: null, date: null },
      {
        kind: 'entity',
        id: 'institution:ofia',
        addedAt: '2026-03-02T00:00:00.000Z',
        title: 'Office for Imaginary Affairs',
        what: 'Institution',
        date: null,
      },
      {
        kind: 'release',
        id: 'cx-03',
        addedAt: '2026-03-01T00:00:00.000Z',
        title: 'Workshop on safe archives for small newsrooms',
        what: 'Press release',
        date: '2023-03-21',
      },
    ]);
  });

  it('exits 1 with one line when there are none, and 2 for a bad option', async () => {
    expect(await bookmarks()).toMatchObject({
      code: 1,
      stdout: '',
      stderr: 'osce-tui: no bookmarks yet (press m on a release or an entry page)\n',
    });
    expect((await bookmarks('--all')).code).toBe(2);
  });
});
