// Start to first frame of the browser (`node dist/cli.js --bundle DIR`) against a bare Ink app
// that renders one line (bare-ink.tsx): both run in a pseudo-terminal with
// OSCE_TUI_EXIT_AFTER_FIRST_FRAME=1, turn about, and each figure is the median of the runs.
// Usage: tsx test/bench/first-frame.ts BUNDLE_DIR CACHE_DIR [--runs N]
// (builds dist/ if needed and the baseline into .bench-cache/bare-ink.mjs; the index in CACHE_DIR
// should be current, or the first run builds it)
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { inkProgramOptions } from '../../src/tools/esbuild-options.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
// At least 21: on a loaded machine the ratio of medians of 9 swung from 1.08 to 1.4.
export const FIRST_FRAME_RUNS = 21;
const FIRST_FRAME_TIMEOUT_MS = 60_000;

/** The figures of one bundle, keys as `npm run bench -- --json` prints them (null: a program did not exit 0). */
export interface FirstFrameFigures {
  first_frame_ms: number | null;
  bare_ink_first_frame_ms: number | null;
}

function log(message: string): void {
  process.stderr.write(`bench: ${message}\n`);
}

// Ink draws each frame as one synchronized update; its closing sequence marks the moment the
// first frame is complete on the terminal.
const END_OF_FRAME = '\u001b[?2026l';

// Runs a program in a pseudo-terminal (util-linux `script`) and times it from spawn to the end
// of its first frame as the terminal receives it. The program must then exit 0 (both exit right
// after their first frame); the time it takes to tear down is not part of the figure.
function timeInTerminal(commandLine: string, env: NodeJS.ProcessEnv): Promise<number | null> {
  return new Promise((resolve) => {
    const started = performance.now();
    let frameAt: number | undefined;
    let output = '';
    const child = spawn('script', ['-qec', `stty cols 100 rows 30; exec ${commandLine}`, '/dev/null'], {
      cwd: root,
      env: { ...process.env, TERM: 'xterm-256color', ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      if (frameAt !== undefined) return;
      output += chunk;
      if (output.includes(END_OF_FRAME)) frameAt = performance.now() - started;
    });
    child.stderr.resume();
    const timer = setTimeout(() => child.kill('SIGKILL'), FIRST_FRAME_TIMEOUT_MS);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve(code === 0 ? (frameAt ?? performance.now() - started) : null);
    });
  });
}

function median(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  return Math.round(sorted[Math.floor(sorted.length / 2)]!);
}

/** Builds the baseline, bare-ink.tsx, into `outfile` (plainly: none of the CLI's start-up savings). */
export async function buildBareInk(outfile: string): Promise<void> {
  await build({
    ...inkProgramOptions(root),
    entryPoints: [join(root, 'test', 'bench', 'bare-ink.tsx')],
    outfile,
    external: ['better-sqlite3'],
  });
}

/**
 * The browser's first frame on `bundleDir` (index in `cacheDir`) and the bare Ink app's (`bareInk`,
 * built by buildBareInk), `runs` times each. Both run turn about, so a change in the machine's
 * load weighs on both alike instead of on whichever ran second; the log gives the ratio of the
 * medians and how far each round's ratio was from it.
 */
export async function measureFirstFrame(options: {
  bundleDir: string;
  cacheDir: string;
  bareInk: string;
  runs?: number;
}): Promise<FirstFrameFigures> {
  const env = { OSCE_TUI_CACHE_DIR: options.cacheDir, OSCE_TUI_EXIT_AFTER_FIRST_FRAME: '1' };
  const programs = [`node dist/cli.js --bundle '${options.bundleDir}'`, `node '${options.bareInk}'`];
  const times: Array<number[] | null> = programs.map(() => []);
  for (let run = 0; run < (options.runs ?? FIRST_FRAME_RUNS); run += 1) {
    for (const [i, program] of programs.entries()) {
      if (times[i] === null) continue;
      const time = await timeInTerminal(program, env);
      if (time === null) times[i] = null;
      else times[i]!.push(time);
    }
  }
  const [own, bare] = times;
  if (own && bare) {
    // Each round's ratio, to show how far one measurement can be from the median.
    const ratios = own.map((time, i) => time / bare[i]!).sort((a, b) => a - b);
    log(
      `first frame over bare Ink: median ${(median(own) / median(bare)).toFixed(2)}x, rounds from ${ratios[0]!.toFixed(2)}x to ${ratios.at(-1)!.toFixed(2)}x`,
    );
  }
  const [firstFrame, bareFrame] = times.map((list) => (list === null ? null : median(list)));
  return { first_frame_ms: firstFrame ?? null, bare_ink_first_frame_ms: bareFrame ?? null };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const runsAt = args.indexOf('--runs');
  const runs = runsAt === -1 ? FIRST_FRAME_RUNS : Number(args[runsAt + 1]);
  const [bundleDir, cacheDir] = args.filter((_, i) => i !== runsAt && i !== runsAt + 1);
  if (!bundleDir || !cacheDir || !Number.isInteger(runs) || runs < 1) {
    process.stderr.write('usage: tsx test/bench/first-frame.ts BUNDLE_DIR CACHE_DIR [--runs N]\n');
    process.exit(2);
  }
  spawnSync('node', ['src/tools/build.mjs', '--if-needed'], { cwd: root, stdio: 'inherit' });
  mkdirSync(join(root, '.bench-cache'), { recursive: true });
  const bareInk = join(root, '.bench-cache', 'bare-ink.mjs');
  await buildBareInk(bareInk);
  const figures = await measureFirstFrame({ bundleDir, cacheDir, bareInk, runs });
  process.stdout.write(`${JSON.stringify(figures)}\n`);
}
