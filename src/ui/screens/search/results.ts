import type { SearchResults } from '../../../search/types.js';
import type { NavigationState, Screen } from '../../navigation.js';
import { mayHaveMore, nextSearchLimit, SEARCH_PAGE, searchRows } from './model.js';
import type { SearchScreen } from './state.js';

/**
 * Results of a search arriving for the search screen `screenId`. `limit`: how many release hits
 * were asked for (SEARCH_PAGE when absent); `offset`: how many were skipped (searchRequest): a
 * page with an offset is appended to the rows loaded.
 */
export interface SearchResultsArrived {
  type: 'search-results';
  screenId: number;
  results: SearchResults;
  limit?: number;
  offset?: number;
}

/** The state with arrived results given to their search screen, wherever it is on the stack. */
export function applySearchResults<T extends NavigationState>(state: T, arrived: SearchResultsArrived): T {
  const { screenId, results, limit, offset } = arrived;
  return { ...state, stack: state.stack.map((screen) => withResults(screen, screenId, results, limit, offset)) };
}

// Only the latest query's results are shown: results for an older query, or ones a newer
// search superseded, are dropped here. A new query starts at the top already (typing resets the
// list), so the selection is kept: more rows of the same query, or a resumed search, keep their place.
// A page with an offset joins the rows loaded only when it starts right after them (a query's
// ranking never changes, so such a page continues the list); any other page is dropped.
function withResults(
  screen: Screen,
  screenId: number,
  results: SearchResults,
  limit = SEARCH_PAGE,
  offset = 0,
): Screen {
  if (screen.kind !== 'search' || screen.id !== screenId) return screen;
  if (results.superseded || results.query !== screen.query) return screen;
  const loaded = screen.results;
  if (offset > 0 && (loaded?.query !== results.query || loaded.error || loaded.releases.length !== offset))
    return screen;
  const joined = offset > 0 && loaded ? { ...results, releases: [...loaded.releases, ...results.releases] } : results;
  const next: SearchScreen = { ...screen, results: joined, fetched: offset + limit };
  const last = Math.max(0, searchRows(next).length - 1);
  if (!screen.followEnd)
    return {
      ...next,
      list: { selected: Math.min(screen.list.selected, last), scroll: Math.min(screen.list.scroll, last) },
    };
  // The view scrolls the window to the selection.
  const end: SearchScreen = { ...next, list: { selected: last, scroll: screen.list.scroll } };
  return mayHaveMore(end) ? { ...end, limit: nextSearchLimit(end) } : { ...end, followEnd: false };
}
