// Measures the browser's time per key on a real catalog, in-process (no terminal in between):
// for each key, the time from writing it to stdin until Ink has written the new frame.
// Usage: NODE_ENV=production tsx test/bench/browser-keys.tsx BUNDLE_DIR [CACHE_DIR] [--json]
// (production, as in dist/cli.js: React's development build is several times slower; run-bench
// bundles this file with esbuild in production mode). --json ends with one line:
// {"key_p95_ms", "key_max_ms"}, the worst p95 and the slowest single key over all the cases.
// (make a bundle with: tsx test/bench/generate-synthetic-bundle.ts --size 20000 --out DIR)
import { openCatalog } from '../../src/catalog/open-catalog.js';
import { START, type Screen } from '../../src/ui/navigation.js';
import { BACKSPACE, DOWN, END, HOME, PAGE_DOWN, PAGE_UP, UP } from '../ui/keys.js';
import { cleanupSized, renderApp } from '../ui/render-app.js';

const args = process.argv.slice(2);
const json = args.includes('--json');
const [bundleDir, cacheDir] = args.filter((arg) => arg !== '--json');
if (!bundleDir) {
  process.stderr.write('usage: tsx test/bench/browser-keys.tsx BUNDLE_DIR [CACHE_DIR] [--json]\n');
  process.exit(2);
}
const catalog = await openCatalog(bundleDir, cacheDir ? { cacheDir } : {});

// The first keys of each screen warm up the JIT and are not counted.
const WARM_UP = 10;
const worst = { p95: 0, max: 0 };

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

// Waits until no frame has come for a few turns of the event loop and a timer: a search's
// results arrive after the keystroke's own frame and must not be taken for the next key's.
async function settle(frames: string[]): Promise<void> {
  for (let quiet = 0; quiet < 3; ) {
    const before = frames.length;
    await nextTurn();
    await new Promise((resolve) => setTimeout(resolve, 1));
    quiet = frames.length === before ? quiet + 1 : 0;
  }
}

async function measure(label: string, stack: Screen[], keys: string[], rounds = 60): Promise<void> {
  const app = renderApp({ catalog, initialStack: stack, columns: 80, rows: 24 });
  const times: number[] = [];
  // CPU time per key too: on a loaded machine the wall time mostly measures the wait for a core.
  const cpuTimes: number[] = [];
  for (let i = 0; i < rounds; i++) {
    await settle(app.stdout.frames);
    const key = keys[i % keys.length]!;
    const before = app.stdout.frames.length;
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    app.stdin.write(key);
    while (app.stdout.frames.length === before) await nextTurn();
    const cpu = process.cpuUsage(cpuStart);
    if (i >= WARM_UP) {
      times.push(performance.now() - start);
      cpuTimes.push((cpu.user + cpu.system) / 1000);
    }
  }
  cleanupSized();
  times.sort((a, b) => a - b);
  cpuTimes.sort((a, b) => a - b);
  const at = (q: number): number => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
  const cpuMedian = cpuTimes[Math.floor(cpuTimes.length / 2)]!;
  worst.p95 = Math.max(worst.p95, at(0.95));
  worst.max = Math.max(worst.max, at(1));
  const line = `${label.padEnd(44)} median ${at(0.5).toFixed(1)} ms  p95 ${at(0.95).toFixed(1)} ms  max ${at(1).toFixed(1)} ms  (CPU median ${cpuMedian.toFixed(1)} ms)\n`;
  (json ? process.stderr : process.stdout).write(line);
}

const out = json ? process.stderr : process.stdout;
out.write(`${catalog.title}: ${catalog.totalReleases} releases\n`);
const latest: Screen[] = [{ kind: 'latest', list: START }];
await measure('Latest: ↓ / ↑', latest, [DOWN, DOWN, UP]);
await measure('Latest: PgDn / PgUp', latest, [PAGE_DOWN, PAGE_DOWN, PAGE_UP]);
await measure('Latest: End / Home', latest, [END, HOME]);
const biggest = catalog.taxonomy.ofKind('state').sort((a, b) => catalog.entityCount(b.id) - catalog.entityCount(a.id))[0]!;
const entity: Screen[] = [{ kind: 'entity', entryId: biggest.id, filters: {}, list: START }];
await measure(`Entity page (${biggest.name}, ${catalog.entityCount(biggest.id)}): ↓ / ↑`, entity, [DOWN, DOWN, UP]);
await measure('Entity page: PgDn / PgUp', entity, [PAGE_DOWN, PAGE_DOWN, PAGE_UP]);
await measure('Entity page: End / Home', entity, [END, HOME]);
await measure('Home: ↓', [], [DOWN]);
const longest = catalog.list({}, 0, 50).map((row) => catalog.get(row.id)!).sort((a, b) => JSON.stringify(b.body).length - JSON.stringify(a.body).length)[0]!;
await measure('Article: j / k', [{ kind: 'article', releaseId: longest.id, scroll: 0 }], ['j', 'j', 'k']);
await measure('Article: Space / b', [{ kind: 'article', releaseId: longest.id, scroll: 0 }], [' ', 'b']);
// Typing a query and deleting it again: each key's own frame (the letter in the box), not the
// results that follow it.
const query = 'trafficking';
const typing = [...query, ...Array.from(query, () => BACKSPACE)];
await measure('Search box: a keystroke', [{ kind: 'search', id: 1, query: '', editing: true, recall: -1, list: START }], typing, 10 + typing.length * 3);
out.write(`resident memory after the run: ${Math.round(process.memoryUsage().rss / 1024 / 1024)} MB\n`);
catalog.close();
if (json) process.stdout.write(`${JSON.stringify({ key_p95_ms: Math.round(worst.p95 * 100) / 100, key_max_ms: Math.round(worst.max * 100) / 100 })}\n`);
