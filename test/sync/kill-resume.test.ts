/**
 * kill -9 of a real `node dist/cli.js sync` at two moments (while reading listings, while
 * fetching articles), then a run to the end: nothing stored is fetched again, nothing is lost,
 * and the bundle loads after every kill.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadBundle } from '../../src/bundle/load-bundle.js';
import { assertBuiltCliFresh } from '../helpers/built-cli.js';
import { FixtureSite, inventArticles } from './fixture-site.js';
import { tempFolders } from './sync-helpers.js';

const ROOT = join(import.meta.dirname, '..', '..');
/** The site answers each request after this long, so that a kill lands mid-run. */
const SERVER_PACE_MS = 25;

describe('sync killed with SIGKILL and run again', () => {
  let site: FixtureSite;
  let folders: Awaited<ReturnType<typeof tempFolders>>;
  beforeAll(async () => {
    assertBuiltCliFresh();
    site = await new FixtureSite(inventArticles(60)).start();
    // Every answer comes a little late (the server's pace, not a wait in the test).
    site.answerDelayMs = SERVER_PACE_MS;
    folders = await tempFolders();
  });
  afterAll(async () => {
    await site.stop();
    await folders.dispose();
  });

  function startSync(): { child: ChildProcess; exit: Promise<number | null>; stdout: () => string } {
    const child = spawn(
      'node',
      [
        'dist/cli.js',
        'sync',
        '--bundle',
        folders.bundleDir,
        '--base-url',
        site.url,
        '--source',
        'press-releases',
        '--json',
      ],
      {
        cwd: ROOT,
        env: {
          ...process.env,
          OSCE_TUI_CACHE_DIR: folders.cacheDir,
          OSCE_TUI_CONFIG_DIR: folders.cacheDir,
          OSCE_TUI_SYNC_DELAY_MS: '0',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr!.resume();
    const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    return { child, exit, stdout: () => out };
  }

  async function runUntilThenKill(seen: (paths: string[]) => boolean): Promise<Set<string>> {
    const before = site.requests.length;
    const run = startSync();
    await vi.waitFor(() => expect(seen(site.paths().slice(before))).toBe(true), { timeout: 20_000, interval: 5 });
    run.child.kill('SIGKILL');
    await run.exit;
    if (existsSync(join(folders.bundleDir, 'manifest.json'))) {
      const bundle = await loadBundle(folders.bundleDir);
      expect(bundle.problems).toEqual([]);
    }
    return new Set(site.paths().slice(before));
  }

  const articles = (paths: Iterable<string>) => [...paths].filter((path) => path.startsWith('/press-releases/item-'));

  it('resumes without fetching again what it stored and ends with every article', async () => {
    const first = await runUntilThenKill(
      (paths) => paths.filter((path) => path.startsWith('/press-releases?')).length >= 3,
    );
    const second = await runUntilThenKill((paths) => articles(paths).length >= 20);
    const secondListings = [...second].filter((path) => path.startsWith('/press-releases?'));
    // At most the request in flight at the kill is asked again.
    expect(secondListings.filter((path) => first.has(path)).length).toBeLessThanOrEqual(1);

    const before = site.requests.length;
    const last = startSync();
    expect(await last.exit).toBe(0);
    const third = site.paths().slice(before);
    expect(articles(third).filter((path) => second.has(path)).length).toBeLessThanOrEqual(1);
    expect(third.filter((path) => path.startsWith('/press-releases?'))).toEqual([]);
    const report = JSON.parse(last.stdout()) as { stoppedBecause: string };
    expect(report.stoppedBecause).toBe('done');

    const bundle = await loadBundle(folders.bundleDir);
    expect(bundle.problems).toEqual([]);
    expect(bundle.releases).toHaveLength(60);
    expect(bundle.releases.filter((release) => release.summary)).toEqual([]);
    // Every article was fetched, and none more than twice over the three runs.
    const counts = new Map<string, number>();
    for (const path of articles(site.paths())) counts.set(path, (counts.get(path) ?? 0) + 1);
    expect(counts.size).toBe(60);
    expect(Math.max(...counts.values())).toBeLessThanOrEqual(2);
  }, 60_000);
});
