import type { Theme as ThemePreference } from '../state/preferences.js';
import { COLOUR_THEME, MONO_THEME, type Theme } from './theme.js';

/** Colours that read on a light background: no cyan or yellow text on white. */
const LIGHT_THEME: Theme = {
  ...COLOUR_THEME,
  breadcrumb: { color: 'blue', bold: true },
  statusKey: { color: 'blue' },
  selected: { color: 'white', backgroundColor: 'blue' },
  match: { color: 'black', backgroundColor: 'yellowBright' },
  chart: { color: 'green' },
  warning: { color: 'red' },
};

/**
 * The theme to draw with: the reader's preference, unless colour is off (NO_COLOR, --no-color,
 * a terminal without colour), which always wins.
 */
export function themeForPreference(preference: ThemePreference, forced: Theme): Theme {
  if (forced.name === 'mono') return forced;
  if (preference === 'mono') return MONO_THEME;
  return preference === 'light' ? LIGHT_THEME : COLOUR_THEME;
}
