import { isCount } from '../resume-fields.js';
import type { ScreenDefinition } from '../screen-definition.js';
import { type HelpModel, helpKeys, helpModel, helpPosition } from './model.js';
import type { HelpScreen } from './state.js';
import { HelpView } from './view.js';

/** The help screen. */
export const helpScreen: ScreenDefinition<HelpScreen, HelpModel> = {
  width: 'terminal',
  context: () => 'pager',
  crumbs: () => ['Help'],
  model: helpModel,
  position: helpPosition,
  keys: helpKeys,
  targets: () => ({}),
  View: HelpView,
  save: (screen) => screen,
  restore: (saved) => (isCount(saved.scroll) ? { kind: 'help', scroll: saved.scroll } : undefined),
};
