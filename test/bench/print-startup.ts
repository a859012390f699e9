// How fast the print commands start, as ratios to `node -e 0` measured in the same run: each
// round runs `node -e 0` and every command once, turn about, so a change in the machine's load
// weighs on all alike; the figure is the median over the rounds.
// Usage: tsx test/bench/print-startup.ts [BUNDLE_DIR CACHE_DIR] [--runs N]
// (without a bundle: the packaged data/bundle; needs `npm run build` first)
import { spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const DEFAULT_RUNS = 11;

/** The figures of one bundle, keys as `npm run bench -- --json` prints them. */
export interface PrintStartupFigures {
  /** Median of `node -e 0`, ms. */
  node_ms: number;
  /** The slower of --version and --help, over `node -e 0`. */
  version_ratio: number;
  /** The slowest print command over `node -e 0`. */
  print_ratio: number;
  /** Which print command that was. */
  print_worst: string;
  /** Every command's ratio, for the log. */
  ratios: Record<string, number>;
  /** Highest over lowest of the per-round ratios of the worst command: how noisy the run was. */
  print_spread: number;
}

// The id of the bundle's first release: `show ID` works on any bundle without reading it all here.
function firstReleaseId(bundleDir: string): string {
  const fd = openSync(join(bundleDir, 'releases.jsonl'), 'r');
  try {
    const buffer = Buffer.alloc(4096);
    const length = readSync(fd, buffer, 0, buffer.length, 0);
    const match = /"id":"([^"]+)"/.exec(buffer.toString('utf8', 0, length));
    if (!match) throw new Error(`no release id at the start of ${bundleDir}/releases.jsonl`);
    return match[1]!;
  } finally {
    closeSync(fd);
  }
}

/** The commands measured: name → arguments after `node dist/cli.js`. */
function commands(bundleDir: string | undefined): Array<[string, string[]]> {
  const bundle = bundleDir ? ['--bundle', bundleDir] : [];
  const showQuery = bundleDir ? firstReleaseId(bundleDir) : 'pioneering';
  return [
    ['--version', ['--version']],
    ['--help', ['--help']],
    ['show', [...bundle, 'show', showQuery]],
    ['lookup', [...bundle, 'lookup', 'italy']],
    ['list', [...bundle, 'list', '--limit', '20']],
    ['search', [...bundle, 'search', 'trafiking']],
    ['taxonomy', [...bundle, 'taxonomy']],
    ['stats', [...bundle, 'stats']],
  ];
}

function timeRun(args: string[], env: NodeJS.ProcessEnv): number {
  const started = performance.now();
  const result = spawnSync(process.execPath, args, {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 64 << 20,
  });
  const elapsed = performance.now() - started;
  if (result.status !== 0)
    throw new Error(`node ${args.join(' ')} failed with ${result.status}: ${result.stderr.toString()}`);
  return elapsed;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

const round2 = (value: number): number => Math.round(value * 100) / 100;

/**
 * Times `node -e 0` and each print command, alternating, `runs` rounds after one warm-up round
 * (which also builds the index in cacheDir when it is missing).
 */
export function measurePrintStartup(options: {
  bundleDir?: string;
  cacheDir: string;
  runs?: number;
}): PrintStartupFigures {
  const runs = options.runs ?? DEFAULT_RUNS;
  mkdirSync(options.cacheDir, { recursive: true });
  const configDir = join(options.cacheDir, 'config');
  mkdirSync(configDir, { recursive: true });
  const env = { ...process.env, OSCE_TUI_CACHE_DIR: options.cacheDir, OSCE_TUI_CONFIG_DIR: configDir, NO_COLOR: '1' };
  const programs: Array<[string, string[]]> = [
    ['node -e 0', ['-e', '0']],
    ...commands(options.bundleDir).map(([name, args]): [string, string[]] => [
      name,
      [join(root, 'dist', 'cli.js'), ...args],
    ]),
  ];
  const times = new Map(programs.map(([name]) => [name, [] as number[]]));
  for (let round = -1; round < runs; round += 1) {
    for (const [name, args] of programs) {
      const time = timeRun(args, env);
      if (round >= 0) times.get(name)!.push(time);
    }
  }
  const nodeTimes = times.get('node -e 0')!;
  const nodeMs = median(nodeTimes);
  const ratios: Record<string, number> = {};
  for (const [name] of programs.slice(1)) ratios[name] = round2(median(times.get(name)!) / nodeMs);
  const printNames = Object.keys(ratios).filter((name) => !name.startsWith('--'));
  const worst = printNames.reduce((a, b) => (ratios[b]! > ratios[a]! ? b : a));
  const perRound = times.get(worst)!.map((time, i) => time / nodeTimes[i]!);
  return {
    node_ms: Math.round(nodeMs),
    version_ratio: Math.max(ratios['--version']!, ratios['--help']!),
    print_ratio: ratios[worst]!,
    print_worst: worst,
    ratios,
    print_spread: round2(Math.max(...perRound) / Math.min(...perRound)),
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const runsAt = args.indexOf('--runs');
  const runs = runsAt === -1 ? DEFAULT_RUNS : Number(args[runsAt + 1]);
  const positional = args.filter((_, i) => i !== runsAt && i !== runsAt + 1);
  const [bundleDir, cacheDir] = positional;
  const figures = measurePrintStartup({
    bundleDir,
    cacheDir: cacheDir ?? join(root, '.bench-cache', 'index-default'),
    runs,
  });
  process.stdout.write(`${JSON.stringify(figures, null, 2)}\n`);
}
