import type { Command } from 'commander';
import { lazyAction } from './lazy-action.js';

/** Adds `osce-tui lookup NAME`. */
export function register(program: Command): void {
  program
    .command('lookup')
    .description('the card of a State, institution or other OSCE entry: facts, releases per year, latest releases')
    .argument('<name...>', 'name, alias or id, e.g. "odihr" or "North Macedonia"')
    .option(
      '--compare <name>',
      'releases per year side by side with another entry (repeatable, up to 3 in all)',
      (value: string, previous: string[] = []) => [...previous, value],
    )
    .option('--json', 'print JSON')
    .action(lazyAction(async () => (await import('./lookup-action.js')).lookupEntry));
}
