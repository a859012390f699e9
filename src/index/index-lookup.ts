import type { Release } from '../bundle/types.js';
import { segmentPaths } from './build-index.js';
import { type LinePlace, releaseAt } from './indexed-release.js';
import { openBundleIndex } from './open-bundle-index.js';
import { SegmentLines } from './release-lines.js';
import { readAppliedSegments } from './segment-state.js';

/** The current release for each id that exists (after later-wins), as an import needs to merge. */
export type IndexLookup = (ids: readonly string[]) => Promise<Map<string, Release>>;

/**
 * An existing-release lookup backed by the derived index: each call brings the index up to date
 * (incrementally: only release files new since the last call are read) and reads each asked
 * release's line from its file by byte range, so an import of k pages need not read the archive.
 * Releases are as their line holds them: validated, not sanitized.
 */
export function createIndexLookup(bundleDir: string, cacheDir: string): IndexLookup {
  return async (ids) => {
    const { index, taxonomy } = await openBundleIndex(bundleDir, cacheDir);
    const lines = new SegmentLines(segmentPaths(bundleDir, readAppliedSegments(index.db)));
    try {
      const find = index.db.prepare(
        'SELECT segment, line_offset AS offset, line_length AS length FROM releases WHERE id = ?',
      );
      const isKnownId = (id: string): boolean => taxonomy.get(id) !== undefined;
      const found = new Map<string, Release>();
      for (const id of new Set(ids)) {
        const place = find.get(id) as LinePlace | undefined;
        const release = place && releaseAt(lines, place, isKnownId);
        if (release?.id === id) found.set(id, release);
      }
      return found;
    } finally {
      lines.close();
      index.db.close();
    }
  };
}
