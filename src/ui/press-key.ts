import type { Key } from 'ink';
import type { Catalog } from '../catalog/types.js';
import { contextOf, handleKey } from './handle-key.js';
import { actionFor, hintsFor, type Hint } from './keymap.js';
import { navigate, topScreen } from './navigation.js';
import type { ScreenContext } from './screens/screen-context.js';
import { queueEffect, userEffectFor, type EffectState } from './user-effects.js';
import type { UserSnapshot } from './user-store.js';

/** What key handling needs besides the navigation state; the app keeps it current. */
export interface KeyEnvironment {
  catalog: Catalog;
  columns: number;
  /** Columns of the article text: the terminal width capped by the reading width. */
  articleColumns: number;
  bodyHeight: number;
  /** The id of the last search screen opened. */
  searchId: number;
  user?: UserSnapshot;
}

/** The state after one key press (see splitKeyPresses), as the app's reducer applies it. */
export function pressKey(env: KeyEnvironment, current: EffectState, input: string, key: Key): EffectState {
  const screen = topScreen(current);
  const ctx: ScreenContext = {
    catalog: env.catalog,
    columns: screen.kind === 'article' ? env.articleColumns : env.columns,
    bodyHeight: env.bodyHeight,
    below: current.stack[current.stack.length - 2],
    recentQueries: current.recentQueries,
    newSearchId: () => ++env.searchId,
    user: env.user,
  };
  const effect = env.user ? userEffectFor(screen, actionFor(contextOf(screen), input, key), ctx) : undefined;
  if (effect) return queueEffect(current, effect);
  return handleKey(screen, input, key, ctx).reduce<EffectState>(navigate, current);
}

/**
 * The status-bar hints of the top screen that would act right now: each hinted key is tried
 * on the state (the reducers are pure) and kept only if it changes something, so the bar never
 * names m on Home, Esc at Home, Enter on an empty list or n before a find.
 */
export function actingHints(env: KeyEnvironment, state: EffectState): Hint[] {
  // A copy: trying `/` must not use up a search id.
  const trial = { ...env };
  return hintsFor(contextOf(topScreen(state)), (hint) => pressKey(trial, state, hint.press.input, hint.press.key) !== state);
}
