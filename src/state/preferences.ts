/** Colour theme of the full-screen browser. */
export type Theme = 'dark' | 'light' | 'mono';

/** The reader's preferences. */
export interface Preferences {
  theme: Theme;
  /** Maximum width of article text, in columns. */
  readingWidth: number;
}

/** A preference key. */
export type PreferenceKey = keyof Preferences;

/** Values used until the reader sets their own. */
export const DEFAULT_PREFERENCES: Readonly<Preferences> = Object.freeze({ theme: 'dark', readingWidth: 100 });

export const THEMES: readonly Theme[] = ['dark', 'light', 'mono'];
export const READING_WIDTH_MIN = 40;
export const READING_WIDTH_MAX = 200;

/** How one preference is described, checked and parsed from text (`config set KEY VALUE`). */
export interface PreferenceDefinition<K extends PreferenceKey = PreferenceKey> {
  key: K;
  description: string;
  /** The allowed values in words, for help and error messages. */
  allowed: string;
  /** True when the value is valid for this key. */
  isValid(value: unknown): value is Preferences[K];
  /** The value written as text, or undefined when the text is not an allowed value. */
  parse(text: string): Preferences[K] | undefined;
}

const themeDefinition: PreferenceDefinition<'theme'> = {
  key: 'theme',
  description: 'colour theme of the browser',
  allowed: THEMES.join(', '),
  isValid: (value): value is Theme => typeof value === 'string' && (THEMES as readonly string[]).includes(value),
  parse: (text) => {
    const value = text.trim().toLowerCase();
    return themeDefinition.isValid(value) ? value : undefined;
  },
};

const readingWidthDefinition: PreferenceDefinition<'readingWidth'> = {
  key: 'readingWidth',
  description: 'maximum width of article text, in columns',
  allowed: `a whole number from ${READING_WIDTH_MIN} to ${READING_WIDTH_MAX}`,
  isValid: (value): value is number =>
    typeof value === 'number' && Number.isInteger(value) && value >= READING_WIDTH_MIN && value <= READING_WIDTH_MAX,
  parse: (text) => {
    if (!/^\s*\d+\s*$/.test(text)) return undefined;
    const value = Number(text);
    return readingWidthDefinition.isValid(value) ? value : undefined;
  },
};

/** Every preference, in the order settings show them. */
export const PREFERENCE_DEFINITIONS: readonly PreferenceDefinition[] = [
  themeDefinition,
  readingWidthDefinition,
] as PreferenceDefinition[];

/** The definition of a key, or undefined for an unknown key. */
export function preferenceDefinition(key: string): PreferenceDefinition | undefined {
  return PREFERENCE_DEFINITIONS.find((definition) => definition.key === key);
}

/** Outcome of reading a preference from text. */
export type PreferenceParse =
  | { ok: true; key: PreferenceKey; value: Preferences[PreferenceKey] }
  | { ok: false; message: string };

/** Checks a key and a value given as text, as `config set KEY VALUE` receives them. */
export function parsePreference(key: string, text: string): PreferenceParse {
  const definition = preferenceDefinition(key);
  if (!definition) {
    return { ok: false, message: `unknown setting "${key}"; settings are: ${preferenceKeys().join(', ')}` };
  }
  const value = definition.parse(text);
  if (value === undefined) {
    return { ok: false, message: `"${text}" is not a valid ${definition.key}; expected ${definition.allowed}` };
  }
  return { ok: true, key: definition.key, value };
}

/** The preference keys, in settings order. */
export function preferenceKeys(): PreferenceKey[] {
  return PREFERENCE_DEFINITIONS.map((definition) => definition.key);
}
