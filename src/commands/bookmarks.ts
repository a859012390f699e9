import type { Command } from 'commander';
import { lazyAction } from './lazy-action.js';

/** Adds `osce-tui bookmarks`. */
export function register(program: Command): void {
  program
    .command('bookmarks')
    .description('list bookmarked releases and entries, most recent first')
    .option('--json', 'print JSON')
    .action(lazyAction(async () => (await import('./bookmarks-action.js')).listBookmarks));
}
