// Measures what scrolling through a large result list costs: the fetches the search screen makes
// (50, then 4× as many rows each time), asked as growing limits (the old way: every fetch starts
// over) and as offset pages (only the new rows are computed), plus single fetches of N rows.
//   npx tsx test/bench/search-paging.ts BUNDLE CACHE_DIR [QUERY…]
// CACHE_DIR is where the index is built (a temp folder; never the bench cache).
import { performance } from 'node:perf_hooks';
import { openCatalog } from '../../src/catalog/open-catalog.js';
import type { Catalog } from '../../src/catalog/types.js';

const [bundle, cacheDir, ...rest] = process.argv.slice(2);
if (!bundle || !cacheDir) throw new Error('usage: search-paging.ts BUNDLE CACHE_DIR [QUERY…]');
const queries = rest.length > 0 ? rest : ['synthetic', 'security'];
const PAGE = 50;
const GROWTH = 4;

const open = (): Promise<Catalog> => openCatalog(bundle, { cacheDir });

async function timed<T>(run: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const value = await run();
  return [value, Math.round((performance.now() - started) * 10) / 10];
}

for (const query of queries) {
  const sizes: number[] = [];
  for (let size = PAGE; size < 30_000; size *= GROWTH) sizes.push(size);
  sizes.push(1e9);

  // One fetch of N rows from a fresh catalog (nothing remembered from earlier fetches).
  const single: Record<string, number> = {};
  for (const size of sizes) {
    const catalog = await open();
    await catalog.search(query, { limit: 1 });
    const [results, ms] = await timed(() => catalog.search(query, { limit: size }));
    single[`${results.releases.length}`] = ms;
    catalog.close();
  }

  // The screen's sequence as growing limits, in one catalog.
  let catalog = await open();
  const growing: Record<string, number> = {};
  for (const size of sizes) {
    const [results, ms] = await timed(() => catalog.search(query, { limit: size }));
    growing[`${results.releases.length}`] = ms;
  }
  catalog.close();

  // The same sequence as offset pages: each fetch asks only for the rows after those loaded.
  catalog = await open();
  const paged: Record<string, number> = {};
  let loaded = 0;
  for (const size of sizes) {
    const asked = size - loaded;
    const [results, ms] = await timed(() => catalog.search(query, { offset: loaded, limit: asked }));
    loaded += results.releases.length;
    paged[`${loaded}`] = ms;
    if (results.releases.length < asked) break;
  }
  catalog.close();
  console.log(JSON.stringify({ query, single_fetch_ms: single, growing_limit_ms: growing, offset_pages_ms: paged }));
}
