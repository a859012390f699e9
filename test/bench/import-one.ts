/**
 * Incremental import cost: copies a bundle (e.g. the 20k synthetic one from `npm run bench`) to a
 * temp folder and times, with the built CLI as a user runs it, an import of ONE new page, then of
 * 500 new pages, then `compact`; prints the wall time and the bytes each one wrote. Not a test; run
 *   npm run build && npx tsx test/bench/import-one.ts .bench-cache/synthetic-20000 [dist/cli.js]
 * The pages are made up ("SYNTHETIC" in every title); the temp folder is deleted afterwards.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';

const source = process.argv[2];
const cli = process.argv[3] ?? 'dist/cli.js';
if (!source) throw new Error('usage: tsx test/bench/import-one.ts BUNDLE_DIR [CLI]');

const work = mkdtempSync(join(tmpdir(), 'osce-tui-import-one-'));
const bundle = join(work, 'bundle');
const env = { ...process.env, OSCE_TUI_CONFIG_DIR: join(work, 'config'), OSCE_TUI_CACHE_DIR: join(work, 'cache') };

/** Writes `count` invented bare-article pages into a new folder and returns it. */
function pages(name: string, count: number): string {
  const dir = join(work, name);
  mkdirSync(dir);
  for (let index = 0; index < count; index += 1) {
    const day = 1 + (index % 28);
    writeFileSync(
      join(dir, `${name}-${index}.txt`),
      `SYNTHETIC ${name} gathering ${index}\nFREDVILLE, ${day} March 2026 – Invented delegates met for gathering ${index} of ${name}.\n`,
    );
  }
  return dir;
}

/** Every file of the bundle with what identifies its content on disk. */
function snapshot(): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else {
        const info = statSync(path);
        files.set(relative(bundle, path), `${info.ino}:${info.size}:${info.mtimeMs}`);
      }
    }
  };
  walk(bundle);
  return files;
}

function run(label: string, args: string[]): void {
  const before = snapshot();
  const started = performance.now();
  const result = spawnSync(process.execPath, [cli, '--bundle', bundle, ...args], { env, encoding: 'utf8' });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`${label} failed (${result.status}): ${result.stderr}`);
  const after = snapshot();
  const written = [...after].filter(([name, id]) => before.get(name) !== id).map(([name]) => name);
  const bytes = written.reduce((sum, name) => sum + statSync(join(bundle, name)).size, 0);
  process.stdout.write(
    `${label.padEnd(22)} ${seconds.toFixed(2).padStart(7)} s  ${String(bytes).padStart(11)} bytes written  (${written.join(', ') || 'nothing'})\n`,
  );
}

try {
  cpSync(source, bundle, { recursive: true });
  const one = pages('one', 1);
  const many = pages('many', 500);
  run('import 1 new page', ['import', one]);
  run('import same page', ['import', one]);
  run('import 500 new pages', ['import', many]);
  run('compact', ['compact']);
} finally {
  rmSync(work, { recursive: true, force: true });
}
