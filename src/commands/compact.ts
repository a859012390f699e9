import type { Command } from 'commander';
import { lazyAction } from './lazy-action.js';

/** `osce-tui compact [--json]`: rewrites the bundle's releases into one canonical releases.jsonl. */
export function register(program: Command): void {
  program
    .command('compact')
    .description('rewrite the bundle into one sorted releases.jsonl (tidiness, load speed)')
    .option('--json', 'print what was done as JSON')
    .addHelpText(
      'after',
      '\nImports append a small file under releases/; compact folds them into releases.jsonl, e.g. after\n' +
        'many syncs or before committing a bundle to git. The releases read are the same before and after.\n\n' +
        'Examples:\n  osce-tui compact --bundle ./my-bundle\n  osce-tui compact --json',
    )
    .action(lazyAction(async () => (await import('./compact-action.js')).compactBundleCommand));
}
