import { type Command, Option } from 'commander';
import { lazyAction } from './lazy-action.js';
import { DEFAULT_SEARCH_LIMIT, parsePositiveInteger } from './selection-options.js';

/** Adds `osce-tui search QUERY`: the browser's search, printed. */
export function register(program: Command): void {
  program
    .command('search')
    .description(
      'search names and releases: words, "exact phrase", -word, country:, field:, source:, type:, year:2015..2017',
    )
    .argument('<query...>', 'the query (quote phrases for the shell: \'"human rights"\')')
    .addOption(
      new Option('--limit <n>', `at most N releases (default ${DEFAULT_SEARCH_LIMIT})`).argParser(parsePositiveInteger),
    )
    .option('--json', 'print JSON')
    // "-word" excludes a word: it reaches the query instead of failing as an unknown option.
    .allowUnknownOption()
    .action(lazyAction(async () => (await import('./search-action.js')).printSearchResults));
}
