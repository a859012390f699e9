import { readList } from '../resume-fields.js';
import type { ScreenDefinition } from '../screen-definition.js';
import { type SavedModel, savedKeys, savedModel, savedPosition, savedTargets, savedTitle } from './model.js';
import type { SavedScreen } from './state.js';
import { SavedListView } from './view.js';

/** Bookmarks, Recently read, New since last sync. */
export const savedScreen: ScreenDefinition<SavedScreen, SavedModel> = {
  width: 'terminal',
  context: () => 'list',
  crumbs: (screen) => [savedTitle(screen.which)],
  model: savedModel,
  position: savedPosition,
  keys: savedKeys,
  targets: savedTargets,
  View: SavedListView,
  save: (screen) => screen,
  restore: (saved) => {
    const list = readList(saved.list);
    const which = saved.which;
    return list && (which === 'bookmarks' || which === 'recent' || which === 'synced')
      ? { kind: 'saved', which, list }
      : undefined;
  },
};
