import type { Screen, ScreenKind, ScreenOf } from '../navigation.js';
import { articleScreen } from './article/definition.js';
import { entityScreen } from './entity/definition.js';
import { helpScreen } from './help/definition.js';
import { homeScreen } from './home/definition.js';
import { latestScreen } from './latest/definition.js';
import { menuScreen } from './menu/definition.js';
import { pickerScreen } from './picker/definition.js';
import { relatedScreen } from './related/definition.js';
import { savedScreen } from './saved/definition.js';
import type { ScreenDefinition } from './screen-definition.js';
import { searchScreen } from './search/definition.js';
import { settingsScreen } from './settings/definition.js';
import { timelineScreen, yearReleasesScreen } from './timeline/definition.js';

/**
 * Every kind of screen and its definition, one line each. A `Screen` kind without a line here,
 * or a definition lacking a part, does not compile (test/ui/screen-registry.types.ts shows it).
 */
export type ScreenRegistry = { [K in ScreenKind]: ScreenDefinition<ScreenOf<K>, unknown> };

export const SCREENS = {
  home: homeScreen,
  menu: menuScreen,
  entity: entityScreen,
  latest: latestScreen,
  article: articleScreen,
  help: helpScreen,
  search: searchScreen,
  picker: pickerScreen,
  saved: savedScreen,
  settings: settingsScreen,
  related: relatedScreen,
  timeline: timelineScreen,
  'year-releases': yearReleasesScreen,
} satisfies ScreenRegistry;

/** The definition of a screen's kind, typed for that screen (its model is opaque outside its folder). */
export function definitionOf<S extends Screen>(screen: S): ScreenDefinition<S, unknown> {
  // Indexing by a union kind loses which definition goes with which screen; the registry's type
  // guarantees each kind's definition takes that kind.
  return SCREENS[screen.kind] as ScreenDefinition<S, unknown>;
}
