// Figures of an archive that grows (issue 8), measured on a scratch copy of a synthetic bundle
// through the built CLI (`node dist/cli.js`), so they are whatever import and index the branch has:
//   full_build_s, build_rss_mb  the first `list --limit 1` (the whole index built), peak RSS
//   warm_list_ms                `list --limit 1` with the index current (median of 5)
//   import_one_s                `import` of one new page, wall
//   reopen_after_import_ms      the next `list --limit 1` (index brought up to date)
//   import_500_s                `import` of 500 new pages plus the next `list --limit 1`
//   segment_reopen_ms           `list --limit 1` after one new segment of 1 release lands
//                               (the index part alone: applied incrementally, not rebuilt)
// Run alone: npx tsx test/bench/incremental-archive.ts BUNDLE_DIR
import { spawnSync } from 'node:child_process';
import {
  closeSync,
  copyFileSync,
  linkSync,
  mkdirSync,
  openSync,
  readdirSync,
  readSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The incremental-archive columns of one bundle size. */
export interface IncrementalFigures {
  full_build_s: number;
  build_rss_mb: number;
  warm_list_ms: number;
  import_one_s: number;
  reopen_after_import_ms: number;
  import_500_s: number;
  segment_reopen_ms: number;
}

interface Run {
  ms: number;
  rssMb: number;
}

// GNU time reports the peak resident set of the child in kB on the last line of stderr.
function runCli(args: string[], env: NodeJS.ProcessEnv): Run {
  const started = performance.now();
  const result = spawnSync('/usr/bin/time', ['-f', '%M', 'node', 'dist/cli.js', ...args], {
    cwd: root,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  const ms = performance.now() - started;
  if (result.status !== 0)
    throw new Error(`osce-tui ${args.join(' ')} failed (${result.status}): ${result.stderr.slice(-500)}`);
  const kb = Number(result.stderr.trim().split('\n').at(-1));
  return { ms, rssMb: Math.round(kb / 1024) };
}

// Plain pages in the importer's "label line, value line" layout; every title says SYNTHETIC,
// every text is invented.
function writePages(dir: string, count: number, tag: string): string[] {
  mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  for (let n = 1; n <= count; n += 1) {
    const file = join(dir, `page-${tag}-${n}.txt`);
    const text = [
      'News item',
      `SYNTHETIC incremental release ${tag} ${n}`,
      'Date:',
      `${1 + (n % 28)} May 2031`,
      'Place:',
      'VIENNA',
      `VIENNA, ${1 + (n % 28)} May 2031 – An invented workshop number ${n} of batch ${tag} met to test an archive that grows.`,
      'This paragraph is synthetic and describes nothing that happened.',
    ].join('\n');
    writeFileSync(file, `${text}\n`);
    files.push(file);
  }
  return files;
}

// Hard links instead of copies where the file system allows: 1.3 GB at 200,000 releases. Safe
// because a bundle's files are never changed in place (segments are added, rewrites are renamed in).
function linkBundle(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const name of readdirSync(from)) {
    const source = join(from, name);
    if (statSync(source).isDirectory()) {
      linkBundle(source, join(to, name));
      continue;
    }
    try {
      linkSync(source, join(to, name));
    } catch {
      copyFileSync(source, join(to, name));
    }
  }
}

// The first line of a file without reading it all (a 200,000-release file is past a string's limit).
function firstLine(file: string): string {
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(1 << 20);
    const read = readSync(fd, buffer, 0, buffer.length, 0);
    return buffer.subarray(0, read).toString('utf8').split('\n', 1)[0]!;
  } finally {
    closeSync(fd);
  }
}

function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
}

/** Measures the incremental-archive figures on a scratch copy of `bundleDir` (left untouched). */
export function measureIncrementalArchive(bundleDir: string, scratchDir: string): IncrementalFigures {
  rmSync(scratchDir, { recursive: true, force: true });
  const bundle = join(scratchDir, 'bundle');
  const cache = join(scratchDir, 'cache');
  linkBundle(bundleDir, bundle);
  const env = { OSCE_TUI_CACHE_DIR: cache };
  const list = ['list', '--limit', '1', '--json', '--bundle', bundle];

  const build = runCli(list, env);
  const warm = median([0, 1, 2, 3, 4].map(() => runCli(list, env).ms));
  const importOne = runCli(['import', '--bundle', bundle, ...writePages(join(scratchDir, 'pages-one'), 1, 'one')], env);
  const reopen = runCli(list, env);
  const import500 = runCli(
    ['import', '--bundle', bundle, ...writePages(join(scratchDir, 'pages-500'), 500, 'many')],
    env,
  );
  const after500 = runCli(list, env);

  // The index part alone: a new segment written as the v2 format does (later file wins).
  runCli(list, env);
  const segmentsDir = join(bundle, 'releases');
  mkdirSync(segmentsDir, { recursive: true });
  const line = firstLine(join(bundle, 'releases.jsonl'));
  const release = {
    ...(JSON.parse(line) as Record<string, unknown>),
    id: 'synthetic-segment-bench',
    title: 'SYNTHETIC release of a new segment',
  };
  writeFileSync(join(segmentsDir, '999999.jsonl'), `${JSON.stringify(release)}\n`);
  const segment = runCli(list, env);

  rmSync(scratchDir, { recursive: true, force: true });
  const seconds = (ms: number): number => Math.round(ms / 100) / 10;
  return {
    full_build_s: seconds(build.ms),
    build_rss_mb: build.rssMb,
    warm_list_ms: Math.round(warm),
    import_one_s: Math.round(importOne.ms / 10) / 100,
    reopen_after_import_ms: Math.round(reopen.ms),
    import_500_s: seconds(import500.ms + after500.ms),
    segment_reopen_ms: Math.round(segment.ms),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const bundleDir = process.argv[2];
  if (!bundleDir) {
    process.stderr.write('usage: npx tsx test/bench/incremental-archive.ts BUNDLE_DIR\n');
    process.exit(2);
  }
  spawnSync('node', ['src/tools/build.mjs', '--if-needed'], { cwd: root, stdio: 'inherit' });
  // Scratch space outside the repository: .bench-cache may be a link into another checkout.
  const figures = measureIncrementalArchive(
    bundleDir,
    join(process.env.OSCE_BENCH_SCRATCH ?? tmpdir(), `osce-incremental-${process.pid}`),
  );
  process.stdout.write(`${JSON.stringify(figures)}\n`);
}
