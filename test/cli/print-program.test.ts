import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { assertBuiltCliFresh, BUILT_CLI, ROOT } from '../helpers/built-cli.js';
import { codeCaches, writeOlderBuilds } from '../helpers/code-caches.js';
import { useTempDirs } from '../helpers/temp-dir.js';

// dist/cli.js runs the print commands in the print program (dist/chunks/print.cjs, compiled from a
// V8 code cache kept in the cache folder): what they print must be what the whole program
// (dist/chunks/cli.mjs) prints, byte for byte, errors and exit codes included, whatever the cache holds.
const PROGRAM = join(ROOT, 'dist', 'chunks', 'cli.mjs');

interface Run {
  stdout: string;
  stderr: string;
  status: number | null;
}

function run(entry: string, args: string[], cacheDir: string): Run {
  const result = spawnSync(process.execPath, [entry, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, OSCE_TUI_CACHE_DIR: cacheDir, OSCE_TUI_CONFIG_DIR: join(cacheDir, 'config'), NO_COLOR: '1' },
  });
  return { stdout: result.stdout, stderr: result.stderr, status: result.status };
}

const COMMAND_LINES: string[][] = [
  ['list', '--limit', '20'],
  ['list', '--json', '--limit', '3'],
  ['list', '--limit', 'x'],
  ['list', '--watch', '1'],
  ['list', '--help'],
  ['lookup', 'italy'],
  ['--no-color', 'lookup', 'italy', '--compare', 'odihr'],
  ['lookup', '--json', 'odihr'],
  ['search', 'trafiking'],
  // Text the print program folds with its non-ASCII rules (written as \u escapes by the build).
  ['search', 'Straße', '‘human’'],
  ['lookup', 'TÜRKİYE'],
  ['search', '--json', 'trafiking'],
  ['search'],
  ['show', 'pioneering'],
  ['show', 'pioneering', '--related'],
  ['show', '--json', 'pioneering'],
  ['show', 'no-such-release-anywhere'],
  ['taxonomy'],
  ['taxonomy', '--json'],
  ['stats'],
  ['stats', '--json'],
  ['--bundle', '/nonexistent-osce-bundle', 'list'],
];

describe('the print program', () => {
  const tempDir = useTempDirs('osce-tui-print-');
  // One cache folder for the command lines: the index is built once.
  let sharedCacheDir = '';
  beforeAll(() => {
    assertBuiltCliFresh();
    sharedCacheDir = mkdtempSync(join(tmpdir(), 'osce-tui-print-lines-'));
  });
  afterAll(() => {
    rmSync(sharedCacheDir, { recursive: true, force: true });
  });

  it.each(COMMAND_LINES.map((args) => [args.join(' '), args]))(
    'prints for `%s` what the program prints, with its exit code',
    (_line, args) => {
      const program = run(PROGRAM, args, sharedCacheDir);
      expect(program.stdout + program.stderr).not.toBe('');
      expect(run(BUILT_CLI, args, sharedCacheDir)).toEqual(program);
    },
  );

  it('keeps its compiled code in the cache folder, and replaces a cache V8 rejects', async () => {
    const cacheDir = await tempDir();
    const expected = run(PROGRAM, ['lookup', 'italy'], cacheDir);
    expect(run(BUILT_CLI, ['lookup', 'italy'], cacheDir)).toEqual(expected);
    const [cache] = codeCaches(cacheDir);
    expect(cache).toMatch(/^print-lookup-[0-9a-f]{16}\.bin$/);
    const cacheFile = join(cacheDir, 'code-cache', cache!);
    const written = statSync(cacheFile);
    // Accepted: used as it is, not written again.
    expect(run(BUILT_CLI, ['lookup', 'italy'], cacheDir)).toEqual(expected);
    expect(statSync(cacheFile).mtimeMs).toBe(written.mtimeMs);

    writeFileSync(cacheFile, 'not a code cache');
    // Three older builds of this command: the two written last stay (another install may use them).
    const olderBuilds = writeOlderBuilds(cacheDir, 'print-lookup', 3);
    // Left by a writer killed before its rename (4194305 is above Linux's largest pid).
    writeFileSync(`${cacheFile}.4194305.tmp`, 'half a cache');
    expect(run(BUILT_CLI, ['lookup', 'italy'], cacheDir)).toEqual(expected);
    expect(codeCaches(cacheDir).sort()).toEqual([...olderBuilds.slice(1), cache].sort());
    expect(statSync(cacheFile).size).toBeGreaterThan(written.size / 2);
  });

  it('keeps what it derived from a bundle for the next start, and not after the taxonomy is edited', async () => {
    const root = await tempDir();
    const bundleDir = join(root, 'bundle');
    cpSync(join(ROOT, 'data', 'bundle'), bundleDir, { recursive: true });
    const cacheDir = join(root, 'cache');
    const taxonomy = (): Run => run(BUILT_CLI, ['--bundle', bundleDir, 'taxonomy'], cacheDir);
    const expected = run(PROGRAM, ['--bundle', bundleDir, 'taxonomy'], cacheDir);
    // A file changed in the last two seconds is not remembered: the memo appears once the copy is older.
    await vi.waitFor(
      () => {
        expect(taxonomy()).toEqual(expected);
        expect(existsSync(join(cacheDir, 'bundle-memo'))).toBe(true);
      },
      { timeout: 30_000, interval: 200 },
    );
    expect(taxonomy()).toEqual(expected);

    // The same length: only the file's times and the memo's check of them tell the change.
    const taxonomyFile = join(bundleDir, 'taxonomy.json');
    writeFileSync(taxonomyFile, readFileSync(taxonomyFile, 'utf8').replace('"Fields of work"', '"Fields of wood"'));
    const edited = run(PROGRAM, ['--bundle', bundleDir, 'taxonomy'], cacheDir);
    expect(edited.stdout).toContain('Fields of wood');
    expect(taxonomy()).toEqual(edited);
  });

  it('runs without a cache where the cache folder cannot be written', async () => {
    const cacheDir = join(await tempDir(), 'file-in-the-way');
    writeFileSync(cacheDir, '');
    const taxonomy = run(BUILT_CLI, ['taxonomy'], cacheDir);
    expect(taxonomy).toEqual(run(PROGRAM, ['taxonomy'], cacheDir));
    expect(taxonomy.status).toBe(0);
  });
});
