import type { ReleaseRow } from '../../../catalog/types.js';
import { fitWindow, positionLabel } from '../../layout/virtual-window.js';
import { listHeight, moveList, openReleaseAt } from '../list-keys.js';
import type { ListPosition } from '../list-position.js';
import type { KeyEnvironment, KeyResult, KeyTargets, ScreenEnvironment, ScreenKey } from '../screen-definition.js';
import type { LatestScreen } from './state.js';

/** The visible window of every release, newest first: only a screenful is fetched. */
export interface LatestModel {
  total: number;
  window: ListPosition;
  /** The rows of the window, from `window.scroll`. */
  rows: ReleaseRow[];
}

/** Latest releases at a body height. */
export function latestModel(screen: LatestScreen, { catalog, bodyHeight }: ScreenEnvironment): LatestModel {
  const visible = listHeight(bodyHeight);
  const window = fitWindow(screen.list, catalog.totalReleases, visible);
  return { total: catalog.totalReleases, window, rows: catalog.list({}, window.scroll, visible) };
}

/** Keys of the Latest releases list. */
export function latestKeys(
  screen: LatestScreen,
  model: LatestModel,
  { action }: ScreenKey,
  env: KeyEnvironment,
): KeyResult {
  const list = moveList(screen.list, action, model.total, listHeight(env.bodyHeight));
  if (list) return [{ type: 'replace', screen: { ...screen, list } }];
  if (action === 'open') return openReleaseAt(env, {}, screen.list.selected);
  return [];
}

/** The selected release. */
export function latestTargets(screen: LatestScreen, model: LatestModel): KeyTargets {
  const row = model.rows[screen.list.selected - model.window.scroll];
  return row ? { selected: { kind: 'release', id: row.id } } : {};
}

/** "120/4,312". */
export function latestPosition(screen: LatestScreen, model: LatestModel): string {
  return positionLabel(screen.list.selected, model.total);
}
