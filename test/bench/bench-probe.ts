// Measures one synthetic bundle from inside a plain Node process (run-bench bundles this file
// with esbuild, like dist/cli.js, so the figures are not those of a TypeScript loader):
//   build  BUNDLE CACHE  → {"index_build_s"}: a first start after an import (no index yet)
//   search BUNDLE CACHE  → keystroke latencies and resident memory while browsing and searching
import { rmSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { openCatalog } from '../../src/catalog/open-catalog.js';
import type { Catalog, Facet } from '../../src/catalog/types.js';
import { benchQueries } from './bench-probe-queries.js';

function percentile(sorted: number[], share: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)]!;
}

async function measureSearch(catalog: Catalog): Promise<Record<string, number>> {
  let peakRss = process.memoryUsage.rss();
  const sample = (): void => {
    peakRss = Math.max(peakRss, process.memoryUsage.rss());
  };
  browse(catalog, sample);

  const latencies: number[] = [];
  for (const query of benchQueries()) {
    for (let length = 1; length <= query.length; length += 1) {
      const started = performance.now();
      const results = await catalog.search(query.slice(0, length));
      latencies.push(performance.now() - started);
      if (results.superseded) throw new Error('a lone search must not be superseded');
      sample();
    }
  }
  browse(catalog, sample);
  latencies.sort((a, b) => a - b);
  return {
    keystrokes: latencies.length,
    search_median_ms: round(percentile(latencies, 0.5)),
    search_p95_ms: round(percentile(latencies, 0.95)),
    search_max_ms: round(latencies.at(-1) ?? 0),
    rss_mb: Math.round(peakRss / 1024 / 1024),
  };
}

// What a person browsing does: page through Latest, open entity pages with their counts,
// chart and facets, read some articles.
function browse(catalog: Catalog, sample: () => void): void {
  for (let offset = 0; offset < 3_000; offset += 30) catalog.list({}, offset, 30);
  sample();
  const entries = catalog.taxonomy.entries;
  for (const entry of entries) catalog.entityCount(entry.id);
  const facets: Facet[] = ['year', 'type', 'field', 'country', 'source'];
  for (const entry of entries
    .filter((item) => ['state', 'field', 'institution', 'field-operation'].includes(item.kind))
    .slice(0, 40)) {
    const filter = { entities: [entry.id] };
    catalog.count(filter);
    catalog.perYear(filter);
    for (const facet of facets) catalog.facet(filter, facet);
    for (let offset = 0; offset < 300; offset += 30) catalog.list(filter, offset, 30);
    sample();
  }
  for (const row of catalog.list({}, 0, 200)) catalog.get(row.id);
  sample();
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

async function main(): Promise<void> {
  const [mode, bundleDir, cacheDir] = process.argv.slice(2);
  if (!bundleDir || !cacheDir || (mode !== 'build' && mode !== 'search')) {
    process.stderr.write('usage: bench-probe (build|search) BUNDLE CACHE\n');
    process.exit(2);
  }
  if (mode === 'build') {
    rmSync(cacheDir, { recursive: true, force: true });
    const started = performance.now();
    const catalog = await openCatalog(bundleDir, { cacheDir });
    const seconds = (performance.now() - started) / 1000;
    catalog.close();
    process.stdout.write(`${JSON.stringify({ index_build_s: Math.round(seconds * 10) / 10 })}\n`);
    return;
  }
  const started = performance.now();
  const catalog = await openCatalog(bundleDir, { cacheDir, onProgress: () => undefined });
  const openMs = performance.now() - started;
  const figures = await measureSearch(catalog);
  catalog.close();
  process.stdout.write(`${JSON.stringify({ open_ms: round(openMs), ...figures })}\n`);
}

await main();
