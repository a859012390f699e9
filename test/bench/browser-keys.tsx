// Measures the browser's time per key on a real catalog, in-process (no terminal in between):
// for each key, the time from writing it to stdin until Ink has written the new frame.
// Usage: NODE_ENV=production tsx test/bench/browser-keys.tsx BUNDLE_DIR [CACHE_DIR] [--json] [--only TEXT] [--rounds N]
// (production, as in dist/cli.js: React's development build is several times slower; run-bench
// bundles this file with esbuild in production mode). --json ends with one line:
// {"key_p95_ms", "key_max_ms", "key_cpu_p95_ms", "key_cpu_max_ms", "held_key_frames"}: the worst
// p95 and the slowest single key over all the cases, in wall time and in the process's CPU time
// (on a loaded machine the wall time mostly measures the wait for a core), and how many frames
// 50 presses of ↓ arriving in one read drew.
// (make a bundle with: tsx test/bench/generate-synthetic-bundle.ts --size 20000 --out DIR)
import { openCatalog } from '../../src/catalog/open-catalog.js';
import { formatCount } from '../../src/text/format-count.js';
import { type Screen, START } from '../../src/ui/navigation.js';
import { BACKSPACE, DOWN, END, HOME, PAGE_DOWN, PAGE_UP, UP } from '../ui/keys.js';
import { cleanupSized, renderApp } from '../ui/render-app.js';

const args = process.argv.slice(2);
const json = args.includes('--json');
// --only TEXT: just the cases whose label holds TEXT (to profile one with --cpu-prof).
// --rounds N: N keys per case rather than 60 (the first 10 are not counted).
const option = (name: string): string | undefined => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const only = option('--only');
const rounds = Number(option('--rounds') ?? 60);
const [bundleDir, cacheDir] = args.filter(
  (arg, i) =>
    arg !== '--json' && !['--only', '--rounds'].includes(arg) && !['--only', '--rounds'].includes(args[i - 1]!),
);
if (!bundleDir) {
  process.stderr.write('usage: tsx test/bench/browser-keys.tsx BUNDLE_DIR [CACHE_DIR] [--json]\n');
  process.exit(2);
}
const catalog = await openCatalog(bundleDir, cacheDir ? { cacheDir } : {});

// The first keys of each screen warm up the JIT and are not counted.
const WARM_UP = 10;
const worst = { p95: 0, max: 0, cpuP95: 0, cpuMax: 0 };

function cpuMs(usage: NodeJS.CpuUsage): number {
  return (usage.user + usage.system) / 1000;
}

function quantile(sorted: number[], share: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))]!;
}

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

async function measure(label: string, stack: Screen[], keys: string[], count = rounds): Promise<void> {
  if (only !== undefined && !label.includes(only)) return;
  const app = renderApp({ catalog, initialStack: stack, columns: 80, rows: 24 });
  const times: number[] = [];
  // CPU time per key too: on a loaded machine the wall time mostly measures the wait for a core.
  // Until the key's frame, and until the app is quiet again (effects after the commit, a
  // search's results and their frame, garbage collection).
  const cpuTimes: number[] = [];
  const quietCpuTimes: number[] = [];
  for (let i = 0; i <= count; i++) {
    const keyStart = process.cpuUsage();
    await settle(app.stdout.frames);
    if (i > WARM_UP) quietCpuTimes.push(cpuMs(process.cpuUsage(keyStart)) + cpuTimes.at(-1)!);
    if (i === count) break;
    const key = keys[i % keys.length]!;
    const before = app.stdout.frames.length;
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    app.stdin.write(key);
    while (app.stdout.frames.length === before) await nextTurn();
    const cpu = process.cpuUsage(cpuStart);
    if (i >= WARM_UP) {
      times.push(performance.now() - start);
      cpuTimes.push(cpuMs(cpu));
    }
  }
  cleanupSized();
  times.sort((a, b) => a - b);
  cpuTimes.sort((a, b) => a - b);
  quietCpuTimes.sort((a, b) => a - b);
  const wall = (q: number): number => quantile(times, q);
  const cpu = (q: number): number => quantile(cpuTimes, q);
  const quietCpu = (q: number): number => quantile(quietCpuTimes, q);
  worst.p95 = Math.max(worst.p95, wall(0.95));
  worst.max = Math.max(worst.max, wall(1));
  worst.cpuP95 = Math.max(worst.cpuP95, cpu(0.95));
  worst.cpuMax = Math.max(worst.cpuMax, cpu(1));
  const figures = (q: (share: number) => number): string =>
    `${q(0.5).toFixed(1).padStart(5)} ${q(0.95).toFixed(1).padStart(5)} ${q(1).toFixed(1).padStart(5)}`;
  const line = `${label.padEnd(44)} wall ${figures(wall)}   CPU ${figures(cpu)}   until quiet ${figures(quietCpu)}\n`;
  (json ? process.stderr : process.stdout).write(line);
}

const out = json ? process.stderr : process.stdout;
out.write(`${catalog.title}: ${catalog.totalReleases} releases\n`);
out.write(`${'ms: median / p95 / max'.padEnd(44)} wall time, CPU time to the frame, CPU time until quiet\n`);
const latest: Screen[] = [{ kind: 'latest', list: START }];
await measure('Latest: ↓ / ↑', latest, [DOWN, DOWN, UP]);
await measure('Latest: PgDn / PgUp', latest, [PAGE_DOWN, PAGE_DOWN, PAGE_UP]);
await measure('Latest: End / Home', latest, [END, HOME]);
const biggest = catalog.taxonomy
  .ofKind('state')
  .sort((a, b) => catalog.entityCount(b.id) - catalog.entityCount(a.id))[0]!;
const entity: Screen[] = [{ kind: 'entity', entryId: biggest.id, filters: {}, list: START }];
await measure(`Entity page (${biggest.name}, ${catalog.entityCount(biggest.id)}): ↓ / ↑`, entity, [DOWN, DOWN, UP]);
await measure('Entity page: PgDn / PgUp', entity, [PAGE_DOWN, PAGE_DOWN, PAGE_UP]);
await measure('Entity page: End / Home', entity, [END, HOME]);
await measure('Home: ↓', [], [DOWN]);
const longest = catalog
  .list({}, 0, 50)
  .map((row) => catalog.get(row.id)!)
  .sort((a, b) => JSON.stringify(b.body).length - JSON.stringify(a.body).length)[0]!;
await measure('Article: j / k', [{ kind: 'article', releaseId: longest.id, scroll: 0 }], ['j', 'j', 'k']);
await measure('Article: Space / b', [{ kind: 'article', releaseId: longest.id, scroll: 0 }], [' ', 'b']);
// Typing a query and deleting it again: each key's own frame (the letter in the box), not the
// results that follow it.
const query = 'trafficking';
const typing = [...query, ...Array.from(query, () => BACKSPACE)];
await measure(
  'Search box: a keystroke',
  [{ kind: 'search', id: 1, query: '', editing: true, recall: -1, list: START }],
  typing,
  WARM_UP + typing.length * Math.ceil(rounds / 20),
);
// A held key over a slow link: 50 presses of ↓ in one read must make one frame, not 50.
async function heldKeyFrames(stack: Screen[]): Promise<number> {
  const app = renderApp({ catalog, initialStack: stack, columns: 80, rows: 24 });
  await settle(app.stdout.frames);
  const before = app.stdout.frames.length;
  const cpuStart = process.cpuUsage();
  app.stdin.write(DOWN.repeat(50));
  await settle(app.stdout.frames);
  const cpu = process.cpuUsage(cpuStart);
  const frames = app.stdout.frames.length - before;
  // Every press must still count: the selection is on the 51st release.
  if (!app.lastFrame().includes(`51/${formatCount(catalog.totalReleases)}`))
    throw new Error(`held ↓ did not reach the 51st release:\n${app.lastFrame()}`);
  cleanupSized();
  out.write(`Latest: ↓ held (50 presses in one read)         ${frames} frame(s), CPU ${cpuMs(cpu).toFixed(1)} ms\n`);
  return frames;
}
const heldFrames = only === undefined || 'held'.includes(only) ? await heldKeyFrames(latest) : 0;
out.write(`resident memory after the run: ${Math.round(process.memoryUsage().rss / 1024 / 1024)} MB\n`);
catalog.close();
const round = (ms: number): number => Math.round(ms * 100) / 100;
if (json) {
  const figures = {
    key_p95_ms: round(worst.p95),
    key_max_ms: round(worst.max),
    key_cpu_p95_ms: round(worst.cpuP95),
    key_cpu_max_ms: round(worst.cpuMax),
    held_key_frames: heldFrames,
  };
  process.stdout.write(`${JSON.stringify(figures)}\n`);
}
