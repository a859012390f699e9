import type { NavigationAction } from '../../navigation.js';
import { articleInList } from '../article/state.js';
import { moveList } from '../list-keys.js';
import { START } from '../list-position.js';
import { screenForEntry } from '../menu/menu-rows.js';
import type { KeyEnvironment, KeyResult, ScreenKey } from '../screen-definition.js';
import { editText } from '../text-entry.js';
import { fetchMoreNearEnd, type SearchModel, searchListHeight } from './model.js';
import type { SearchScreen } from './state.js';

/** Keys of the search screen: the box while editing, the results otherwise. */
export function searchKeys(
  screen: SearchScreen,
  model: SearchModel,
  { action, input }: ScreenKey,
  env: KeyEnvironment,
): KeyResult {
  const rows = model.rows;
  const remember: NavigationAction = { type: 'remember-query', query: screen.query };
  const replace = (next: SearchScreen): KeyResult => [{ type: 'replace', screen: next }];

  if (screen.editing) {
    switch (action) {
      case 'cancel':
        return [{ type: 'pop' }];
      case 'submit': {
        if (screen.results?.query !== screen.query)
          return screen.query.trim() === '' ? [] : replace({ ...screen, openWhenReady: true });
        const settled: SearchScreen = { ...screen, openWhenReady: false };
        return [remember, ...replace(settled), ...openRow(settled, rows, env)];
      }
      case 'to-results':
        return rows.length > 0 ? [remember, ...replace({ ...screen, editing: false })] : [];
      case 'recall-query': {
        const recall = screen.recall + 1;
        const query = env.recentQueries[recall];
        return query === undefined ? [] : replace(withQuery(screen, query, recall));
      }
      default: {
        const query = editText(screen.query, action, input);
        return query === undefined ? [] : replace({ ...withQuery(screen, query, -1), openWhenReady: false });
      }
    }
  }

  if (action === 'search' || (action === 'up' && screen.list.selected === 0))
    return replace({ ...screen, editing: true });
  const list = moveList(screen.list, action, rows.length, searchListHeight(env.bodyHeight));
  if (list) return replace(fetchMoreNearEnd({ ...screen, list }, env.bodyHeight, action === 'bottom'));
  if (action === 'open') return [remember, ...openRow(screen, rows, env)];
  return [];
}

// A new query starts at the top with one page asked for: the rows loaded for the last query
// must not make every keystroke fetch thousands.
function withQuery(screen: SearchScreen, query: string, recall: number): SearchScreen {
  const { limit: _limit, followEnd: _followEnd, ...rest } = screen;
  return { ...rest, query, recall, list: START };
}

function openRow(screen: SearchScreen, rows: SearchModel['rows'], env: KeyEnvironment): KeyResult {
  const row = rows[screen.list.selected];
  if (!row) return [];
  if (row.kind === 'entity') {
    const entry = env.catalog.taxonomy.get(row.hit.entry.id) ?? row.hit.entry;
    return [{ type: 'push', screen: screenForEntry(env.catalog, entry) }];
  }
  const ids = rows.flatMap((r) => (r.kind === 'release' ? [r.hit.row.id] : []));
  const index = ids.indexOf(row.hit.row.id);
  const terms = screen.results?.terms ?? [];
  const article = articleInList(ids, index);
  return [{ type: 'push', screen: terms.length > 0 ? { ...article, find: { terms, match: 0 } } : article }];
}
