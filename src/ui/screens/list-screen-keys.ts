import type { ReleaseFilter } from '../../catalog/types.js';
import type { Action } from '../keymap.js';
import { fitScroll, movePager } from '../layout/virtual-window.js';
import { START, type Screen } from '../navigation.js';
import { applyChoice } from './pickers.js';
import { stackForEntry } from './start-screens.js';
import { helpLines } from './help-model.js';
import { homeRows, menuRows } from './menu-model.js';
import { isMove, moveList, type KeyResult, type ScreenContext } from './screen-context.js';

/** Lines above a menu, picker or release list: its title or column header. */
export const LIST_HEADER_LINES = 1;

/** Rows a plain list shows at a body height. */
export function listHeight(bodyHeight: number): number {
  return Math.max(1, bodyHeight - LIST_HEADER_LINES);
}

/** Keys of Home and of menus. */
export function menuKeys(screen: Extract<Screen, { kind: 'home' | 'menu' }>, action: Action | undefined, ctx: ScreenContext): KeyResult {
  const rows = screen.kind === 'home' ? homeRows(ctx.catalog, ctx.user) : menuRows(ctx.catalog, screen.entryId);
  const list = moveList(screen.list, action, rows.length, listHeight(ctx.bodyHeight));
  if (list) return [{ type: 'replace', screen: { ...screen, list } }];
  if (action === 'open') {
    const row = rows[screen.list.selected];
    return row ? [{ type: 'push', screen: row.open(ctx.newSearchId) }] : [];
  }
  return [];
}

/** Keys of the Latest releases list. */
export function latestKeys(screen: Extract<Screen, { kind: 'latest' }>, action: Action | undefined, ctx: ScreenContext): KeyResult {
  const total = ctx.catalog.totalReleases;
  const list = moveList(screen.list, action, total, listHeight(ctx.bodyHeight));
  if (list) return [{ type: 'replace', screen: { ...screen, list } }];
  if (action === 'open') return openReleaseAt(ctx, {}, screen.list.selected);
  return [];
}

/** Opens the release at an index of a filtered list, remembering the list for `[` and `]`. */
export function openReleaseAt(ctx: ScreenContext, filter: ReleaseFilter, index: number): KeyResult {
  const row = ctx.catalog.list(filter, index, 1)[0];
  if (!row) return [];
  return [{ type: 'push', screen: { kind: 'article', releaseId: row.id, scroll: 0, origin: { kind: 'filter', filter, index } } }];
}

/** Keys of a picker: choosing applies to the screen below or opens an entity. */
export function pickerKeys(screen: Extract<Screen, { kind: 'picker' }>, action: Action | undefined, ctx: ScreenContext): KeyResult {
  const list = moveList(screen.list, action, screen.options.length, listHeight(ctx.bodyHeight));
  if (list) return [{ type: 'replace', screen: { ...screen, list } }];
  if (action !== 'open') return [];
  const option = screen.options[screen.list.selected];
  if (!option) return [];
  if (screen.purpose.kind === 'open-entity' || screen.purpose.kind === 'start-at-entity') {
    const entry = ctx.catalog.taxonomy.get(option.key);
    if (!entry) return [];
    // `open NAME` ends where a direct match would (Home › Countries › … › Albania), so Back walks
    // up the menus; a list of mentions stays beneath the page it opened.
    if (screen.purpose.kind === 'start-at-entity') return [{ type: 'reset', stack: stackForEntry(ctx.catalog, entry.id) }];
    return [{ type: 'push', screen: { kind: 'entity', entryId: entry.id, filters: {}, list: START } }];
  }
  const below = ctx.below;
  if (below?.kind !== 'entity') return [{ type: 'pop' }];
  const filters = applyChoice(below.filters, screen.purpose, option);
  return [{ type: 'pop-and-update', screen: { ...below, filters, list: START } }];
}

/** Keys of the help screen: it scrolls like a pager. */
export function helpKeys(screen: Extract<Screen, { kind: 'help' }>, action: Action | undefined, ctx: ScreenContext): KeyResult {
  if (!isMove(action)) return [];
  const total = helpLines(ctx.columns).length;
  const scroll = movePager(fitScroll(screen.scroll, total, ctx.bodyHeight), action, total, ctx.bodyHeight);
  return [{ type: 'replace', screen: { ...screen, scroll } }];
}
