import { menuLikeParts } from '../menu/definition.js';
import type { MenuModel } from '../menu/model.js';
import { readList } from '../resume-fields.js';
import type { ScreenDefinition } from '../screen-definition.js';
import type { HomeScreen } from './state.js';

/** Home: drawn and keyed like a menu (screens/menu), with its own rows. */
export const homeScreen: ScreenDefinition<HomeScreen, MenuModel> = {
  ...menuLikeParts,
  crumbs: () => ['Home'],
  save: (screen) => screen,
  restore: (saved) => {
    const list = readList(saved.list);
    return list ? { kind: 'home', list } : undefined;
  },
};
