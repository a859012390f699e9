import { formatCount } from '../../../text/format-count.js';
import { entryName, oneLine } from '../../../text/labels.js';
import { fitWindow, positionLabel } from '../../layout/virtual-window.js';
import type { HomeScreen } from '../home/state.js';
import { listHeight, moveList } from '../list-keys.js';
import type { ListPosition } from '../list-position.js';
import type { KeyEnvironment, KeyResult, ScreenEnvironment, ScreenKey } from '../screen-definition.js';
import { homeRows, type MenuRow, menuRows } from './menu-rows.js';
import type { MenuScreen } from './state.js';

/** Home or a menu as shown: a title line, then rows with their release counts. */
export interface MenuModel {
  title: string;
  rows: MenuRow[];
  /** The visible part of the list. */
  window: ListPosition;
}

/** The rows of Home (with the reader's lists) or of a taxonomy menu. */
export function menuModel(screen: HomeScreen | MenuScreen, env: ScreenEnvironment): MenuModel {
  const { catalog } = env;
  const rows = screen.kind === 'home' ? homeRows(catalog, env.user) : menuRows(catalog, screen.entryId);
  const title =
    screen.kind === 'home'
      ? `${oneLine(catalog.title)} · ${formatCount(catalog.totalReleases)} ${catalog.totalReleases === 1 ? 'release' : 'releases'}`
      : entryName(catalog.taxonomy.get(screen.entryId));
  return { title, rows, window: fitWindow(screen.list, rows.length, listHeight(env.bodyHeight)) };
}

/** Keys of Home and of menus: move, and Enter opens the row. */
export function menuKeys<S extends HomeScreen | MenuScreen>(
  screen: S,
  model: MenuModel,
  { action }: ScreenKey,
  env: KeyEnvironment,
): KeyResult {
  const list = moveList(screen.list, action, model.rows.length, listHeight(env.bodyHeight));
  if (list) return [{ type: 'replace', screen: { ...screen, list } }];
  if (action === 'open') {
    const row = model.rows[screen.list.selected];
    return row ? [{ type: 'push', screen: row.open(env.newSearchId) }] : [];
  }
  return [];
}

/** "3/12": the selected row over the rows. */
export function menuPosition(screen: HomeScreen | MenuScreen, model: MenuModel): string {
  return positionLabel(screen.list.selected, model.rows.length);
}
