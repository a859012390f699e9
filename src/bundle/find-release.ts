import { foldText, isAscii } from '../text/fold.js';
import type { Release } from './types.js';

/** The result of looking a release up by id or title words. */
export type ReleaseLookup =
  | { status: 'found'; release: Release }
  | { status: 'ambiguous'; candidates: Release[] }
  | { status: 'none' };

/**
 * Finds one release by its exact id, else by title words: a release matches when every word of
 * the query is a word of its title, compared folded (case and accents ignored, "turkiye" finds
 * "Türkiye"). When several match, a title equal to the whole query wins; otherwise the result is
 * ambiguous and lists the candidates in the order given.
 */
export function findRelease(releases: readonly Release[], query: string): ReleaseLookup {
  const trimmed = query.trim();
  const byId = releases.find((release) => release.id === trimmed);
  if (byId) return { status: 'found', release: byId };
  const wanted = titleWords(trimmed);
  if (wanted.length === 0) return { status: 'none' };
  const matches = releases.filter(titleHasEvery(wanted));
  if (matches.length === 1) return { status: 'found', release: matches[0]! };
  if (matches.length === 0) return { status: 'none' };
  const exact = matches.filter((release) => titleWords(release.title).join(' ') === wanted.join(' '));
  if (exact.length === 1) return { status: 'found', release: exact[0]! };
  return { status: 'ambiguous', candidates: matches };
}

/**
 * A test for "could this release be what findRelease(…, query) returns": its id is the query or
 * its title has every query word. Lets a caller stream a bundle and keep only these.
 */
export function releaseMatcher(query: string): (release: Release) => boolean {
  const trimmed = query.trim();
  const wanted = titleWords(trimmed);
  const hasWords = titleHasEvery(wanted);
  return (release) => release.id === trimmed || (wanted.length > 0 && hasWords(release));
}

function titleHasEvery(wanted: string[]): (release: Release) => boolean {
  return (release) => {
    const title = new Set(titleWords(release.title));
    return wanted.every((word) => title.has(word));
  };
}

/** The words of a title or query as findRelease compares them: folded, split at anything not a letter or digit. */
export function titleWords(text: string): string[] {
  const folded = foldText(text);
  // The Unicode classes cost ~1 ms to parse and compile at every start; in ASCII text they are these.
  return folded.split(isAscii(folded) ? /[^A-Za-z0-9]+/ : /[^\p{L}\p{N}]+/u).filter((word) => word !== '');
}
