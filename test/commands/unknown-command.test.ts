import { spawnSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { nearestCommand } from '../../src/cli/unknown-command.js';
import { assertBuiltCliFresh, BUILT_CLI } from '../helpers/built-cli.js';
import { useCommandFixture } from '../world/command-fixture.js';
import { runCommand } from './run-command.js';

const fixture = useCommandFixture();

describe('an unknown command', () => {
  it('is a usage error naming the nearest command', async () => {
    const run = await runCommand(['--bundle', fixture.bundle, 'serch', 'elbonia']);
    expect(run).toEqual({ code: 2, stdout: '', stderr: "osce-tui: unknown command 'serch' (did you mean search?)\n" });
  });

  it('points to --help when no command is near', async () => {
    const run = await runCommand(['--bundle', fixture.bundle, 'foo']);
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr: "osce-tui: unknown command 'foo' (run osce-tui --help for the commands)\n",
    });
  });

  it('takes help [command] as --help', async () => {
    const all = await runCommand(['help']);
    expect(all.code).toBe(0);
    expect(all.stdout).toContain('Commands:');
    const search = await runCommand(['help', 'search']);
    expect(search.code).toBe(0);
    expect(search.stdout).toContain('Usage: osce-tui search');
  });

  it('leaves the commands and their own argument checks alone', async () => {
    expect((await runCommand(['--bundle', fixture.bundle, 'stats', 'extra'])).code).toBe(2);
    expect((await runCommand(['--bundle', fixture.bundle, 'list', '--limit', '1'])).code).toBe(0);
  });

  it('suggests by a unique start or a couple of slips, nothing for far-off words', () => {
    const names = ['open', 'list', 'lookup', 'export', 'search', 'show', 'stats', 'taxonomy'];
    expect(nearestCommand('taxo', names)).toBe('taxonomy');
    expect(nearestCommand('lsit', names)).toBe('list');
    expect(nearestCommand('Serach', names)).toBe('search');
    expect(nearestCommand('xyzzy', names)).toBeUndefined();
  });
});

describe('the built program', () => {
  beforeAll(assertBuiltCliFresh);

  it('says the same for an unknown command and exits 2', () => {
    const run = spawnSync(process.execPath, [BUILT_CLI, '--bundle', fixture.bundle, 'serch'], { encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe("osce-tui: unknown command 'serch' (did you mean search?)\n");
  });
});
