import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuiltCliFresh, BUILT_CLI, ROOT } from '../helpers/built-cli.js';
import { useTempDirs } from '../helpers/temp-dir.js';

// Output that cannot be written (a full disk; /dev/full says ENOSPC to every write) is an error a
// user can act on: one line on stderr and exit code 1, from the print program and the whole one.
const PROGRAM = join(ROOT, 'dist', 'chunks', 'cli.mjs');

/** Runs `command args` with stdout opened on `outFile`; what it said on stderr and its exit code. */
function runInto(outFile: string, cacheDir: string, command: string, args: string[]) {
  const out = openSync(outFile, 'w');
  try {
    const result = spawnSync(command, args, {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: ['ignore', out, 'pipe'],
      env: { ...process.env, OSCE_TUI_CACHE_DIR: cacheDir, OSCE_TUI_CONFIG_DIR: join(cacheDir, 'config') },
    });
    return { stderr: result.stderr, status: result.status };
  } finally {
    closeSync(out);
  }
}

describe.skipIf(!existsSync('/dev/full'))('a print command whose output cannot be written', () => {
  const tempDir = useTempDirs('osce-tui-write-errors-');
  beforeAll(() => {
    assertBuiltCliFresh();
  });

  it.each([
    [BUILT_CLI, ['stats']],
    [BUILT_CLI, ['list', '--json']],
    [PROGRAM, ['taxonomy']],
    // dist/cli.js answers these itself (src/cli/quick-entry.ts).
    [BUILT_CLI, ['--version']],
  ])('%s %j says so in one line and exits 1', async (entry, args) => {
    expect(runInto('/dev/full', await tempDir(), process.execPath, [entry, ...args])).toEqual({
      stderr: expect.stringMatching(/^osce-tui: cannot write the output: ENOSPC[^\n]*\n$/),
      status: 1,
    });
  });

  // Both programs write a file with fs.writeSync themselves (src/cli/direct-stdout.ts): a file
  // that cannot grow (here: a 1 KiB file size limit, the signal ignored, as Node does) fails its
  // write with EFBIG. Node's own stream for a file took the first, short write for a whole one:
  // output of one write (JSON, help) ended cut at 1 KiB with code 0.
  it.each([
    [BUILT_CLI, ['--bundle', 'test/fixtures/bundle', 'taxonomy', '--json']],
    [BUILT_CLI, ['--help']],
    [PROGRAM, ['--bundle', 'test/fixtures/bundle', 'taxonomy', '--json']],
    // The whole program's: `compare` is not a print command.
    [BUILT_CLI, ['compare', '--help']],
  ])('says so when a redirected file cannot take the output of %s %j', async (entry, args) => {
    const dir = await tempDir();
    const script = 'trap "" XFSZ; ulimit -f 1; exec "$@"';
    expect(
      runInto(join(dir, 'out.txt'), dir, '/bin/sh', ['-c', script, 'sh', process.execPath, entry, ...args]),
    ).toEqual({
      stderr: expect.stringMatching(/^osce-tui: cannot write the output: EFBIG[^\n]*\n$/),
      status: 1,
    });
  });
});
