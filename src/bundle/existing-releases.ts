import { readRawLines } from './read-lines.js';
import { isTorn, parseReleaseLine } from './read-releases.js';
import { listReleaseSegments } from './release-segments.js';
import type { Release } from './types.js';

/**
 * The current release (after later-wins) for each of `ids` that the bundle holds; ids it lacks
 * are absent from the map. An import asks this for the pages it read, so it need not load the
 * whole archive. The index provides a faster one of the same shape.
 */
export type ExistingReleaseLookup = (ids: readonly string[]) => Promise<Map<string, Release>>;

/** Lines this long are searched for their leading id without decoding the rest. */
const ID_PREFIX_BYTES = 1024;
/** `{"id":"…",` as serializeRelease writes every line: the id is the first key. */
const LEADING_ID = /^\{"id":("(?:[^"\\]|\\.)*")[,}]/;

/**
 * The default lookup: streams every file of releases in load order and parses only the lines
 * whose id is wanted (found from the line's first bytes when it was written by osce-tui, else by
 * parsing it). Same validation and precedence as the loader: within a file the first valid
 * occurrence wins, a later file replaces an earlier one's release. Reads the whole bundle once,
 * but at the speed of a byte scan rather than of parsing every release.
 */
export function createStreamingLookup(dir: string, isKnownId?: (id: string) => boolean): ExistingReleaseLookup {
  return async (ids) => {
    const wanted = new Set(ids);
    const found = new Map<string, Release>();
    if (wanted.size === 0) return found;
    for (const segment of await listReleaseSegments(dir)) {
      const seenHere = new Set<string>();
      for await (const raw of readRawLines(segment.path)) {
        if (raw.kind !== 'line') continue;
        const id = leadingId(raw.bytes);
        if (id !== undefined && !wanted.has(id)) continue;
        const text = raw.bytes.toString('utf8');
        if (!raw.terminated && isTorn(text)) continue;
        const { release } = parseReleaseLine(text, segment.name, raw.line, isKnownId);
        if (!release || !wanted.has(release.id) || seenHere.has(release.id)) continue;
        seenHere.add(release.id);
        found.set(release.id, release);
      }
    }
    return found;
  };
}

function leadingId(bytes: Buffer): string | undefined {
  const match = LEADING_ID.exec(bytes.subarray(0, ID_PREFIX_BYTES).toString('utf8'));
  if (!match) return undefined;
  try {
    return JSON.parse(match[1]!) as string;
  } catch {
    return undefined;
  }
}
