import type { EntityHit, ReleaseHit, SearchOptions } from '../../../search/types.js';
import { formatCount } from '../../../text/format-count.js';
import { fitWindow, positionLabel } from '../../layout/virtual-window.js';
import type { ListPosition } from '../list-position.js';
import type { KeyTargets, ScreenEnvironment } from '../screen-definition.js';
import type { SearchScreen } from './state.js';

export type { SearchScreen } from './state.js';

/** One result row: names first, then releases. */
export type SearchRow = { kind: 'entity'; hit: EntityHit } | { kind: 'release'; hit: ReleaseHit };

/** Release hits fetched at first; more are fetched as the selection nears the end. */
export const SEARCH_PAGE = 50;
// Each further page is three times the rows loaded (the rows loaded grow fourfold), but at most
// MAX_PAGE: a page costs its rows' snippets, and one of 500 (some 50 ms on the 20,000 bundle)
// keeps keys typed meanwhile waiting only a few frames.
const GROWTH = 4;
const MAX_PAGE = 500;

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

/** How many release hits the screen wants fetched now. */
export function wantedReleases(screen: SearchScreen): number {
  return screen.limit ?? SEARCH_PAGE;
}

/** True when the current query has to be searched (again): no results for it, or too few asked for. */
export function needsSearch(screen: SearchScreen): boolean {
  if (screen.query.trim() === '') return false;
  return screen.results?.query !== screen.query || (screen.fetched ?? SEARCH_PAGE) < wantedReleases(screen);
}

/** True when the shown results may not be all: the last fetch filled its limit and the total says more. */
export function mayHaveMore(screen: SearchScreen): boolean {
  const results = screen.results;
  if (!results || results.query !== screen.query || results.error) return false;
  const loaded = results.releases.length;
  return (
    loaded >= (screen.fetched ?? SEARCH_PAGE) && (loaded < results.totalReleases || results.totalIsLowerBound === true)
  );
}

/** The limit of the next, larger fetch: the rows loaded and one more page. */
export function nextSearchLimit(screen: SearchScreen): number {
  const loaded = screen.results?.releases.length ?? 0;
  const page = Math.min(MAX_PAGE, Math.max(SEARCH_PAGE, loaded * (GROWTH - 1)));
  return Math.max(wantedReleases(screen), loaded + page, SEARCH_PAGE);
}

/**
 * What to ask the engine for to have `wantedReleases` rows: only the rows after those already
 * loaded for this query (an offset page, appended by the reducer), or the first page.
 */
export function searchRequest(screen: SearchScreen): Required<Pick<SearchOptions, 'offset' | 'limit'>> {
  const wanted = wantedReleases(screen);
  const results = screen.results;
  const loaded = results && results.query === screen.query && !results.error ? results.releases.length : 0;
  return loaded > 0 && loaded < wanted ? { offset: loaded, limit: wanted - loaded } : { offset: 0, limit: wanted };
}

/**
 * The search screen after the selection moved: when it comes within two pages of the last row
 * loaded (or G was pressed) and more may exist, a larger fetch is asked for.
 */
export function fetchMoreNearEnd(screen: SearchScreen, bodyHeight: number, toEnd: boolean): SearchScreen {
  const moved: SearchScreen = { ...screen, followEnd: toEnd && mayHaveMore(screen) };
  if (!mayHaveMore(screen) || wantedReleases(screen) > (screen.fetched ?? SEARCH_PAGE)) return moved;
  const rows = searchRows(screen).length;
  const nearEnd = toEnd || screen.list.selected >= rows - 1 - 2 * searchListHeight(bodyHeight);
  return nearEnd ? { ...moved, limit: nextSearchLimit(screen) } : moved;
}

/** The result rows there are in all ("50/496"): names, plus every release found, loaded or not. */
export function searchTotalRows(screen: SearchScreen): number {
  const rows = searchRows(screen).length;
  const results = screen.results;
  if (!results || !mayHaveMore(screen)) return rows;
  return rows - results.releases.length + Math.max(results.totalReleases, results.releases.length);
}

/** How many results fit in the body. */
export function searchListHeight(bodyHeight: number): number {
  return Math.max(1, Math.floor((bodyHeight - SEARCH_HEADER_LINES) / SEARCH_ROW_LINES));
}

/** The summary line under the box. */
export function searchSummary(screen: SearchScreen, recentCount: number): string {
  if (screen.query.trim() === '') {
    return recentCount > 0
      ? `Type to search · ↑ recalls ${recentCount} recent ${recentCount === 1 ? 'query' : 'queries'}`
      : 'Type to search names, titles and text';
  }
  const results = screen.results;
  if (!results || results.query !== screen.query) return 'Searching…';
  if (results.error) return results.error;
  const names = results.entities.length;
  const shown = results.releases.length;
  if (names === 0 && results.totalReleases === 0)
    return results.suggestions?.length ? 'Nothing found · did you mean:' : 'Nothing found';
  // Once a fetch comes back short, what was loaded is all there is, whatever the (capped) count said.
  const more = mayHaveMore(screen);
  const total = more ? Math.max(shown, results.totalReleases) : shown;
  const noun = total === 1 ? 'release' : 'releases';
  const counted = `${formatCount(total)}${more && results.totalIsLowerBound ? '+' : ''}`;
  const releases = more ? `${formatCount(shown)} of ${counted} ${noun}` : `${counted} ${noun}`;
  return `${names} ${names === 1 ? 'name' : 'names'} · ${releases}`;
}

/** The search screen as shown: its rows, the visible window and the summary line. */
export interface SearchModel {
  rows: SearchRow[];
  window: ListPosition;
  summary: string;
  /** Result rows in all, loaded or not ("50/496"). */
  totalRows: number;
}

/** The search screen at the body's size. */
export function searchModel(screen: SearchScreen, env: ScreenEnvironment): SearchModel {
  const rows = searchRows(screen);
  return {
    rows,
    window: fitWindow(screen.list, rows.length, searchListHeight(env.bodyHeight)),
    summary: searchSummary(screen, env.recentQueries.length),
    totalRows: searchTotalRows(screen),
  };
}

/** "50/496" once there are results. */
export function searchPosition(screen: SearchScreen, model: SearchModel): string {
  return model.totalRows > 0 ? positionLabel(screen.list.selected, model.totalRows) : '';
}

/** The selected name or release, once the list has focus. */
export function searchTargets(screen: SearchScreen, model: SearchModel): KeyTargets {
  if (screen.editing) return {};
  const row = model.rows[screen.list.selected];
  if (!row) return {};
  return {
    selected:
      row.kind === 'entity' ? { kind: 'entity', id: row.hit.entry.id } : { kind: 'release', id: row.hit.row.id },
  };
}
