import type { Catalog } from '../../catalog/types.js';
import type { Action } from '../keymap.js';
import type { ListPosition, NavigationAction, Screen } from '../navigation.js';
import { moveSelection, type ListMove } from '../layout/virtual-window.js';
import type { UserSnapshot } from '../user-store.js';

/** What a screen's key handler and layout may use besides its own state. */
export interface ScreenContext {
  catalog: Catalog;
  /** Terminal columns. */
  columns: number;
  /** Lines available to the screen body (between the breadcrumb and the status bar). */
  bodyHeight: number;
  /** The screen under this one on the stack (a picker applies its choice there). */
  below?: Screen;
  recentQueries: readonly string[];
  /** A fresh id for a new search screen. */
  newSearchId(): number;
  /** The reader's bookmarks, read marks and history; absent when the browser runs without them. */
  user?: UserSnapshot;
}

/** What a key press on a screen leads to; an empty list when the key does nothing there. */
export type KeyResult = NavigationAction[];

const MOVES: readonly string[] = ['up', 'down', 'page-up', 'page-down', 'top', 'bottom'];

/** True for the actions that move a selection or a pager. */
export function isMove(action: Action | undefined): action is ListMove & Action {
  return action !== undefined && MOVES.includes(action);
}

/** The moved list position, or undefined when the action is not a move. */
export function moveList(list: ListPosition, action: Action | undefined, total: number, height: number): ListPosition | undefined {
  if (!isMove(action)) return undefined;
  return moveSelection(list, action, total, height);
}
