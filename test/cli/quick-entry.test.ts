import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProgram } from '../../src/cli/program.js';
import { assertBuiltCliFresh } from '../helpers/built-cli.js';

// dist/cli.js answers --version and --help without loading the program (src/cli/quick-entry.ts):
// what it prints must be what the program prints, byte for byte, and everything else must still
// reach the program.
const ROOT = join(import.meta.dirname, '..', '..');
// The print commands keep their compiled code in the cache folder.
const CACHE_DIR = mkdtempSync(join(tmpdir(), 'osce-tui-quick-'));

function run(entry: string, args: string[]): { stdout: string; stderr: string; status: number | null } {
  const result = spawnSync('node', [entry, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, OSCE_TUI_CACHE_DIR: CACHE_DIR, NO_COLOR: '1' },
  });
  return { stdout: result.stdout, stderr: result.stderr, status: result.status };
}

beforeAll(() => {
  assertBuiltCliFresh();
});
afterAll(() => {
  rmSync(CACHE_DIR, { recursive: true, force: true });
});

describe('dist/cli.js', () => {
  it.each([['--version'], ['--help'], ['-h'], ['help']])(
    'prints for %s what the program prints, with exit code 0',
    (arg) => {
      const quick = run('dist/cli.js', [arg]);
      expect(quick).toEqual(run('dist/chunks/cli.mjs', [arg]));
      expect(quick.status).toBe(0);
      expect(quick.stdout).not.toBe('');
    },
  );

  it('prints the help of the current source, as a pipe gets it (80 columns)', () => {
    const program = createProgram().configureOutput({ getOutHelpWidth: () => 80, getOutHasColors: () => false });
    expect(run('dist/cli.js', ['--help']).stdout).toBe(program.helpInformation());
  });

  it('hands every other command line to the program', () => {
    const typo = run('dist/cli.js', ['serch']);
    expect(typo).toEqual({
      stdout: '',
      stderr: "osce-tui: unknown command 'serch' (did you mean search?)\n",
      status: 2,
    });
    expect(run('dist/cli.js', ['taxonomy', '--help']).stdout).toMatch(/^Usage: osce-tui taxonomy/);
  });
});
