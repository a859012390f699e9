import type { Command } from 'commander';
import { preferenceKeys } from '../state/preferences.js';
import { lazyAction } from './lazy-action.js';

/** Adds `osce-tui config get|set|list`. */
export function register(program: Command): void {
  const config = program.command('config').description('show or change preferences (theme, reading width)');

  config
    .command('get')
    .description('print one setting')
    .argument('<key>', `one of: ${preferenceKeys().join(', ')}`)
    .option('--json', 'print JSON')
    .action(lazyAction(async () => (await import('./config-action.js')).printSetting));

  config
    .command('set')
    .description('change one setting')
    .argument('<key>', `one of: ${preferenceKeys().join(', ')}`)
    .argument('<value>', 'the new value')
    .option('--json', 'print JSON')
    .action(lazyAction(async () => (await import('./config-action.js')).changeSetting));

  config
    .command('list')
    .description('print every setting with its allowed values')
    .option('--json', 'print JSON')
    .action(lazyAction(async () => (await import('./config-action.js')).printSettings));
}
