import type { Facet, ReleaseFilter } from '../catalog/types.js';
import type { SearchResults } from '../search/types.js';
import { mayHaveMore, nextSearchLimit, SEARCH_PAGE, searchRows, type SearchScreen } from './screens/search-model.js';

/**
 * Which screen is shown and everything needed to show it again exactly as it was left.
 * Screens are plain data (no functions, no catalog objects) so a stack can be saved and resumed.
 */

/** Selection and scroll of a list: `scroll` is the index of the first visible row. */
export interface ListPosition {
  selected: number;
  scroll: number;
}

/** Filters chosen on an entity page. */
export interface EntityFilters {
  /** A year, or 'undated' for releases without a known date. */
  year?: number | 'undated';
  type?: string;
  /** Second facet, e.g. a field of work on a State's page. */
  refine?: { facet: Facet; key: string; label: string };
}

/** The list an article was opened from, so `[` and `]` can step through it. */
export type ReleaseOrigin =
  | { kind: 'filter'; filter: ReleaseFilter; index: number }
  | { kind: 'ids'; ids: string[]; index: number };

/** An option of a picker. */
export interface PickerOption {
  /** Facet value or taxonomy id; empty for "all". */
  key: string;
  label: string;
  count?: number;
}

/** What choosing a picker option does. */
export type PickerPurpose =
  /** Opens the chosen entry's page on top (Esc comes back to the choice). */
  | { kind: 'open-entity' }
  /** The choice of `osce-tui open NAME`: the chosen entry opens as if reached through the menus. */
  | { kind: 'start-at-entity' }
  | { kind: 'filter-year' }
  | { kind: 'filter-type' }
  | { kind: 'refine' };

/** Every screen of the browser. */
export type Screen =
  | { kind: 'home'; list: ListPosition }
  | { kind: 'menu'; entryId: string; list: ListPosition }
  | { kind: 'entity'; entryId: string; filters: EntityFilters; list: ListPosition }
  | { kind: 'latest'; list: ListPosition }
  | {
      kind: 'article';
      releaseId: string;
      scroll: number;
      origin?: ReleaseOrigin;
      /** Terms highlighted in the text: from a search, or typed with `/`. */
      find?: { terms: string[]; match: number };
      /** The `/` prompt while it is being typed. */
      prompt?: string;
    }
  | { kind: 'help'; scroll: number }
  | {
      kind: 'search';
      /** Tells apart two search screens on the stack when results arrive. */
      id: number;
      query: string;
      editing: boolean;
      results?: SearchResults;
      /** Position in the recent queries while recalling with ↑; -1 when not recalling. */
      recall: number;
      /** Enter was pressed before the results came: open the first one when they do. */
      openWhenReady?: boolean;
      list: ListPosition;
      /** How many release hits to fetch: grows as the selection nears the end (SEARCH_PAGE when absent). */
      limit?: number;
      /** The limit the shown results were fetched with. */
      fetched?: number;
      /** G was pressed: each batch that arrives selects its last row and asks for the next. */
      followEnd?: boolean;
    }
  | { kind: 'picker'; title: string; purpose: PickerPurpose; options: PickerOption[]; list: ListPosition }
  /** The reader's bookmarks or recently read releases (from user state). */
  | { kind: 'saved'; which: 'bookmarks' | 'recent' | 'synced'; list: ListPosition }
  | { kind: 'settings'; list: ListPosition };

/** A picker screen. */
export type PickerScreen = Extract<Screen, { kind: 'picker' }>;

/** The kind of a screen. */
export type ScreenKind = Screen['kind'];

/** The whole navigation state: a stack of screens (Home at the bottom) and session memory. */
export interface NavigationState {
  stack: Screen[];
  /** Queries searched this session, newest first. */
  recentQueries: string[];
  quit: boolean;
}

/** What can happen to the navigation state. */
export type NavigationAction =
  | { type: 'push'; screen: Screen }
  | { type: 'pop' }
  | { type: 'replace'; screen: Screen }
  /** Start over with this stack (Home is added when missing). */
  | { type: 'reset'; stack: Screen[] }
  /** Go back one step; at Home, quit. */
  | { type: 'back-or-quit' }
  | { type: 'quit' }
  /** Pop the top screen and replace the one below it (a picker applying its choice). */
  | { type: 'pop-and-update'; screen: Screen }
  /**
   * `limit`: how many release hits were asked for (SEARCH_PAGE when absent); `offset`: how many
   * were skipped (searchRequest): a page with an offset is appended to the rows loaded.
   */
  | { type: 'search-results'; screenId: number; results: SearchResults; limit?: number; offset?: number }
  | { type: 'remember-query'; query: string };

/** An empty list position. */
export const START: ListPosition = { selected: 0, scroll: 0 };

const RECENT_LIMIT = 20;

/** The starting state: the given stack (`osce-tui open NAME`), or Home alone. */
export function initialNavigation(stack: Screen[] = []): NavigationState {
  const start: Screen[] = stack[0]?.kind === 'home' ? stack : [{ kind: 'home', list: START }, ...stack];
  return { stack: start, recentQueries: [], quit: false };
}

/** The screen on top of the stack. */
export function topScreen(state: NavigationState): Screen {
  return state.stack[state.stack.length - 1]!;
}

/** Pure navigation reducer. The stack never becomes empty: popping Home does nothing. */
export function navigate(state: NavigationState, action: NavigationAction): NavigationState {
  switch (action.type) {
    case 'push':
      return { ...state, stack: [...state.stack, action.screen] };
    case 'pop':
      return state.stack.length > 1 ? { ...state, stack: state.stack.slice(0, -1) } : state;
    case 'replace':
      return { ...state, stack: [...state.stack.slice(0, -1), action.screen] };
    case 'reset':
      return { ...state, stack: initialNavigation(action.stack).stack };
    case 'back-or-quit':
      return state.stack.length > 1 ? { ...state, stack: state.stack.slice(0, -1) } : { ...state, quit: true };
    case 'quit':
      return { ...state, quit: true };
    case 'pop-and-update':
      if (state.stack.length < 2) return state;
      return { ...state, stack: [...state.stack.slice(0, -2), action.screen] };
    case 'search-results':
      return { ...state, stack: state.stack.map((screen) => withResults(screen, action.screenId, action.results, action.limit, action.offset)) };
    case 'remember-query': {
      const query = action.query.trim();
      if (query === '') return state;
      const recent = [query, ...state.recentQueries.filter((q) => q !== query)].slice(0, RECENT_LIMIT);
      return { ...state, recentQueries: recent };
    }
  }
}

// Only the latest query's results are shown: results for an older query, or ones a newer
// search superseded, are dropped here. A new query starts at the top already (typing resets the
// list), so the selection is kept: more rows of the same query, or a resumed search, keep their place.
// A page with an offset joins the rows loaded only when it starts right after them (a query's
// ranking never changes, so such a page continues the list); any other page is dropped.
function withResults(screen: Screen, screenId: number, results: SearchResults, limit = SEARCH_PAGE, offset = 0): Screen {
  if (screen.kind !== 'search' || screen.id !== screenId) return screen;
  if (results.superseded || results.query !== screen.query) return screen;
  const loaded = screen.results;
  if (offset > 0 && (loaded?.query !== results.query || loaded.error || loaded.releases.length !== offset)) return screen;
  const joined = offset > 0 && loaded ? { ...results, releases: [...loaded.releases, ...results.releases] } : results;
  const next: SearchScreen = { ...screen, results: joined, fetched: offset + limit };
  const last = Math.max(0, searchRows(next).length - 1);
  if (!screen.followEnd) return { ...next, list: { selected: Math.min(screen.list.selected, last), scroll: Math.min(screen.list.scroll, last) } };
  // The view scrolls the window to the selection.
  const end: SearchScreen = { ...next, list: { selected: last, scroll: screen.list.scroll } };
  return mayHaveMore(end) ? { ...end, limit: nextSearchLimit(end) } : { ...end, followEnd: false };
}
