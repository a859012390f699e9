// npm run bench [-- --json] [-- --size N]
// Generates (once, cached under .bench-cache/) synthetic bundles of 20,000 and 200,000 releases
// and measures: per-keystroke search latency, start to first frame of the browser against a
// bare Ink app, resident memory while browsing and searching, and the index build time.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { cliProgramOptions, inkProgramOptions } from '../../src/tools/esbuild-options.mjs';
import { buildBareInk, FIRST_FRAME_RUNS, measureFirstFrame } from './first-frame.js';
import { GENERATOR_VERSION } from './generate-synthetic-bundle.js';
import { type IncrementalFigures, measureIncrementalArchive } from './incremental-archive.js';
import { measurePrintStartup, type PrintStartupFigures } from './print-startup.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const cacheRoot = join(root, '.bench-cache');

/** One row of the benchmark, keys as `--json` prints them. */
interface BenchFigures extends IncrementalFigures {
  size: number;
  search_p95_ms: number;
  search_median_ms: number;
  first_frame_ms: number | null;
  bare_ink_first_frame_ms: number | null;
  rss_mb: number;
  index_build_s: number;
  /** `--version`/`--help` over `node -e 0` (print-startup.ts). */
  version_ratio: number;
  /** The slowest print command on this bundle (warm index) over `node -e 0`. */
  print_ratio: number;
  /** The worst p95 of the browser's keys (browser-keys.tsx), ms. */
  key_p95_ms: number;
  /** The slowest single key, ms. */
  key_max_ms: number;
  /** The same in the process's CPU time (on a loaded machine the wall time is mostly the wait for a core). */
  key_cpu_p95_ms: number;
  key_cpu_max_ms: number;
  /** Frames drawn for 50 presses of Down arriving in one read (1 when a held key is one render). */
  held_key_frames: number;
  /** p95 of listing the releases related to one (related-releases.ts), ms. */
  related_p95_ms: number;
}

/** The default bundle's row: the print commands only. */
type DefaultBundleFigures = { size: 'default' } & Pick<BenchFigures, 'version_ratio' | 'print_ratio'>;

function log(message: string): void {
  process.stderr.write(`bench: ${message}\n`);
}

async function bundleEntry(entry: string, outfile: string): Promise<void> {
  // The baseline and the probes are built plainly: none of the CLI's start-up savings.
  await build({ ...inkProgramOptions(root), entryPoints: [join(root, entry)], outfile, external: ['better-sqlite3'] });
}

function isGenerated(dir: string, size: number): boolean {
  try {
    const marker = JSON.parse(readFileSync(join(dir, 'generator.json'), 'utf8')) as { version: number; size: number };
    return marker.version === GENERATOR_VERSION && marker.size === size && existsSync(join(dir, 'manifest.json'));
  } catch {
    return false;
  }
}

function runJson(command: string, args: string[]): Record<string, number> {
  const result = spawnSync(command, args, {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 1 << 20,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed with ${result.status}`);
  return JSON.parse(result.stdout.trim().split('\n').at(-1)!) as Record<string, number>;
}

async function measureSize(size: number, probe: string, bareInk: string, browserKeys: string): Promise<BenchFigures> {
  const bundleDir = join(cacheRoot, `synthetic-${size}`);
  const indexDir = join(cacheRoot, `index-${size}`);
  if (!isGenerated(bundleDir, size)) {
    log(`generating ${size} synthetic releases into ${bundleDir}`);
    const result = spawnSync(
      'npx',
      ['tsx', 'test/bench/generate-synthetic-bundle.ts', '--size', String(size), '--out', bundleDir],
      {
        cwd: root,
        stdio: 'inherit',
      },
    );
    if (result.status !== 0) throw new Error('generating the synthetic bundle failed');
  }
  log(`${size}: building the index`);
  const built = runJson('node', [probe, 'build', bundleDir, indexDir]);
  log(`${size}: typing queries and browsing`);
  const searched = runJson('node', [probe, 'search', bundleDir, indexDir]);
  log(`${size}: start to first frame (median of ${FIRST_FRAME_RUNS}, runs alternating with bare Ink)`);
  const frames = await measureFirstFrame({ bundleDir, cacheDir: indexDir, bareInk });
  if (frames.first_frame_ms === null)
    log('osce-tui did not exit after its first frame (OSCE_TUI_EXIT_AFTER_FIRST_FRAME)');
  log(`${size}: an archive that grows (imports into a scratch copy, the index updated after each)`);
  const incremental = measureIncrementalArchive(bundleDir, join(cacheRoot, `incremental-${size}`));
  // The imports above leave the scratch copy's pages (up to 1.3 GB) for the kernel to write back:
  // written meanwhile, they slowed the short print runs below (--version 1.25-1.31x at 20k, 1.05 alone);
  // with 11 rounds one run still gave 2.12x at 200k where 21 alone gave 1.42x.
  spawnSync('sync');
  const print = printStartup(`${size}`, { bundleDir, cacheDir: indexDir, runs: PRINT_RUNS_SYNTHETIC });
  log(`${size}: keys in the browser (browser-keys.tsx)`);
  const keys = runJson('node', [browserKeys, bundleDir, indexDir, '--json']);
  log(`${size}: related releases (related-releases.ts)`);
  const related = runJson('npx', ['tsx', 'test/bench/related-releases.ts', bundleDir, indexDir, '--json']);
  return {
    ...incremental,
    size,
    search_p95_ms: searched.search_p95_ms!,
    search_median_ms: searched.search_median_ms!,
    ...frames,
    rss_mb: searched.rss_mb!,
    index_build_s: built.index_build_s!,
    version_ratio: print.version_ratio,
    print_ratio: print.print_ratio,
    key_p95_ms: keys.key_p95_ms!,
    key_max_ms: keys.key_max_ms!,
    key_cpu_p95_ms: keys.key_cpu_p95_ms!,
    key_cpu_max_ms: keys.key_cpu_max_ms!,
    held_key_frames: keys.held_key_frames!,
    related_p95_ms: related.related_p95_ms!,
  };
}

// Print commands against `node -e 0`, alternating (test/bench/print-startup.ts); each command's
// ratio goes to the log, the worst into the table.
const PRINT_RUNS_DEFAULT = 21;
const PRINT_RUNS_SYNTHETIC = 21;

function printStartup(what: string, options: Parameters<typeof measurePrintStartup>[0]): PrintStartupFigures {
  log(`print commands on ${what}: ${options.runs} rounds alternating with node -e 0`);
  const figures = measurePrintStartup(options);
  const each = Object.entries(figures.ratios)
    .map(([name, ratio]) => `${name} ${ratio}x`)
    .join(', ');
  log(
    `node -e 0 ${figures.node_ms} ms; ${each}; worst ${figures.print_worst}, per-round spread ${figures.print_spread}x`,
  );
  return figures;
}

function table(rows: Array<BenchFigures | DefaultBundleFigures>): string {
  const header = [
    'size',
    'search p95 ms',
    'search median ms',
    'first frame ms',
    'bare Ink first frame ms',
    'RSS MB',
    'index build s',
    'version_ratio',
    'print_ratio',
    'key_p95_ms',
    'key_max_ms',
    'key_cpu_p95_ms',
    'key_cpu_max_ms',
    'held_key_frames',
  ];
  header.push(
    'build RSS MB',
    'warm list ms',
    'import one s',
    'reopen after import ms',
    'import 500 s',
    'segment reopen ms',
    'related_p95_ms',
  );
  const lines = rows.map((row) => {
    const r = row as Partial<BenchFigures> & { size: number | 'default' };
    return [
      r.size,
      r.search_p95_ms,
      r.search_median_ms,
      r.first_frame_ms,
      r.bare_ink_first_frame_ms,
      r.rss_mb,
      r.index_build_s,
      r.version_ratio,
      r.print_ratio,
      r.key_p95_ms,
      r.key_max_ms,
      r.key_cpu_p95_ms,
      r.key_cpu_max_ms,
      r.held_key_frames,
      r.build_rss_mb,
      r.warm_list_ms,
      r.import_one_s,
      r.reopen_after_import_ms,
      r.import_500_s,
      r.segment_reopen_ms,
      r.related_p95_ms,
    ].map((cell) => String(cell ?? 'n/a'));
  });
  const widths = header.map((title, column) => Math.max(title.length, ...lines.map((line) => line[column]!.length)));
  const format = (cells: string[]): string =>
    `| ${cells.map((cell, column) => cell.padStart(widths[column]!)).join(' | ')} |`;
  return [format(header), `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`, ...lines.map(format)].join(
    '\n',
  );
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const sizeIndex = args.indexOf('--size');
  const sizes = sizeIndex === -1 ? [20_000, 200_000] : [Number(args[sizeIndex + 1])];
  if (sizes.some((size) => !Number.isInteger(size) || size < 1)) {
    process.stderr.write('usage: npm run bench -- [--json] [--size N]\n');
    process.exit(2);
  }
  mkdirSync(cacheRoot, { recursive: true });
  spawnSync('node', ['src/tools/build.mjs', '--if-needed'], { cwd: root, stdio: 'inherit' });
  const probe = join(cacheRoot, 'bench-probe.mjs');
  const bareInk = join(cacheRoot, 'bare-ink.mjs');
  await bundleEntry('test/bench/bench-probe.ts', probe);
  // Beside the probe, as in dist/: the index build fills the full text in this worker (full-text-build.ts).
  await bundleEntry('src/index/full-text-worker.ts', join(cacheRoot, 'full-text-worker.js'));
  await buildBareInk(bareInk);
  // Keys are timed on the browser as dist/ builds it (its build-time savings included).
  const browserKeys = join(cacheRoot, 'browser-keys.mjs');
  await build({
    ...cliProgramOptions(root),
    entryPoints: [join(root, 'test/bench/browser-keys.tsx')],
    outfile: browserKeys,
  });

  const rows: Array<BenchFigures | DefaultBundleFigures> = [];
  // The builds above were just written: on the disk first, so that the print runs time only themselves.
  spawnSync('sync');
  const print = printStartup('the default bundle', {
    cacheDir: join(cacheRoot, 'index-default'),
    runs: PRINT_RUNS_DEFAULT,
  });
  rows.push({ size: 'default', version_ratio: print.version_ratio, print_ratio: print.print_ratio });
  if (json) process.stdout.write(`${JSON.stringify(rows[0])}\n`);
  for (const size of sizes) {
    const row = await measureSize(size, probe, bareInk, browserKeys);
    rows.push(row);
    if (json) process.stdout.write(`${JSON.stringify(row)}\n`);
  }
  if (!json) process.stdout.write(`${table(rows)}\n`);
}

await main();
