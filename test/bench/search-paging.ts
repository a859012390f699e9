// Measures what scrolling through a large result list costs, on a fresh catalog each time:
//   single   one fetch of N rows (what any fetch cost before pages: every fetch started over)
//   growing  the old screen's fetches, limits 50, 200, 800… in one catalog
//   pages    the screen's fetches now: offset pages after the rows loaded (nextSearchLimit),
//            with the number of fetches, the slowest and the sum to reach the last row
//   npx tsx test/bench/search-paging.ts BUNDLE CACHE_DIR [--no-offset] [QUERY…]
// CACHE_DIR is where the index is built (a temp folder; never the bench cache). --no-offset
// skips the pages, to measure a checkout whose engine takes no offset.
import { performance } from 'node:perf_hooks';
import { openCatalog } from '../../src/catalog/open-catalog.js';
import type { Catalog } from '../../src/catalog/types.js';
import type { SearchResults } from '../../src/search/types.js';
import { START } from '../../src/ui/navigation.js';
import { nextSearchLimit, SEARCH_PAGE, type SearchScreen } from '../../src/ui/screens/search/model.js';

const args = process.argv.slice(2);
const withPages = !args.includes('--no-offset');
const [bundle, cacheDir, ...rest] = args.filter((arg) => arg !== '--no-offset');
if (!bundle || !cacheDir) throw new Error('usage: search-paging.ts BUNDLE CACHE_DIR [--no-offset] [QUERY…]');
const queries = rest.length > 0 ? rest : ['synthetic', 'security'];
const OLD_GROWTH = 4;

const open = (): Promise<Catalog> => openCatalog(bundle, { cacheDir });
const round = (ms: number): number => Math.round(ms * 10) / 10;

async function timed(run: () => Promise<SearchResults>): Promise<[SearchResults, number]> {
  const started = performance.now();
  const value = await run();
  return [value, round(performance.now() - started)];
}

// A fresh catalog that has run the query once for one row (names, vocabulary and counts warm).
async function warm(query: string): Promise<Catalog> {
  const catalog = await open();
  await catalog.search(query, { limit: 1 });
  return catalog;
}

for (const query of queries) {
  const sizes: number[] = [];
  for (let size = SEARCH_PAGE; size < 30_000; size *= OLD_GROWTH) sizes.push(size);
  sizes.push(1e9);
  const report: Record<string, unknown> = { query };

  const single: Record<string, number> = {};
  for (const size of sizes) {
    const catalog = await warm(query);
    const [results, ms] = await timed(() => catalog.search(query, { limit: size }));
    single[results.releases.length] = ms;
    catalog.close();
  }
  report.single_fetch_ms = single;

  let catalog = await warm(query);
  const growing: Record<string, number> = {};
  for (const size of sizes) {
    const [results, ms] = await timed(() => catalog.search(query, { limit: size }));
    growing[results.releases.length] = ms;
    if (results.releases.length < size) break;
  }
  catalog.close();
  report.growing_limit_ms = growing;
  report.growing_limit_sum_ms = round(Object.values(growing).reduce((sum, ms) => sum + ms, 0));

  if (withPages) {
    catalog = await warm(query);
    const loaded: SearchResults['releases'] = [];
    const times: number[] = [];
    let screen: SearchScreen = { kind: 'search', id: 1, query, editing: false, recall: -1, list: START };
    for (;;) {
      const wanted = loaded.length === 0 ? SEARCH_PAGE : nextSearchLimit(screen);
      const asked = wanted - loaded.length;
      const [results, ms] = await timed(() => catalog.search(query, { offset: loaded.length, limit: asked }));
      times.push(ms);
      loaded.push(...results.releases);
      screen = { ...screen, results: { ...results, releases: loaded }, limit: wanted, fetched: wanted };
      if (results.releases.length < asked) break;
    }
    catalog.close();
    report.pages = {
      rows: loaded.length,
      fetches: times.length,
      first_ms: times[0],
      slowest_ms: Math.max(...times),
      sum_ms: round(times.reduce((sum, ms) => sum + ms, 0)),
    };
  }
  console.log(JSON.stringify(report));
}
