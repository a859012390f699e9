import { formatCount } from '../../text/format-count.js';
import type { ListPosition } from '../screens/list-position.js';

/**
 * Keeps a list's selection in range and its scroll such that the selection is visible, moving
 * the window as little as possible. Only rows [scroll, scroll + height) are ever rendered.
 */
export function fitWindow(position: ListPosition, total: number, height: number): ListPosition {
  if (total <= 0) return { selected: 0, scroll: 0 };
  const rows = Math.max(1, height);
  const selected = clamp(position.selected, 0, total - 1);
  let scroll = clamp(position.scroll, 0, Math.max(0, total - rows));
  if (selected < scroll) scroll = selected;
  if (selected >= scroll + rows) scroll = selected - rows + 1;
  return { selected, scroll };
}

/** How a list position moves. */
export type ListMove = 'up' | 'down' | 'page-up' | 'page-down' | 'top' | 'bottom';

/** Moves the selection of a list of `total` rows shown `height` at a time. */
export function moveSelection(position: ListPosition, move: ListMove, total: number, height: number): ListPosition {
  const rows = Math.max(1, height);
  const delta: Record<ListMove, number> = {
    up: -1,
    down: 1,
    'page-up': -rows,
    'page-down': rows,
    top: -Infinity,
    bottom: Infinity,
  };
  const target = clamp(position.selected + delta[move], 0, Math.max(0, total - 1));
  // Paging moves the window with the selection, like a pager, instead of only the cursor.
  const scroll =
    move === 'page-up' || move === 'page-down' ? position.scroll + (target - position.selected) : position.scroll;
  return fitWindow({ selected: target, scroll }, total, rows);
}

/** Scroll offset of a pager of `total` lines after a move; `height` lines are visible. */
export function movePager(scroll: number, move: ListMove, total: number, height: number): number {
  const rows = Math.max(1, height);
  const last = Math.max(0, total - rows);
  const delta: Record<ListMove, number> = {
    up: -1,
    down: 1,
    'page-up': -Math.max(1, rows - 1),
    'page-down': Math.max(1, rows - 1),
    top: -Infinity,
    bottom: Infinity,
  };
  return clamp(scroll + delta[move], 0, last);
}

/** A pager's scroll kept within its text (after a resize rewraps it to fewer lines). */
export function fitScroll(scroll: number, total: number, height: number): number {
  return clamp(scroll, 0, Math.max(0, total - Math.max(1, height)));
}

/** "120/4,312": the 1-based selection over the total, with thousands separators. */
export function positionLabel(selected: number, total: number): string {
  if (total === 0) return '0/0';
  return `${formatCount(selected + 1)}/${formatCount(total)}`;
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, value));
}
