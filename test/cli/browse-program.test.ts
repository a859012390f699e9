import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuiltCliFresh, BUILT_CLI, ROOT } from '../helpers/built-cli.js';
import { codeCaches, writeOlderBuilds } from '../helpers/code-caches.js';
import { useTempDirs } from '../helpers/temp-dir.js';

// dist/cli.js runs the browser in the browse program (dist/chunks/browse.cjs, compiled from a V8
// code cache kept in the cache folder): in a terminal it must draw what the whole program
// (dist/chunks/cli.mjs) draws, byte for byte, and end with its exit code, whatever the cache holds.
const PROGRAM = join(ROOT, 'dist', 'chunks', 'cli.mjs');
const hasScript = spawnSync('script', ['--version']).status === 0;
// Each test starts the program in a terminal several times.
const TIMEOUT_MS = 60_000;

interface Run {
  terminal: string;
  status: number | null;
}

// Runs in a pseudo-terminal (util-linux `script`) of 80×24 and ends after the first frame; a fresh
// config folder each time, so no run starts where another left.
function runInTerminal(entry: string, args: string[], cacheDir: string, env: NodeJS.ProcessEnv = {}): Run {
  const config = mkdtempSync(join(tmpdir(), 'osce-tui-browse-config-'));
  try {
    const command = ['node', entry, ...args].map((word) => `'${word}'`).join(' ');
    const result = spawnSync('script', ['-qec', `stty cols 80 rows 24; exec ${command}`, '/dev/null'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: {
        ...process.env,
        TERM: 'xterm-256color',
        OSCE_TUI_CACHE_DIR: cacheDir,
        OSCE_TUI_CONFIG_DIR: config,
        OSCE_TUI_EXIT_AFTER_FIRST_FRAME: '1',
        ...env,
      },
    });
    return { terminal: result.stdout, status: result.status };
  } finally {
    rmSync(config, { recursive: true, force: true });
  }
}

const COMMAND_LINES: string[][] = [
  [],
  ['--no-color', '--home'],
  ['open', 'italy'],
  ['--bundle', 'data/bundle', 'open', 'odihr'],
  ['open', 'no-such-entry-anywhere'],
  ['open'],
  ['--bundle', '/nonexistent-osce-bundle'],
];

describe.skipIf(!hasScript)('the browse program', () => {
  const tempDir = useTempDirs('osce-tui-browse-');
  // One cache folder for the command lines: the index is built once, before them.
  let sharedCacheDir = '';
  beforeAll(() => {
    assertBuiltCliFresh();
    sharedCacheDir = mkdtempSync(join(tmpdir(), 'osce-tui-browse-lines-'));
    runInTerminal(PROGRAM, [], sharedCacheDir);
  }, TIMEOUT_MS);
  afterAll(() => {
    rmSync(sharedCacheDir, { recursive: true, force: true });
  });

  it.each(COMMAND_LINES.map((args) => [args.join(' '), args]))(
    'draws for `%s` what the program draws, with its exit code',
    (_line, args) => {
      const program = runInTerminal(PROGRAM, args, sharedCacheDir);
      expect(program.terminal).not.toBe('');
      expect(runInTerminal(BUILT_CLI, args, sharedCacheDir)).toEqual(program);
    },
    TIMEOUT_MS,
  );

  it(
    'keeps its compiled code in the cache folder from the first frame on, and replaces a cache V8 rejects',
    async () => {
      const cacheDir = await tempDir();
      runInTerminal(PROGRAM, ['--home'], cacheDir);
      const expected = runInTerminal(PROGRAM, ['--home'], cacheDir);
      expect(expected.status).toBe(0);
      expect(runInTerminal(BUILT_CLI, ['--home'], cacheDir)).toEqual(expected);
      const [cache] = codeCaches(cacheDir);
      expect(cache).toMatch(/^browse-[0-9a-f]{16}\.bin$/);
      const cacheFile = join(cacheDir, 'code-cache', cache!);
      const written = statSync(cacheFile);
      // Accepted: used as it is, not written again.
      expect(runInTerminal(BUILT_CLI, ['--home'], cacheDir)).toEqual(expected);
      expect(statSync(cacheFile).mtimeMs).toBe(written.mtimeMs);

      writeFileSync(cacheFile, 'not a code cache');
      const olderBuilds = writeOlderBuilds(cacheDir, 'browse', 3);
      expect(runInTerminal(BUILT_CLI, ['--home'], cacheDir)).toEqual(expected);
      // Of three older builds, the two written last stay (another install may use them).
      expect(codeCaches(cacheDir).sort()).toEqual([...olderBuilds.slice(1), cache].sort());
      expect(statSync(cacheFile).size).toBeGreaterThan(written.size / 2);
    },
    TIMEOUT_MS,
  );

  it(
    'draws its first frame after the progress of an index build',
    async () => {
      // A fresh cache folder each time: the index is built first, with its progress bar. Whether
      // the browser's frame came within Ink's throttle of the last progress frame is timing, so
      // several runs.
      for (let run = 0; run < 5; run += 1) {
        const { terminal, status } = runInTerminal(BUILT_CLI, ['--home'], await tempDir());
        expect(status).toBe(0);
        expect(terminal).toContain('Latest releases');
      }
    },
    TIMEOUT_MS,
  );

  it(
    'makes no cache when the browser ends before its first frame',
    async () => {
      const cacheDir = await tempDir();
      expect(runInTerminal(BUILT_CLI, ['open', 'no-such-entry-anywhere'], cacheDir).status).toBe(1);
      expect(readdirSync(cacheDir)).not.toContain('code-cache');
    },
    TIMEOUT_MS,
  );

  it(
    'draws without a cache where its folder cannot be made',
    async () => {
      const cacheDir = await tempDir();
      writeFileSync(join(cacheDir, 'code-cache'), 'a file in the way');
      const expected = runInTerminal(PROGRAM, ['--home'], cacheDir);
      expect(expected.status).toBe(0);
      expect(runInTerminal(BUILT_CLI, ['--home'], cacheDir)).toEqual(runInTerminal(PROGRAM, ['--home'], cacheDir));
      expect(runInTerminal(BUILT_CLI, ['--home'], cacheDir).terminal).toContain('Latest releases');
    },
    TIMEOUT_MS,
  );

  // Ink writes no frame until it ends where it believes it runs in CI, and chalk, which Ink colours
  // with, turns colour off there: a terminal whose environment has CI set (a runner's shell, a
  // server's profile) must still see the browser, in colour, its matches marked. (With the index
  // built: after a progress frame, the switch that ends at the first frame may end before Ink's
  // throttled write of it.)
  const ci = { CI: 'true', CONTINUOUS_INTEGRATION: '1', NO_COLOR: undefined, FORCE_COLOR: undefined };
  it.each([
    ['the browse program', BUILT_CLI],
    ['the whole program', PROGRAM],
  ])(
    '%s draws its first frame in colour where the environment says CI',
    (_name, entry) => {
      const run = runInTerminal(entry, ['--home'], sharedCacheDir, ci);
      expect(run.status).toBe(0);
      // The selected row, black on cyan.
      expect(run.terminal).toContain('\u001b[46m\u001b[30m› Latest releases');
    },
    TIMEOUT_MS,
  );

  // A terminal that shows no colour gets the theme that marks without it, not the colour theme
  // drawn with no styles.
  it.each([
    ['the browse program', BUILT_CLI],
    ['the whole program', PROGRAM],
  ])(
    '%s marks the selection without colour on a dumb terminal',
    (_name, entry) => {
      const run = runInTerminal(entry, ['--home'], sharedCacheDir, { ...ci, TERM: 'dumb' });
      expect(run.status).toBe(0);
      expect(run.terminal).toContain('> Latest releases');
      expect(run.terminal).not.toMatch(/\u001b\[[0-9;]*m/);
    },
    TIMEOUT_MS,
  );
});
