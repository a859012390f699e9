import { wrapText } from '../../../article/wrap-text.js';
import {
  type PreferenceKey,
  type Preferences,
  preferenceDefinition,
  READING_WIDTH_MAX,
  READING_WIDTH_MIN,
  THEMES,
} from '../../../state/preferences.js';
import { positionLabel } from '../../layout/virtual-window.js';
import { listHeight, moveList } from '../list-keys.js';
import type { KeyEnvironment, KeyResult, ScreenEnvironment, ScreenKey } from '../screen-definition.js';
import type { SettingsScreen } from './state.js';

/** Columns the reading width moves by per key. */
export const READING_WIDTH_STEP = 10;

/** The settings in screen order. */
export const SETTING_KEYS: readonly PreferenceKey[] = ['theme', 'readingWidth'];

/** One setting as a row: label and current value in words. */
export function settingRow(key: PreferenceKey, preferences: Preferences): { label: string; value: string } {
  return key === 'theme'
    ? { label: 'Theme', value: preferences.theme }
    : { label: 'Reading width', value: `${preferences.readingWidth} columns` };
}

/** The value a setting takes one step on (themes cycle; the width stops at its bounds). */
export function steppedPreference<K extends PreferenceKey>(
  key: K,
  preferences: Preferences,
  step: 1 | -1,
): Preferences[K] {
  if (key === 'theme') {
    const at = THEMES.indexOf(preferences.theme);
    return THEMES[(at + step + THEMES.length) % THEMES.length] as Preferences[K];
  }
  const width = Math.min(
    READING_WIDTH_MAX,
    Math.max(READING_WIDTH_MIN, preferences.readingWidth + step * READING_WIDTH_STEP),
  );
  return width as Preferences[K];
}

/** The settings as shown: each row's label and value, and the notes under them (none without the reader's state). */
export interface SettingsModel {
  rows: { key: PreferenceKey; label: string; value: string }[];
  notes: string[];
}

/** The settings with the reader's preferences, notes wrapped to the width. */
export function settingsModel(screen: SettingsScreen, env: ScreenEnvironment): SettingsModel {
  const user = env.user;
  if (!user) return { rows: [], notes: [] };
  const rows = SETTING_KEYS.map((key) => ({ key, ...settingRow(key, user.preferences) }));
  const selectedKey = SETTING_KEYS[screen.list.selected];
  const definition = selectedKey ? preferenceDefinition(selectedKey) : undefined;
  const notes = [
    ...(definition ? [`${definition.description}: ${definition.allowed}`] : []),
    'Enter, → or + next value · - previous value · saved at once',
    ...(env.colourForcedOff ? ['Colour is off (NO_COLOR, --no-color, TERM): the screen stays plain.'] : []),
  ].flatMap((note) => wrapText(note, env.columns));
  return { rows, notes };
}

/** Keys of the settings screen that move the selection (changing a value is a user effect). */
export function settingsKeys(
  screen: SettingsScreen,
  _model: SettingsModel,
  { action }: ScreenKey,
  env: KeyEnvironment,
): KeyResult {
  const list = moveList(screen.list, action, SETTING_KEYS.length, listHeight(env.bodyHeight));
  return list ? [{ type: 'replace', screen: { ...screen, list } }] : [];
}

/** "1/2". */
export function settingsPosition(screen: SettingsScreen): string {
  return positionLabel(screen.list.selected, SETTING_KEYS.length);
}
