import type { Command } from 'commander';
import { lazyAction } from './lazy-action.js';
import { addSelectionOptions } from './selection-options.js';

/** Adds `osce-tui list`. */
export function register(program: Command): void {
  addSelectionOptions(program.command('list').description('list releases, newest first'))
    .option('--watch <n>', 'the releases of watch number N (see osce-tui watch list)')
    .option(
      '--new',
      'with --watch: only those new since the watch was last seen (nothing new prints nothing and exits 0)',
    )
    .option('--mark-seen', 'with --watch: then mark the watch seen, as of what was listed')
    .option('--json', 'print JSON')
    .action(lazyAction(async () => (await import('./list-action.js')).listReleases));
}
