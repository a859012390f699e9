/**
 * Related releases: how long the reader's `R` takes to list the releases most related to one,
 * from its id (the release read from the bundle, then findRelated over the index). Not a test;
 * run with
 *   npx tsx test/bench/related-releases.ts BUNDLE CACHE_DIR [--samples N] [--json]
 * on a bundle whose index in CACHE_DIR is built (it is built first otherwise). The last line of
 * stdout with --json is {related_p95_ms, related_median_ms, related_max_ms, related_cpu_p95_ms, samples}.
 */
import { performance } from 'node:perf_hooks';
import { openCatalog } from '../../src/catalog/open-catalog.js';
import { findRelated } from '../../src/related/find-related.js';

const args = process.argv.slice(2);
const [bundleDir, cacheDir] = args.filter((arg, index) => !arg.startsWith('--') && args[index - 1] !== '--samples');
const samplesAt = args.indexOf('--samples');
const samples = samplesAt === -1 ? 200 : Number(args[samplesAt + 1]);
if (!bundleDir || !cacheDir || !Number.isInteger(samples) || samples < 1) {
  process.stderr.write('usage: npx tsx test/bench/related-releases.ts BUNDLE CACHE_DIR [--samples N] [--json]\n');
  process.exit(2);
}

const catalog = await openCatalog(bundleDir, { cacheDir });
// A fixed seed: the same releases every run.
let seed = 13;
const random = (): number => {
  seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
  return seed / 2_147_483_648;
};
const ids = catalog.index.db.prepare('SELECT id FROM releases ORDER BY ord').pluck().all() as string[];
const picked = Array.from({ length: samples }, () => ids[Math.floor(random() * ids.length)]!);

// Two warm-up rounds: the first `R` of a session pays for preparing statements, as does the bench's.
for (const id of picked.slice(0, 2)) findRelated(catalog, catalog.get(id)!);
const times: number[] = [];
// CPU time too: on a loaded machine wall time is mostly waiting for a core.
const cpuTimes: number[] = [];
let listed = 0;
for (const id of picked) {
  const start = performance.now();
  const cpu = process.cpuUsage();
  const release = catalog.get(id)!;
  listed += findRelated(catalog, release).related.length;
  const used = process.cpuUsage(cpu);
  times.push(performance.now() - start);
  cpuTimes.push((used.user + used.system) / 1000);
}
catalog.close();
const at = (list: number[], share: number): number => {
  const sorted = [...list].sort((a, b) => a - b);
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))]! * 100) / 100;
};
const figures = {
  related_p95_ms: at(times, 0.95),
  related_median_ms: at(times, 0.5),
  related_max_ms: at(times, 1),
  related_cpu_p95_ms: at(cpuTimes, 0.95),
  samples,
};
process.stderr.write(
  `related: ${samples} releases of ${ids.length}, ${(listed / samples).toFixed(1)} related each; median ${figures.related_median_ms} ms, p95 ${figures.related_p95_ms} ms (CPU p95 ${figures.related_cpu_p95_ms} ms), max ${figures.related_max_ms} ms\n`,
);
if (args.includes('--json')) process.stdout.write(`${JSON.stringify(figures)}\n`);
