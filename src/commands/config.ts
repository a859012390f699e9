import type { Command } from 'commander';
import { UserError } from '../cli/errors.js';
import { wrapText } from '../article/wrap-text.js';
import { outputWidth, writeJson, writeOut } from '../cli/output.js';
import { PREFERENCE_DEFINITIONS, preferenceDefinition, preferenceKeys } from '../state/preferences.js';
import { openCommandUserState } from './list.js';

function unknownKey(key: string): UserError {
  return new UserError(`unknown setting "${key}"; settings are: ${preferenceKeys().join(', ')}`);
}

/** Adds `osce-tui config get|set|list`. */
export function register(program: Command): void {
  const config = program.command('config').description('show or change preferences (theme, reading width)');

  config
    .command('get')
    .description('print one setting')
    .argument('<key>', `one of: ${preferenceKeys().join(', ')}`)
    .option('--json', 'print JSON')
    .action((key: string, options: { json?: boolean }) => {
      if (!preferenceDefinition(key)) throw unknownKey(key);
      const value = (openCommandUserState().preferences.get() as unknown as Record<string, unknown>)[key];
      if (options.json) writeJson({ key, value });
      else writeOut(String(value));
    });

  config
    .command('set')
    .description('change one setting')
    .argument('<key>', `one of: ${preferenceKeys().join(', ')}`)
    .argument('<value>', 'the new value')
    .option('--json', 'print JSON')
    .action((key: string, text: string, options: { json?: boolean }) => {
      const state = openCommandUserState();
      const result = state.preferences.setFromText(key, text);
      if (!result.ok) throw new UserError(result.message);
      const value = (state.preferences.get() as unknown as Record<string, unknown>)[key];
      if (!state.persistent) throw new UserError(`could not save ${key} in ${state.configPath}`);
      if (options.json) writeJson({ key, value });
      else writeOut(`${key} = ${String(value)}`);
    });

  config
    .command('list')
    .description('print every setting with its allowed values')
    .option('--json', 'print JSON')
    .action((options: { json?: boolean }) => {
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
            ...wrapText(`${setting.description}: ${setting.allowed}`, outputWidth() - indent.length).map((line) => indent + line),
          ])
          .join('\n'),
      );
    });
}
