import { serializeRelease } from './serialize-release.js';
import type { Release } from './types.js';

/** The outcome of merging imported releases into a bundle's. Id lists are in first-seen order. */
export interface MergeResult {
  releases: Release[];
  added: string[];
  updated: string[];
  unchanged: string[];
}

/**
 * Merges imported releases into existing ones by id:
 * - a new id is added;
 * - the same id with the same content is unchanged and the existing release is kept as it is
 *   (provenance is not content: the same page imported from another path changes nothing);
 * - a full article replaces a summary (newsroom teaser) or an older version of itself;
 * - a summary never replaces a full article (counted as unchanged).
 * An id imported twice in one batch is merged in turn, and reported once.
 */
export function mergeReleases(existing: readonly Release[], incoming: readonly Release[]): MergeResult {
  const byId = new Map<string, Release>(existing.map((release) => [release.id, release]));
  const existingIds = new Set(byId.keys());
  const outcome = new Map<string, 'added' | 'updated' | 'unchanged'>();
  for (const release of incoming) {
    const current = byId.get(release.id);
    if (!current) {
      byId.set(release.id, release);
      outcome.set(release.id, 'added');
      continue;
    }
    const replaces = !(release.summary && !current.summary) && contentKey(current) !== contentKey(release);
    if (replaces) byId.set(release.id, release);
    // An id added earlier in this batch stays "added"; otherwise any replacement is an update.
    const previous = outcome.get(release.id);
    if (!existingIds.has(release.id)) continue;
    outcome.set(release.id, replaces || previous === 'updated' ? 'updated' : 'unchanged');
  }
  const ids = (kind: string): string[] => [...outcome].filter(([, value]) => value === kind).map(([id]) => id);
  return { releases: [...byId.values()], added: ids('added'), updated: ids('updated'), unchanged: ids('unchanged') };
}

function contentKey(release: Release): string {
  return serializeRelease({ ...release, provenance: { file: '', line: 0 } });
}
