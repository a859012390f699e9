/**
 * The full index build of one bundle, step by step: builds the index into a scratch cache folder
 * (deleted first) and prints each step's wall and CPU seconds (OSCE_TUI_BUILD_TIMINGS), the
 * total, the peak resident memory and the load average. Not a test; run e.g.
 *   /usr/bin/time -v npx tsx test/bench/index-build.ts .bench-cache/synthetic-200000 .bench-cache/build-200000
 * The machine is shared: compare CPU seconds as well as wall, and note the load.
 */
import { rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { openBundleIndex } from '../../src/index/open-bundle-index.js';

const [bundleDir, cacheDir] = process.argv.slice(2);
if (!bundleDir || !cacheDir) throw new Error('usage: tsx test/bench/index-build.ts BUNDLE_DIR SCRATCH_CACHE_DIR');

process.env.OSCE_TUI_BUILD_TIMINGS = '1';
rmSync(cacheDir, { recursive: true, force: true });
const load = (): string => loadavg().map((value) => value.toFixed(2)).join(' ');
const loadBefore = load();
const started = performance.now();
const cpu = process.cpuUsage();
const { index } = await openBundleIndex(bundleDir, cacheDir);
const wall = (performance.now() - started) / 1000;
const used = process.cpuUsage(cpu);
index.db.close();
const figures = {
  index_build_s: Math.round(wall * 10) / 10,
  index_build_cpu_s: Math.round((used.user + used.system) / 1e5) / 10,
  peak_rss_mb: Math.round(process.resourceUsage().maxRSS / 1024),
  load_before: loadBefore,
  load_after: load(),
};
process.stdout.write(`${JSON.stringify(figures)}\n`);
