import { wrapText } from '../article/wrap-text.js';
import { UserError } from '../cli/errors.js';
import { outputWidth, writeJson, writeOut } from '../cli/output.js';
import { PREFERENCE_DEFINITIONS, preferenceDefinition, preferenceKeys } from '../state/preferences.js';
import { openCommandUserState } from './command-context.js';

function unknownKey(key: string): UserError {
  return new UserError(`unknown setting "${key}"; settings are: ${preferenceKeys().join(', ')}`);
}

/** `osce-tui config get KEY`: one setting. */
export function printSetting(key: string, options: { json?: boolean }): void {
  if (!preferenceDefinition(key)) throw unknownKey(key);
  const value = (openCommandUserState().preferences.get() as unknown as Record<string, unknown>)[key];
  if (options.json) writeJson({ key, value });
  else writeOut(String(value));
}

/** `osce-tui config set KEY VALUE`: changes one setting and saves it. */
export function changeSetting(key: string, text: string, options: { json?: boolean }): void {
  const state = openCommandUserState();
  const result = state.preferences.setFromText(key, text);
  if (!result.ok) throw new UserError(result.message);
  const value = (state.preferences.get() as unknown as Record<string, unknown>)[key];
  if (!state.persistent) throw new UserError(`could not save ${key} in ${state.configPath}`);
  if (options.json) writeJson({ key, value });
  else writeOut(`${key} = ${String(value)}`);
}

/** `osce-tui config list`: every setting with its allowed values. */
export function printSettings(options: { json?: boolean }): void {
  const state = openCommandUserState();
  const preferences = state.preferences.get() as unknown as Record<string, unknown>;
  const settings = PREFERENCE_DEFINITIONS.map((definition) => ({
    key: definition.key,
    value: preferences[definition.key],
    allowed: definition.allowed,
    description: definition.description,
  }));
  if (options.json) {
    writeJson({ configFile: state.configPath, settings });
    return;
  }
  const keyWidth = Math.max(...settings.map((setting) => setting.key.length));
  const indent = ' '.repeat(keyWidth + 2);
  writeOut(
    settings
      .flatMap((setting) => [
        `${setting.key.padEnd(keyWidth)}  ${String(setting.value)}`,
        ...wrapText(`${setting.description}: ${setting.allowed}`, outputWidth() - indent.length).map(
          (line) => indent + line,
        ),
      ])
      .join('\n'),
  );
}
