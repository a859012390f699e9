import { entryName } from '../../../text/labels.js';
import type { HomeScreen } from '../home/state.js';
import { isEntry, readList } from '../resume-fields.js';
import type { ScreenDefinition } from '../screen-definition.js';
import { type MenuModel, menuKeys, menuModel, menuPosition } from './model.js';
import type { MenuScreen } from './state.js';
import { MenuView } from './view.js';

/** What Home and the menus share: rows with counts, keyed and drawn alike. */
export const menuLikeParts: Omit<
  ScreenDefinition<HomeScreen | MenuScreen, MenuModel>,
  'crumbs' | 'save' | 'restore'
> = {
  width: 'terminal',
  context: () => 'list',
  model: menuModel,
  position: menuPosition,
  keys: menuKeys,
  targets: (screen, model) => {
    const watch = model.rows[screen.list.selected]?.watch;
    return watch === undefined ? {} : { watch };
  },
  View: MenuView,
};

/** A taxonomy menu. */
export const menuScreen: ScreenDefinition<MenuScreen, MenuModel> = {
  ...menuLikeParts,
  crumbs: (screen, catalog) => [entryName(catalog.taxonomy.get(screen.entryId))],
  save: (screen) => screen,
  restore: (saved, { catalog }) => {
    const list = readList(saved.list);
    return list && isEntry(saved.entryId, catalog) ? { kind: 'menu', entryId: saved.entryId, list } : undefined;
  },
};
