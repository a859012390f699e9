import type { Command } from 'commander';
import { lazyAction } from './lazy-action.js';

/** `osce-tui taxonomy [--ids] [--json]`: the OSCE's map of itself as a tree. */
export function register(program: Command): void {
  program
    .command('taxonomy')
    .description('print the taxonomy tree: fields of work, meetings, countries, structures and institutions')
    .option('--ids', 'show each entry\'s id (its kind is the part before ":")')
    .option('--json', 'print the tree as JSON (nested children)')
    .addHelpText(
      'after',
      '\nExamples:\n  osce-tui taxonomy\n  osce-tui taxonomy --ids | grep -i kosovo\n  osce-tui taxonomy --json',
    )
    .action(lazyAction(async () => (await import('./taxonomy-action.js')).printTaxonomy));
}
