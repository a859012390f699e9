import { spawn } from 'node:child_process';
import { cp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadBundle } from '../../src/bundle/load-bundle.js';
import { assertBuiltCliFresh, BUILT_CLI } from '../helpers/built-cli.js';
import { useTempDirs } from '../helpers/temp-dir.js';
import { WORLD_RELEASES } from '../world/world.js';
import { FIXTURE_BUNDLE_DIR } from '../world/world-bundle.js';

/** Invented pages, one per file: `count` bare articles with titles unique to `tag`. */
async function writePages(dir: string, tag: string, count: number): Promise<void> {
  await mkdir(dir, { recursive: true });
  for (let index = 0; index < count; index += 1) {
    const text = [
      `Invented ${tag} gathering number ${index}`,
      `FREDVILLE, ${1 + (index % 28)} March 2021 – Pretend ${tag} delegates met for gathering ${index}.`,
    ].join('\n');
    await writeFile(join(dir, `${tag}-${index}.txt`), `${text}\n`);
  }
}

function runImport(bundle: string, pages: string, home: string): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(process.execPath, [BUILT_CLI, '--bundle', bundle, 'import', pages], {
    env: { ...process.env, OSCE_TUI_CONFIG_DIR: join(home, 'config'), OSCE_TUI_CACHE_DIR: join(home, 'cache') },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, stderr })));
}

describe('two imports into one bundle at once', () => {
  const tempDir = useTempDirs();
  beforeAll(assertBuiltCliFresh);

  it('run one after the other through the lock and lose nothing', async () => {
    const home = await tempDir();
    const bundle = join(home, 'bundle');
    await cp(FIXTURE_BUNDLE_DIR, bundle, { recursive: true });
    await writePages(join(home, 'north'), 'northern', 60);
    await writePages(join(home, 'south'), 'southern', 60);
    const runs = await Promise.all([
      runImport(bundle, join(home, 'north'), home),
      runImport(bundle, join(home, 'south'), home),
    ]);
    for (const run of runs) expect(run).toMatchObject({ code: 0 });
    for (const run of runs)
      expect(
        run.stderr.replace(/^osce-tui: waiting for another import \(pid \d+\) to finish writing this bundle…\n/, ''),
      ).toBe('');
    const loaded = await loadBundle(bundle);
    expect(loaded.problems).toEqual([]);
    expect(loaded.releases).toHaveLength(WORLD_RELEASES.length + 120);
    const manifest = JSON.parse(await readFile(join(bundle, 'manifest.json'), 'utf8')) as {
      counts: { releases: number };
    };
    expect(manifest.counts.releases).toBe(WORLD_RELEASES.length + 120);
    expect(await readdir(join(bundle, 'releases'))).toEqual(['000001.jsonl', '000002.jsonl']);
  }, 60_000);
});
