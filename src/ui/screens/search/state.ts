import type { SearchResults } from '../../../search/types.js';
import type { ListPosition } from '../list-position.js';

/** The search screen: a box, then names and releases. */
export interface SearchScreen {
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

// This screen's entry in the list of all screens' states.
declare module '../screen-states.js' {
  interface ScreenStates {
    search: SearchScreen;
  }
}
