import type { ReleaseRow } from '../../../catalog/types.js';
import { oneLine } from '../../../text/labels.js';
import { fitWindow, positionLabel } from '../../layout/virtual-window.js';
import { articleInList } from '../article/state.js';
import { listHeight, moveList } from '../list-keys.js';
import type { ListPosition } from '../list-position.js';
import type { KeyEnvironment, KeyResult, KeyTargets, ScreenEnvironment, ScreenKey } from '../screen-definition.js';
import type { RelatedScreen } from './state.js';

const RELATED_LIMIT = 20;
// The title line above the list.
const TITLE_LINES = 1;

/** The related releases, most related first, and the visible window of them. */
export interface RelatedModel {
  title: string;
  rows: ReleaseRow[];
  window: ListPosition;
}

/** The list, computed once per state (the model memo keeps it while the selection moves). */
export function relatedModel(
  screen: RelatedScreen,
  env: ScreenEnvironment,
  previous?: { screen: RelatedScreen; model: RelatedModel },
): RelatedModel {
  const height = listHeight(env.bodyHeight) - TITLE_LINES;
  if (previous && previous.screen.releaseId === screen.releaseId) {
    return { ...previous.model, window: fitWindow(screen.list, previous.model.rows.length, height) };
  }
  const release = env.catalog.get(screen.releaseId);
  const rows = release ? env.catalog.related(release, RELATED_LIMIT).related.map((item) => item.row) : [];
  const title = `Related to ${oneLine(release?.title ?? screen.releaseId)}`;
  return { title, rows, window: fitWindow(screen.list, rows.length, height) };
}

/** Move, and Enter opens the release with [ and ] stepping through the related list. */
export function relatedKeys(
  screen: RelatedScreen,
  model: RelatedModel,
  { action }: ScreenKey,
  env: KeyEnvironment,
): KeyResult {
  const list = moveList(screen.list, action, model.rows.length, listHeight(env.bodyHeight) - TITLE_LINES);
  if (list) return [{ type: 'replace', screen: { ...screen, list } }];
  const row = model.rows[screen.list.selected];
  if (action !== 'open' || !row) return [];
  const ids = model.rows.map((item) => item.id);
  return [{ type: 'push', screen: articleInList(ids, screen.list.selected) }];
}

/** The selected release. */
export function relatedTargets(screen: RelatedScreen, model: RelatedModel): KeyTargets {
  const row = model.rows[screen.list.selected];
  return row ? { selected: { kind: 'release', id: row.id } } : {};
}

/** "3/20". */
export function relatedPosition(screen: RelatedScreen, model: RelatedModel): string {
  return positionLabel(screen.list.selected, model.rows.length);
}
