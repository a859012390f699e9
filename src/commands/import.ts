import type { Command } from 'commander';
import { lazyAction } from './lazy-action.js';

/** `osce-tui import PATH... [--dry-run] [--json]`: reads page dumps and merges them into the bundle. */
export function register(program: Command): void {
  program
    .command('import')
    .description(
      'read text dumps or saved HTML pages of osce.org (files, folders of *.txt / *.html, or - for stdin) into the bundle',
    )
    .argument('<path...>', 'page files, folders, or - for stdin')
    .option('--dry-run', 'read and report, but write nothing')
    .option('--json', 'print the report as JSON')
    .addHelpText(
      'after',
      '\nThe bundle is --bundle DIR, else OSCE_TUI_BUNDLE, else the packaged data/bundle; a folder that\n' +
        'does not exist yet is created. Importing the same page again changes nothing.\n\n' +
        'Examples:\n  osce-tui import --bundle ./my-bundle pages/\n  osce-tui import --dry-run --json page.txt\n  cat page.txt | osce-tui import --bundle ./my-bundle -',
    )
    .action(lazyAction(async () => (await import('./import-action.js')).importPages));
}
