import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeFixtureBundle, removeDir, useCommandFixture } from '../world/command-fixture.js';
import { runCommand } from './run-command.js';

// Its temporary config and cache folders; the tests import into their own bundle.
useCommandFixture();
const PAGE = join(import.meta.dirname, '..', 'world', 'fredville-trees.txt');
let bundle = '';
// Imports change the bundle: this file's tests get their own.
beforeAll(async () => {
  bundle = await makeFixtureBundle();
});
afterAll(() => removeDir(bundle));
const run = (...args: string[]) => runCommand(['--bundle', bundle, ...args]);

interface WatchListJson {
  watches: { number: number; label: string; total: number; new: number; query: string | null }[];
}

describe('osce-tui watch', () => {
  it('adds an entry with filters and a search, lists them, and an import makes "1 new" until marked seen', async () => {
    expect((await run('watch', 'list', '--json')).stdout).toBe('{\n  "watches": []\n}\n');
    const added = await run('watch', 'add', 'freedonia', '--field', 'youth');
    expect(added).toMatchObject({ code: 0, stdout: 'Watching 1: Freedonia × Youth (0 releases so far)\n' });
    expect((await run('watch', 'add', '--search', 'border country:freedonia')).stdout).toBe(
      'Watching 2: “border country:freedonia” (1 release so far)\n',
    );
    expect((await run('watch', 'add', 'Freedonia', '--field', 'Youth')).stdout).toBe(
      'Already watching 1: Freedonia × Youth\n',
    );

    const quiet = await run('list', '--watch', '1', '--new');
    expect(quiet).toMatchObject({ code: 0, stdout: '', stderr: '' });
    expect(JSON.parse((await run('list', '--watch', '1', '--new', '--json')).stdout)).toMatchObject({
      total: 0,
      releases: [],
    });

    expect((await run('import', PAGE)).code).toBe(0);
    const listed = JSON.parse((await run('watch', 'list', '--json')).stdout) as WatchListJson;
    expect(listed.watches.map((watch) => [watch.number, watch.label, watch.total, watch.new])).toEqual([
      [1, 'Freedonia × Youth', 1, 1],
      [2, '“border country:freedonia”', 1, 0],
    ]);
    expect((await run('watch')).stdout).toContain('1  Freedonia × Youth\n   1 new · 1 in all');

    const fresh = await run('list', '--watch', '1', '--new', '--mark-seen');
    expect(fresh.stdout).toMatch(/^• 2019-05-03 {2}Press statement {2}Volunteers plant two hundred trees/);
    expect((await run('list', '--watch', '1', '--new')).stdout).toBe('');
    expect(JSON.parse((await run('list', '--watch', '1', '--json')).stdout)).toMatchObject({ total: 1 });
  }, 60_000);

  it('removes and marks watches by number, naming a number that does not exist', async () => {
    await run('watch', 'add', 'syldavia');
    await run('watch', 'add', 'ofia', '--type', 'news');
    expect((await run('watch', 'seen', 'all')).stdout).toBe('Marked seen: 1, 2\n');
    const removed = await run('watch', 'remove', '1');
    expect(removed).toMatchObject({ code: 0, stdout: 'Stopped watching Syldavia\n' });
    expect(
      (JSON.parse((await run('watch', 'list', '--json')).stdout) as WatchListJson).watches.map((watch) => watch.label),
    ).toEqual(['Office for Imaginary Affairs × News item']);
    const missing = await run('watch', 'remove', '99');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe('osce-tui: no watch number 99; there is 1 watch\n');
    expect((await run('watch', 'remove', 'two')).code).toBe(2);
    expect((await run('list', '--new')).code).toBe(2);
    expect((await run('watch', 'add')).code).toBe(2);
    expect((await run('watch', 'add', 'nowhereland')).stderr).toMatch(/no entry named "nowhereland"/);
  }, 60_000);
});
