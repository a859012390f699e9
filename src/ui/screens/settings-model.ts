import { READING_WIDTH_MAX, READING_WIDTH_MIN, THEMES, type PreferenceKey, type Preferences } from '../../state/preferences.js';
import type { Action } from '../keymap.js';
import type { Screen } from '../navigation.js';
import { listHeight } from './list-screen-keys.js';
import { moveList, type KeyResult, type ScreenContext } from './screen-context.js';

/** The settings screen. */
export type SettingsScreen = Extract<Screen, { kind: 'settings' }>;

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
export function steppedPreference<K extends PreferenceKey>(key: K, preferences: Preferences, step: 1 | -1): Preferences[K] {
  if (key === 'theme') {
    const at = THEMES.indexOf(preferences.theme);
    return THEMES[(at + step + THEMES.length) % THEMES.length] as Preferences[K];
  }
  const width = Math.min(READING_WIDTH_MAX, Math.max(READING_WIDTH_MIN, preferences.readingWidth + step * READING_WIDTH_STEP));
  return width as Preferences[K];
}

/** Keys of the settings screen that move the selection (changing a value is a user effect). */
export function settingsKeys(screen: SettingsScreen, action: Action | undefined, ctx: ScreenContext): KeyResult {
  const list = moveList(screen.list, action, SETTING_KEYS.length, listHeight(ctx.bodyHeight));
  return list ? [{ type: 'replace', screen: { ...screen, list } }] : [];
}
