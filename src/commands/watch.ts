import type { Command } from 'commander';
import { lazyAction } from './lazy-action.js';

/** Adds `osce-tui watch [list|add|remove|seen]`. */
export function register(program: Command): void {
  const collect = (value: string, previous: string[] = []) => [...previous, value];
  const watch = program
    .command('watch')
    .description('follow entries, filters or searches: list them with their new releases, add, remove, mark seen');
  watch
    .command('list', { isDefault: true })
    .description('the watches, numbered, with how many releases each has and how many are new')
    .option('--json', 'print JSON')
    .action(lazyAction(async () => (await import('./watch-action.js')).listWatches));
  watch
    .command('add')
    .description('watch an entry (State, institution, field…) with filters, or a search')
    .argument('[name...]', 'an entry by name, alias or id, e.g. moldova or "mission to moldova"')
    .option('--country <name>', 'releases about this State or place too (repeatable)', collect)
    .option('--field <name>', 'releases in this field of work or meeting type too (repeatable)', collect)
    .option('--source <name>', 'releases from this structure or institution too (repeatable)', collect)
    .option('--type <type>', 'only this content type, e.g. "Press release"')
    .option('--search <query>', 'releases this search finds: words, "phrase", -word, country:, field:…')
    .option('--json', 'print JSON')
    .action(lazyAction(async () => (await import('./watch-action.js')).addWatch));
  watch
    .command('remove')
    .description('stop watching watch number N (see watch list)')
    .argument('<n>', 'the number of the watch')
    .option('--json', 'print JSON')
    .action(lazyAction(async () => (await import('./watch-action.js')).removeWatch));
  watch
    .command('seen')
    .description('mark watch N (or all) seen: nothing of it is new any more')
    .argument('<n>', 'the number of the watch, or all')
    .option('--json', 'print JSON')
    .action(lazyAction(async () => (await import('./watch-action.js')).markWatchesSeen));
}
