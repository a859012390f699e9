import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadBundle } from '../../src/bundle/load-bundle.js';
import type { Release } from '../../src/bundle/types.js';
import type { Clock } from '../../src/sync/clock.js';
import { runSync, type SyncOptions, type SyncReport } from '../../src/sync/run-sync.js';
import type { FixtureSite } from './fixture-site.js';

/** A clock whose sleeps return at once and move time on; it remembers every pause. */
export function fakeClock(start = Date.UTC(2026, 0, 10)): { clock: Clock; sleeps: number[] } {
  let now = start;
  const sleeps: number[] = [];
  return {
    sleeps,
    clock: {
      now: () => now,
      sleep: async (ms) => {
        sleeps.push(ms);
        now += ms;
      },
    },
  };
}

/** Temp bundle and cache folders, removed by `dispose`. */
export async function tempFolders(): Promise<{ bundleDir: string; cacheDir: string; dispose: () => Promise<void> }> {
  const root = await mkdtemp(join(tmpdir(), 'osce-tui-sync-'));
  return {
    bundleDir: join(root, 'bundle'),
    cacheDir: join(root, 'cache'),
    dispose: () => rm(root, { recursive: true, force: true }),
  };
}

/** Runs a sync of the press-releases listing of `site` at the polite pace on a fake clock. */
export function syncFrom(
  site: FixtureSite,
  folders: { bundleDir: string; cacheDir: string },
  clock: Clock,
  extra: Partial<SyncOptions> = {},
): Promise<SyncReport> {
  return runSync({
    bundleDir: folders.bundleDir,
    cacheDir: folders.cacheDir,
    base: site.url,
    sources: ['press-releases'],
    maxRequests: Number.POSITIVE_INFINITY,
    full: false,
    dryRun: false,
    userAgent: 'osce-tui/9.9.9 (+https://example.invalid/osce-tui)',
    clock,
    random: () => 0.5,
    pace: { timeoutMs: 2000 },
    ...extra,
  });
}

/** The bundle's releases by their URL path. */
export async function releasesByPath(bundleDir: string): Promise<Map<string, Release>> {
  const bundle = await loadBundle(bundleDir);
  return new Map(bundle.releases.map((release) => [new URL(release.url ?? 'https://x/').pathname, release]));
}
