/**
 * The full index build of one bundle, step by step, as a user meets it: the first
 * `osce-tui list --limit 1` of the built program (dist/cli.js, whose build reads release texts in
 * a worker thread) with an empty scratch cache folder. Prints each step's wall and CPU seconds
 * (OSCE_TUI_BUILD_TIMINGS; CPU is the whole process's, worker included), then one JSON line: wall,
 * CPU (user + system) and peak RSS of the whole run (/usr/bin/time) and the load average before
 * and after. The machine may be shared: compare CPU seconds as well as wall, and note the load.
 * Not a test; run e.g.
 *   npm run build && npx tsx test/bench/index-build.ts .bench-cache/synthetic-200000 .bench-cache/build-200000
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';

const [bundleDir, cacheDir, cli = 'dist/cli.js'] = process.argv.slice(2);
if (!bundleDir || !cacheDir) throw new Error('usage: tsx test/bench/index-build.ts BUNDLE_DIR SCRATCH_CACHE_DIR [CLI]');

rmSync(cacheDir, { recursive: true, force: true });
const configDir = mkdtempSync(join(tmpdir(), 'osce-tui-index-build-'));
const load = (): string =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');
const loadBefore = load();
const result = spawnSync(
  '/usr/bin/time',
  ['-f', 'TIME %e %U %S %M', process.execPath, cli, '--bundle', bundleDir, 'list', '--limit', '1', '--json'],
  {
    env: { ...process.env, OSCE_TUI_BUILD_TIMINGS: '1', OSCE_TUI_CACHE_DIR: cacheDir, OSCE_TUI_CONFIG_DIR: configDir },
    encoding: 'utf8',
  },
);
rmSync(configDir, { recursive: true, force: true });
const lines = result.stderr.split('\n');
const time = lines.find((line) => line.startsWith('TIME '));
if (result.status !== 0 || !time) throw new Error(`the build failed (${result.status}): ${result.stderr}`);
process.stderr.write(`${lines.filter((line) => line.startsWith('index build ')).join('\n')}\n`);
const [wall, user, system, maxRssKb] = time.slice(5).split(' ').map(Number) as [number, number, number, number];
const figures = {
  index_build_s: wall,
  index_build_cpu_s: Math.round((user + system) * 10) / 10,
  peak_rss_mb: Math.round(maxRssKb / 1024),
  load_before: loadBefore,
  load_after: load(),
};
process.stdout.write(`${JSON.stringify(figures)}\n`);
