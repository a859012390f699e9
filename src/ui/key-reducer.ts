import type { Key } from 'ink';
import type { Catalog } from '../catalog/types.js';
import { type Action, actionFor, type Hint, hintsFor, type KeyContext } from './keymap.js';
import { type NavigationAction, navigate, type Screen, topScreen } from './navigation.js';
import { START } from './screens/list-position.js';
import type { ModelMemo } from './screens/model-memo.js';
import { definitionOf } from './screens/registry.js';
import type { KeyEnvironment, ScreenEnvironment } from './screens/screen-definition.js';
import { type EffectState, queueEffect, userEffectFor } from './user-effects.js';
import type { UserSnapshot } from './user-store.js';

/**
 * What a key press does to the browser's state: global keys (quit, back, help, search,
 * settings) the same way on every screen, the reader's own keys (m, u, y, o) as queued effects,
 * everything else by the top screen's definition (screens/registry.ts).
 */

/** What key handling reads besides the state: the catalog, the terminal's size and the reader. */
export interface BrowserEnvironment {
  catalog: Catalog;
  columns: number;
  /** Columns of the article text: the terminal width capped by the reading width. */
  readingColumns: number;
  bodyHeight: number;
  user?: UserSnapshot;
  colourForcedOff: boolean;
  /** The browser's memo of the top screen's view model. */
  models: ModelMemo;
}

/** The browser's state: the navigation stack, queued effects, and the last search screen's id. */
export type BrowserState = EffectState & { lastSearchId?: number };

/** The environment a screen's model is computed in: its columns are the reading width for articles. */
export function screenEnvironment(
  env: BrowserEnvironment,
  screen: Screen,
  recentQueries: readonly string[],
): ScreenEnvironment {
  const columns = definitionOf(screen).width === 'reading' ? env.readingColumns : env.columns;
  return {
    catalog: env.catalog,
    columns,
    bodyHeight: env.bodyHeight,
    user: env.user,
    recentQueries,
    colourForcedOff: env.colourForcedOff,
  };
}

/** The key context of the top screen (which bindings apply). */
export function keyContextOf(screen: Screen): KeyContext {
  return definitionOf(screen).context(screen);
}

/** The state after one key press (see splitKeyPresses), as the app's reducer applies it. */
export function pressKey(env: BrowserEnvironment, state: BrowserState, input: string, key: Key): BrowserState {
  const screen = topScreen(state);
  const definition = definitionOf(screen);
  const screenEnv = screenEnvironment(env, screen, state.recentQueries);
  const model = env.models.modelOf(screen, screenEnv);
  let searchId = state.lastSearchId ?? 0;
  const keyEnv: KeyEnvironment = {
    ...screenEnv,
    below: state.stack[state.stack.length - 2],
    newSearchId: () => ++searchId,
  };
  const action = actionFor(definition.context(screen), input, key);
  const effect = env.user ? userEffectFor(screen, action, definition.targets(screen, model)) : undefined;
  // Opening a watch marks it seen and opens it: the one effect that also moves.
  if (effect && effect.type !== 'open-watch') return queueEffect(state, effect);
  if (effect) state = queueEffect(state, effect);
  const actions = globalKeys(screen, action, keyEnv) ?? definition.keys(screen, model, { action, input }, keyEnv);
  const next = actions.reduce<BrowserState>(navigate, state);
  return searchId === (state.lastSearchId ?? 0) ? next : { ...next, lastSearchId: searchId };
}

/** What quit, back, help, search and settings do, the same way on every screen; undefined for other keys. */
function globalKeys(screen: Screen, action: Action | undefined, env: KeyEnvironment): NavigationAction[] | undefined {
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
      return screen.kind === 'search'
        ? undefined
        : [
            {
              type: 'push',
              screen: { kind: 'search', id: env.newSearchId(), query: '', editing: true, recall: -1, list: START },
            },
          ];
    case 'settings':
      return env.user && screen.kind !== 'settings'
        ? [{ type: 'push', screen: { kind: 'settings', list: START } }]
        : undefined;
    default:
      return undefined;
  }
}

/**
 * The status-bar hints of the top screen that would act right now: each hinted key is tried
 * on the state (the reducers are pure) and kept only if it changes something, so the bar never
 * names m on Home, Esc at Home, Enter on an empty list or n before a find.
 */
export function actingHints(env: BrowserEnvironment, state: BrowserState): Hint[] {
  return hintsFor(
    keyContextOf(topScreen(state)),
    (hint) => pressKey(env, state, hint.press.input, hint.press.key) !== state,
  );
}
