// Measures the browser's time per key on a real catalog, in-process (no terminal in between):
// for each key, the time from writing it to stdin until Ink has written the new frame.
// Usage: NODE_ENV=production tsx test/bench/browser-keys.tsx BUNDLE_DIR [CACHE_DIR]
// (production, as in dist/cli.js: React's development build is several times slower)
// (make a bundle with: tsx test/bench/generate-synthetic-bundle.ts --size 20000 --out DIR)
import { openCatalog } from '../../src/catalog/open-catalog.js';
import { START, type Screen } from '../../src/ui/navigation.js';
import { cleanupSized, renderApp } from '../ui/render-app.js';

const [bundleDir, cacheDir] = process.argv.slice(2);
if (!bundleDir) {
  process.stderr.write('usage: tsx test/bench/browser-keys.tsx BUNDLE_DIR [CACHE_DIR]\n');
  process.exit(2);
}
const catalog = await openCatalog(bundleDir, cacheDir ? { cacheDir } : {});

const DOWN = '\u001B[B';
const PAGE_DOWN = '\u001B[6~';
const END = '\u001B[F';
const HOME = '\u001B[H';

// The first keys of each screen warm up the JIT and are not counted.
const WARM_UP = 10;

async function measure(label: string, stack: Screen[], keys: string[], rounds = 60): Promise<void> {
  const app = renderApp({ catalog, initialStack: stack, columns: 80, rows: 24 });
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const key = keys[i % keys.length]!;
    const before = app.stdout.frames.length;
    const start = performance.now();
    app.stdin.write(key);
    while (app.stdout.frames.length === before) await new Promise((resolve) => setImmediate(resolve));
    if (i >= WARM_UP) times.push(performance.now() - start);
  }
  cleanupSized();
  times.sort((a, b) => a - b);
  const pick = (q: number): string => times[Math.min(times.length - 1, Math.floor(q * times.length))]!.toFixed(1);
  process.stdout.write(`${label.padEnd(44)} median ${pick(0.5)} ms  p95 ${pick(0.95)} ms  max ${pick(1)} ms\n`);
}

process.stdout.write(`${catalog.title}: ${catalog.totalReleases} releases\n`);
await measure('Latest: ↓', [{ kind: 'latest', list: START }], [DOWN]);
await measure('Latest: PgDn', [{ kind: 'latest', list: START }], [PAGE_DOWN]);
await measure('Latest: End / Home', [{ kind: 'latest', list: START }], [END, HOME]);
const biggest = catalog.taxonomy.ofKind('state').sort((a, b) => catalog.entityCount(b.id) - catalog.entityCount(a.id))[0]!;
const entity: Screen[] = [{ kind: 'entity', entryId: biggest.id, filters: {}, list: START }];
await measure(`Entity page (${biggest.name}, ${catalog.entityCount(biggest.id)}): ↓`, entity, [DOWN]);
await measure('Entity page: End / Home', entity, [END, HOME]);
await measure('Home: ↓', [], [DOWN]);
const longest = catalog.list({}, 0, 50).map((row) => catalog.get(row.id)!).sort((a, b) => JSON.stringify(b.body).length - JSON.stringify(a.body).length)[0]!;
await measure('Article: j / k', [{ kind: 'article', releaseId: longest.id, scroll: 0 }], ['j', 'j', 'k']);
await measure('Article: Space / b', [{ kind: 'article', releaseId: longest.id, scroll: 0 }], [' ', 'b']);
process.stdout.write(`resident memory after the run: ${Math.round(process.memoryUsage().rss / 1024 / 1024)} MB\n`);
catalog.close();
