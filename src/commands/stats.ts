import type { Command } from 'commander';
import { lazyAction } from './lazy-action.js';

/** `osce-tui stats [--json]`: releases by type and year, taxonomy entries by kind. */
export function register(program: Command): void {
  program
    .command('stats')
    .description('count the releases per content type and per year, and the taxonomy entries per kind')
    .option('--json', 'print the counts as JSON')
    .addHelpText('after', '\nExamples:\n  osce-tui stats\n  osce-tui stats --json --bundle ./my-bundle')
    .action(lazyAction(async () => (await import('./stats-action.js')).printStats));
}
