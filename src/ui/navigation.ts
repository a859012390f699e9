import { START } from './screens/list-position.js';
import type { Screen } from './screens/screen-states.js';

export type { ArticleScreen, ReadingPlace, ReleaseOrigin } from './screens/article/state.js';
export type { EntityFilters, EntityScreen } from './screens/entity/state.js';
export { type ListPosition, START } from './screens/list-position.js';
export type { PickerOption, PickerPurpose, PickerScreen } from './screens/picker/state.js';

/**
 * Which screen is shown and everything needed to show it again exactly as it was left.
 * Screens are plain data (no functions, no catalog objects) so a stack can be saved and resumed.
 * Each kind's state is declared in its folder under screens/; screens/registry.ts says how each
 * one is drawn, keyed, named and saved.
 */
export type { Screen };

/** The kind of a screen. */
export type ScreenKind = Screen['kind'];

/** The screen of a kind. */
export type ScreenOf<K extends ScreenKind> = Extract<Screen, { kind: K }>;

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
  | { type: 'remember-query'; query: string };

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
    case 'remember-query': {
      const query = action.query.trim();
      if (query === '') return state;
      const recent = [query, ...state.recentQueries.filter((q) => q !== query)].slice(0, RECENT_LIMIT);
      return { ...state, recentQueries: recent };
    }
  }
}
