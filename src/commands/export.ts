import { type Command, Option } from 'commander';
import { lazyAction } from './lazy-action.js';
import { addSelectionOptions } from './selection-options.js';

/** Adds `osce-tui export`. */
export function register(program: Command): void {
  addSelectionOptions(program.command('export').description('write the selected releases as JSON lines or Markdown'))
    .addOption(new Option('--format <format>', 'output format').choices(['jsonl', 'markdown']).default('jsonl'))
    // JSON lines, not one document: an export streams any number of releases and stays a valid releases.jsonl.
    .option('--json', 'the JSON form: the same as --format jsonl')
    .option('--output <file>', 'write to FILE (replaced whole, never half-written) instead of stdout')
    .action(lazyAction(async () => (await import('./export-action.js')).exportReleases));
}
