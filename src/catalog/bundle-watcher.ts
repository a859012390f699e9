import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { MANIFEST_FILE, TAXONOMY_FILE } from '../bundle/bundle-files.js';
import { listReleaseSegments } from '../bundle/release-segments.js';
import { openCatalog } from './open-catalog.js';
import type { SqliteCatalog } from './sqlite-catalog.js';
import type { Catalog } from './types.js';

/**
 * Newer catalogs of the same bundle, as it changes on disk, each with a line saying what changed
 * (undefined when nothing a reader sees did: a rewritten manifest).
 */
export interface CatalogFeed {
  /** Calls `listener` with each newer catalog; returns the unsubscribe function. */
  subscribe(listener: (catalog: Catalog, notice: string | undefined) => void): () => void;
  /** Asks for a check soon (the screen changed); cheap: the files are only stat'ed. */
  poke(): void;
}

/** A running watch over a bundle folder. */
export interface BundleWatcher extends CatalogFeed {
  /** Checks the files now; resolves once a newer catalog (if any) went out. */
  check(): Promise<void>;
  /** Stops watching and closes the catalogs it opened (not the first). */
  stop(): void;
}

/** Options for watchBundle. */
export interface WatchBundleOptions {
  /** Where the derived index lives (default: resolveCacheDir()). */
  cacheDir?: string;
  /** How often the files are checked without a poke (default 2 s). */
  intervalMs?: number;
}

/**
 * Watches the bundle an open catalog reads: every few seconds, and when poked, the release files
 * are listed and stat'ed (nothing is read) and compared with what the catalog's index applied,
 * and taxonomy.json and manifest.json with how they were at the last open. On a change the
 * catalog is opened again, which updates the index incrementally when it can, and subscribers get
 * the new catalog with a notice ("12 new releases"). A bundle that cannot be opened any more
 * (removed, emptied, half-copied) gives one notice per distinct problem and the old catalog stays.
 */
export function watchBundle(
  bundleDir: string,
  initial: SqliteCatalog,
  options: WatchBundleOptions = {},
): BundleWatcher {
  const listeners = new Set<(catalog: Catalog, notice: string | undefined) => void>();
  let current = initial;
  let previous: SqliteCatalog | undefined;
  let smallFiles: Promise<string> = smallFilesKey(bundleDir);
  let lastFailure: string | undefined;
  let running: Promise<void> | undefined;
  let stopped = false;

  const tell = (catalog: Catalog, notice: string | undefined): void => {
    for (const listener of listeners) listener(catalog, notice);
  };

  const checkOnce = async (): Promise<void> => {
    const [segments, small, known] = await Promise.all([
      listReleaseSegments(bundleDir),
      smallFilesKey(bundleDir),
      smallFiles,
    ]);
    if (stopped || (small === known && sameFiles(current.appliedSegments, segments))) return;
    let next: SqliteCatalog;
    try {
      next = await openCatalog(bundleDir, { cacheDir: options.cacheDir });
    } catch (error) {
      const failure = `the bundle changed and cannot be read now (${(error as Error).message}); still showing what was loaded`;
      if (failure !== lastFailure && !stopped) tell(current, failure);
      lastFailure = failure;
      return;
    }
    if (stopped) {
      next.close();
      return;
    }
    lastFailure = undefined;
    smallFiles = Promise.resolve(small);
    // The catalog before stays open one more round: the screen may still be drawing from it.
    previous?.close();
    if (current !== initial) previous = current;
    const notice = changeNotice(current, next);
    current = next;
    tell(next, notice);
  };

  // One check at a time; a check asked for during one runs once more after it, since the files
  // may have changed after the running one listed them.
  let again: Promise<void> | undefined;
  const check = (): Promise<void> => {
    if (running) {
      again ??= running.then(() => {
        again = undefined;
        return check();
      });
      return again;
    }
    running = checkOnce()
      .catch(() => undefined)
      .finally(() => {
        running = undefined;
      });
    return running;
  };
  const timer = setInterval(() => void check(), options.intervalMs ?? 2000);
  timer.unref();

  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    poke: () => void check(),
    check,
    stop() {
      stopped = true;
      clearInterval(timer);
      previous?.close();
      if (current !== initial) current.close();
    },
  };
}

// What the notice line says of a catalog replaced by a newer one; undefined when nothing a reader sees changed.
function changeNotice(
  before: Catalog,
  after: Pick<SqliteCatalog, 'lastUpdate' | 'rebuilt' | 'totalReleases'>,
): string | undefined {
  const update = after.lastUpdate;
  if (update) {
    const parts = [];
    if (update.added > 0) parts.push(`${update.added} new release${update.added === 1 ? '' : 's'}`);
    if (update.updated > 0) parts.push(`${update.updated} updated`);
    return `Bundle updated: ${parts.join(', ')}`;
  }
  if (!after.rebuilt) return undefined;
  const difference = after.totalReleases - before.totalReleases;
  const change =
    difference === 0 ? 'same number of releases' : `${Math.abs(difference)} ${difference > 0 ? 'more' : 'fewer'}`;
  return `Bundle changed on disk: now ${after.totalReleases} release${after.totalReleases === 1 ? '' : 's'} (${change})`;
}

function sameFiles(
  applied: SqliteCatalog['appliedSegments'],
  segments: Awaited<ReturnType<typeof listReleaseSegments>>,
): boolean {
  return (
    applied.length === segments.length &&
    applied.every((known, index) => {
      const now = segments[index]!;
      return (
        known.name === now.name && known.size === now.size && known.ino === now.ino && known.ctimeMs === now.ctimeMs
      );
    })
  );
}

// Title and taxonomy come from these; a change to either means opening the catalog again.
async function smallFilesKey(bundleDir: string): Promise<string> {
  const keys = await Promise.all(
    [MANIFEST_FILE, TAXONOMY_FILE].map((name) =>
      stat(join(bundleDir, name)).then(
        (info) => `${info.size}:${info.ino}:${info.ctimeMs}`,
        () => 'none',
      ),
    ),
  );
  return keys.join('|');
}
