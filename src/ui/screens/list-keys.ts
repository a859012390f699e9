import type { ReleaseFilter } from '../../catalog/types.js';
import type { Action } from '../keymap.js';
import { type ListMove, moveSelection } from '../layout/virtual-window.js';
import type { ListPosition } from './list-position.js';
import type { KeyEnvironment, KeyResult } from './screen-definition.js';

/** Lines above a menu, picker or release list: its title or column header. */
export const LIST_HEADER_LINES = 1;

/** Rows a plain list shows at a body height. */
export function listHeight(bodyHeight: number): number {
  return Math.max(1, bodyHeight - LIST_HEADER_LINES);
}

const MOVES: readonly string[] = ['up', 'down', 'page-up', 'page-down', 'top', 'bottom'];

/** True for the actions that move a selection or a pager. */
export function isMove(action: Action | undefined): action is ListMove & Action {
  return action !== undefined && MOVES.includes(action);
}

/** The moved list position, or undefined when the action is not a move. */
export function moveList(
  list: ListPosition,
  action: Action | undefined,
  total: number,
  height: number,
): ListPosition | undefined {
  if (!isMove(action)) return undefined;
  return moveSelection(list, action, total, height);
}

/** Opens the release at an index of a filtered list, remembering the list for `[` and `]`. */
export function openReleaseAt(env: KeyEnvironment, filter: ReleaseFilter, index: number): KeyResult {
  const row = env.catalog.list(filter, index, 1)[0];
  if (!row) return [];
  return [
    {
      type: 'push',
      screen: { kind: 'article', releaseId: row.id, scroll: 0, origin: { kind: 'filter', filter, index } },
    },
  ];
}
