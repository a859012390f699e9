import { oneLine } from '../../../text/labels.js';
import { sanitizeText } from '../../../text/sanitize.js';
import { isCount, readList } from '../resume-fields.js';
import type { ScreenDefinition } from '../screen-definition.js';
import { searchKeys } from './keys.js';
import { type SearchModel, searchModel, searchPosition, searchTargets } from './model.js';
import type { SearchScreen } from './state.js';
import { SearchView } from './view.js';

/** The search screen. */
export const searchScreen: ScreenDefinition<SearchScreen, SearchModel> = {
  width: 'terminal',
  context: (screen) => (screen.editing ? 'text-entry' : 'list'),
  crumbs: (screen) => [screen.query ? `Search “${oneLine(screen.query)}”` : 'Search'],
  model: searchModel,
  position: searchPosition,
  keys: searchKeys,
  targets: searchTargets,
  View: SearchView,
  // Results are searched again; what was half-typed comes back as typed.
  save: (screen) => {
    const { results: _results, openWhenReady: _open, fetched: _fetched, followEnd: _follow, ...rest } = screen;
    return { ...rest, editing: rest.query === '' ? true : rest.editing, recall: -1 };
  },
  restore: (saved, { nextSearchId }) => {
    const list = readList(saved.list);
    if (typeof saved.query !== 'string' || !list) return undefined;
    // Stored ids belong to the last run; resumed searches get ids that new ones never take.
    return {
      kind: 'search',
      id: nextSearchId(),
      // The saved query is text from a file: cleaned where it comes back in, as typing is.
      query: sanitizeText(saved.query),
      editing: saved.editing === true,
      recall: -1,
      list,
      // As many rows as were loaded when the reader left, so the selection is there again.
      ...(isCount(saved.limit) && saved.limit > 0 ? { limit: saved.limit } : {}),
    };
  },
};
