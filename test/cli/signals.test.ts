import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { writeBundle } from '../../src/bundle/write-bundle.js';
import { assertBuiltCliFresh } from '../helpers/built-cli.js';
import { makeRelease } from '../world/make.js';
import { WORLD_TAXONOMY } from '../world/world.js';

// A real process: signal dispositions and a busy event loop cannot be tested in-process.
const ROOT = join(import.meta.dirname, '..', '..');
const RELEASES = 20_000;
// A bound against hanging only: test machines are shared and busy, and how fast a command ends is a
// timing goal (≤ 1 s), not a unit test's. That the work was cut short is asserted on what it left.
const ENDS_WITHIN_MS = 10_000;
const SIGNAL_NUMBERS = { SIGHUP: 1, SIGINT: 2, SIGTERM: 15 } as const;

let bundle: string;

beforeAll(async () => {
  assertBuiltCliFresh();
  bundle = mkdtempSync(join(tmpdir(), 'osce-tui-signals-'));
  const releases = Array.from({ length: RELEASES }, (_, i) =>
    makeRelease({
      id: `r-${i}`,
      title: `Invented release ${i}`,
      body: [{ kind: 'paragraph', text: 'An invented event took place. '.repeat(30) }],
    }),
  );
  await writeBundle(bundle, { title: 'Signals', taxonomy: WORLD_TAXONOMY, releases, synthetic: true });
}, 120_000);

/** Starts a command, sends `signal` once `ready()` holds, and reports the exit as a shell sees it and how long it took. */
async function interrupt(
  args: string[],
  signal: keyof typeof SIGNAL_NUMBERS,
  ready: (stdout: string) => boolean,
  cacheDir: string,
) {
  const child = spawn('node', ['dist/cli.js', ...args, '--bundle', bundle], {
    cwd: ROOT,
    env: {
      ...process.env,
      OSCE_TUI_CACHE_DIR: cacheDir,
      OSCE_TUI_CONFIG_DIR: mkdtempSync(join(tmpdir(), 'osce-tui-config-')),
    },
  });
  let stdout = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  const exited = new Promise<{ code: number; at: number }>((resolve) =>
    child.on('exit', (code, killedBy) =>
      resolve({ code: code ?? 128 + SIGNAL_NUMBERS[killedBy as keyof typeof SIGNAL_NUMBERS], at: performance.now() }),
    ),
  );
  await vi.waitFor(() => expect(ready(stdout)).toBe(true), { timeout: 60_000, interval: 5 });
  const sentAt = performance.now();
  child.kill(signal);
  const { code, at } = await exited;
  return { code, ms: at - sentAt, stdout };
}

describe('signals end a busy command promptly', () => {
  it('SIGTERM during an index build: exit 143 at once, no temp file and no index left, the next run builds', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'osce-tui-cache-'));
    // Past the first pass (reading the bundle, which awaits anyway): rows are being stored.
    const storing = () =>
      readdirSync(cache).some((name) => name.endsWith('.tmp') && statSync(join(cache, name)).size > 1_000_000);
    const { code, ms } = await interrupt(['list'], 'SIGTERM', storing, cache);
    expect(code).toBe(143);
    expect(ms).toBeLessThan(ENDS_WITHIN_MS);
    expect(readdirSync(cache)).toEqual([]);

    const next = spawnSync('node', ['dist/cli.js', 'list', '--limit', '1', '--json', '--bundle', bundle], {
      cwd: ROOT,
      env: {
        ...process.env,
        OSCE_TUI_CACHE_DIR: cache,
        OSCE_TUI_CONFIG_DIR: mkdtempSync(join(tmpdir(), 'osce-tui-config-')),
      },
      encoding: 'utf8',
    });
    expect(next.status).toBe(0);
    expect(next.stdout).toContain('Invented release');
    expect(readdirSync(cache).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  }, 120_000);

  it('Ctrl-C while export writes a file: exit 130, no temp file and no half-written file', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'osce-tui-cache-'));
    spawnSync('node', ['dist/cli.js', 'stats', '--bundle', bundle], {
      cwd: ROOT,
      env: { ...process.env, OSCE_TUI_CACHE_DIR: cache },
    });
    spawnSync('node', ['dist/cli.js', 'list', '--limit', '1', '--bundle', bundle], {
      cwd: ROOT,
      env: { ...process.env, OSCE_TUI_CACHE_DIR: cache },
    });
    const out = mkdtempSync(join(tmpdir(), 'osce-tui-export-'));
    const writing = () => readdirSync(out).some((name) => name.endsWith('.tmp'));
    const { code, ms } = await interrupt(['export', '--output', join(out, 'all.jsonl')], 'SIGINT', writing, cache);
    expect(code).toBe(130);
    expect(ms).toBeLessThan(ENDS_WITHIN_MS);
    expect(readdirSync(out)).toEqual([]);
  }, 120_000);

  it('SIGHUP while export prints: exit 129 at once', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'osce-tui-cache-'));
    const { code, ms, stdout } = await interrupt(
      ['export', '--format', 'markdown'],
      'SIGHUP',
      (stdout) => stdout.length > 0,
      cache,
    );
    expect(code).toBe(129);
    expect(ms).toBeLessThan(ENDS_WITHIN_MS);
    // It stopped printing: far from every release reached the pipe.
    expect(stdout.split('Invented release').length - 1).toBeLessThan(RELEASES / 2);
    expect(existsSync(cache)).toBe(true);
  }, 120_000);
});
