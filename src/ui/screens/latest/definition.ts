import { readList } from '../resume-fields.js';
import type { ScreenDefinition } from '../screen-definition.js';
import { type LatestModel, latestKeys, latestModel, latestPosition, latestTargets } from './model.js';
import type { LatestScreen } from './state.js';
import { LatestView } from './view.js';

/** Latest releases. */
export const latestScreen: ScreenDefinition<LatestScreen, LatestModel> = {
  width: 'terminal',
  context: () => 'list',
  crumbs: () => ['Latest releases'],
  model: latestModel,
  position: latestPosition,
  keys: latestKeys,
  targets: latestTargets,
  View: LatestView,
  save: (screen) => screen,
  restore: (saved) => {
    const list = readList(saved.list);
    return list ? { kind: 'latest', list } : undefined;
  },
};
