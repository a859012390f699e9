/** A code cache file in the cache folder, with when it was written. */
export interface CodeCacheEntry {
  name: string;
  mtimeMs: number;
}

/**
 * How many caches of other builds each program keeps. Two installs sharing one cache folder (a
 * global one and a checkout, two checkouts) each find their own cache instead of removing the
 * other's at every switch; a run of rebuilds still leaves only a few behind.
 */
export const OTHER_BUILDS_KEPT = 2;

// `print-list-0123456789abcdef.bin`: the program `print-list`, the build `0123456789abcdef`.
const CACHE_NAME = /^(.+)-([0-9a-f]+)\.bin$/;

/** The program and build a code cache's file name (codeCacheFile) stands for; undefined for other files. */
export function codeCacheName(name: string): { program: string; buildId: string } | undefined {
  const match = CACHE_NAME.exec(name);
  return match === null ? undefined : { program: match[1]!, buildId: match[2]! };
}

/**
 * The caches to remove once build `buildId` has saved its own: per program, those of other
 * builds beyond the `keep` most recently written. Names that are not code caches are left alone.
 */
export function staleCodeCaches(
  entries: readonly CodeCacheEntry[],
  buildId: string,
  keep = OTHER_BUILDS_KEPT,
): Set<string> {
  const othersByProgram = new Map<string, CodeCacheEntry[]>();
  for (const entry of entries) {
    const cache = codeCacheName(entry.name);
    if (cache === undefined || cache.buildId === buildId) continue;
    const others = othersByProgram.get(cache.program) ?? [];
    others.push(entry);
    othersByProgram.set(cache.program, others);
  }
  const stale = new Set<string>();
  for (const others of othersByProgram.values()) {
    others.sort((a, b) => b.mtimeMs - a.mtimeMs || a.name.localeCompare(b.name));
    for (const entry of others.slice(keep)) stale.add(entry.name);
  }
  return stale;
}
