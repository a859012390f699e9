import type { Command } from 'commander';
import { lazyAction } from './lazy-action.js';
import { addSelectionOptions } from './selection-options.js';

/** Adds `osce-tui list`. */
export function register(program: Command): void {
  addSelectionOptions(program.command('list').description('list releases, newest first'))
    .option('--json', 'print JSON')
    .action(lazyAction(async () => (await import('./list-action.js')).listReleases));
}
