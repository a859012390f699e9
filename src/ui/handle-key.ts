import type { Key } from 'ink';
import { actionFor, type KeyContext } from './keymap.js';
import type { Screen } from './navigation.js';
import { START } from './navigation.js';
import { articleKeys } from './screens/article-keys.js';
import { entityKeys } from './screens/entity-keys.js';
import { helpKeys, latestKeys, menuKeys, pickerKeys } from './screens/list-screen-keys.js';
import type { KeyResult, ScreenContext } from './screens/screen-context.js';
import { searchKeys } from './screens/search-keys.js';
import { savedKeys } from './screens/saved-model.js';
import { settingsKeys } from './screens/settings-model.js';

/** The key context of a screen: text entry while a box is being typed in. */
export function contextOf(screen: Screen): KeyContext {
  switch (screen.kind) {
    case 'entity':
      return 'entity';
    case 'article':
      return screen.prompt !== undefined ? 'text-entry' : 'article';
    case 'search':
      return screen.editing ? 'text-entry' : 'list';
    case 'help':
      return 'pager';
    case 'settings':
      return 'settings';
    default:
      return 'list';
  }
}

/**
 * What a key press does: global keys (quit, back, help, search) are handled here, the same way
 * on every screen; everything else goes to the screen's own handler.
 */
export function handleKey(screen: Screen, input: string, key: Key, ctx: ScreenContext): KeyResult {
  const action = actionFor(contextOf(screen), input, key);
  switch (action) {
    case 'quit-now':
      return [{ type: 'quit' }];
    case 'quit':
      return [{ type: 'back-or-quit' }];
    case 'back':
      return [{ type: 'pop' }];
    case 'help':
      return screen.kind === 'help' ? [] : [{ type: 'push', screen: { kind: 'help', scroll: 0 } }];
    case 'search':
      if (screen.kind !== 'search') {
        return [{ type: 'push', screen: { kind: 'search', id: ctx.newSearchId(), query: '', editing: true, recall: -1, list: START } }];
      }
      break;
    case 'settings':
      if (ctx.user && screen.kind !== 'settings') return [{ type: 'push', screen: { kind: 'settings', list: START } }];
      break;
    default:
      break;
  }
  switch (screen.kind) {
    case 'home':
    case 'menu':
      return menuKeys(screen, action, ctx);
    case 'latest':
      return latestKeys(screen, action, ctx);
    case 'entity':
      return entityKeys(screen, action, ctx);
    case 'article':
      return articleKeys(screen, action, input, ctx);
    case 'search':
      return searchKeys(screen, action, input, ctx);
    case 'picker':
      return pickerKeys(screen, action, ctx);
    case 'help':
      return helpKeys(screen, action, ctx);
    case 'saved':
      return savedKeys(screen, action, ctx);
    case 'settings':
      return settingsKeys(screen, action, ctx);
  }
}
