import type { EntityHit, ReleaseHit } from '../../search/types.js';
import { formatCount } from '../layout/virtual-window.js';
import type { Screen } from '../navigation.js';

/** A search screen. */
export type SearchScreen = Extract<Screen, { kind: 'search' }>;

/** One result row: names first, then releases. */
export type SearchRow = { kind: 'entity'; hit: EntityHit } | { kind: 'release'; hit: ReleaseHit };

/** Lines above the results: the box and the summary. */
export const SEARCH_HEADER_LINES = 2;
/** Every result takes two lines: the name or title, then what it is or the snippet. */
export const SEARCH_ROW_LINES = 2;

/** The result rows of a search screen, for the current query only. */
export function searchRows(screen: SearchScreen): SearchRow[] {
  const results = screen.results;
  if (!results || results.query !== screen.query) return [];
  // Suggestions come only when nothing matched; as rows, Enter opens them like any name.
  return [
    ...[...results.entities, ...(results.suggestions ?? [])].map((hit): SearchRow => ({ kind: 'entity', hit })),
    ...results.releases.map((hit): SearchRow => ({ kind: 'release', hit })),
  ];
}

/** How many results fit in the body. */
export function searchListHeight(bodyHeight: number): number {
  return Math.max(1, Math.floor((bodyHeight - SEARCH_HEADER_LINES) / SEARCH_ROW_LINES));
}

/** The summary line under the box. */
export function searchSummary(screen: SearchScreen, recentCount: number): string {
  if (screen.query.trim() === '') {
    return recentCount > 0 ? `Type to search · ↑ recalls ${recentCount} recent ${recentCount === 1 ? 'query' : 'queries'}` : 'Type to search names, titles and text';
  }
  const results = screen.results;
  if (!results || results.query !== screen.query) return 'Searching…';
  if (results.error) return results.error;
  const names = results.entities.length;
  const shown = results.releases.length;
  const total = results.totalReleases;
  if (names === 0 && total === 0) return results.suggestions?.length ? 'Nothing found · did you mean:' : 'Nothing found';
  const noun = total === 1 ? 'release' : 'releases';
  const releases = shown < total ? `${formatCount(shown)} of ${formatCount(total)} ${noun}` : `${formatCount(total)} ${noun}`;
  return `${names} ${names === 1 ? 'name' : 'names'} · ${releases}`;
}
