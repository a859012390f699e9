/**
 * Sync throughput: a fixture site on 127.0.0.1 with invented articles (test/sync/fixture-site.ts),
 * synced into an empty bundle with the pause between requests set to 0. Prints articles per
 * second and the resident set size sampled over the run. Not a test; run with
 *   npx tsx test/bench/sync-throughput.ts [articles=1000]
 * Everything is written in a temp folder and deleted afterwards.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadBundle } from '../../src/bundle/load-bundle.js';
import { runSync } from '../../src/sync/run-sync.js';
import { FixtureSite, inventArticles } from '../sync/fixture-site.js';

const ARTICLES = Number(process.argv[2] ?? 1000);
/** `dry` as the second argument: fetch and read but write no bundle (to see what the writes cost). */
const DRY = process.argv[3] === 'dry';
const MB = 1024 * 1024;

const root = mkdtempSync(join(tmpdir(), 'osce-tui-sync-bench-'));
const site = await new FixtureSite(inventArticles(ARTICLES)).start();
const rss: number[] = [];
const sampler = setInterval(() => rss.push(process.memoryUsage().rss), 100);
try {
  const started = performance.now();
  const report = await runSync({
    bundleDir: join(root, 'bundle'),
    cacheDir: join(root, 'cache'),
    base: site.url,
    sources: ['press-releases'],
    maxRequests: Number.POSITIVE_INFINITY,
    full: false,
    dryRun: DRY,
    userAgent: 'osce-tui/bench',
    pace: { minDelayMs: 0, jitterMs: 0 },
  });
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  const full = DRY
    ? report.new.length
    : (await loadBundle(join(root, 'bundle'))).releases.filter((release) => !release.summary).length;
  const quarter = (index: number) =>
    (rss[Math.min(rss.length - 1, Math.floor((rss.length - 1) * index))]! / MB).toFixed(0);
  console.log(
    `sync of ${ARTICLES} articles (${report.requests} requests, stopped: ${report.stoppedBecause}): ${seconds.toFixed(1)} s`,
  );
  console.log(
    `  ${(full / seconds).toFixed(1)} articles/s, ${(report.requests / seconds).toFixed(1)} requests/s; ${full} full releases in the bundle`,
  );
  console.log(
    `  RSS at 0/25/50/75/100% of the run: ${[0, 0.25, 0.5, 0.75, 1].map(quarter).join(' / ')} MB (min ${(Math.min(...rss) / MB).toFixed(0)}, max ${(Math.max(...rss) / MB).toFixed(0)})`,
  );
} finally {
  clearInterval(sampler);
  await site.stop();
  rmSync(root, { recursive: true, force: true });
}
