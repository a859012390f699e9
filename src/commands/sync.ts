import type { Command } from 'commander';
import { BASE_URL_ENV, DEFAULT_BASE_URL } from '../sync/site-urls.js';
import { SOURCE_CHOICES } from '../sync/sources.js';
import { lazyAction } from './lazy-action.js';

/** `osce-tui sync`: fetches new releases from osce.org into the bundle, politely and resumably. */
export function register(program: Command): void {
  program
    .command('sync')
    .description('fetch new press releases from osce.org into the bundle (politely; resumes where it stopped)')
    .option('--source <name>', `listing to read: ${SOURCE_CHOICES.join(', ')}`, 'all')
    .option('--since <date>', 'leave releases older than this date (e.g. 2024-01-01)')
    .option('--max-requests <n>', 'stop after this many requests (run again to go on)')
    .option('--full', 'walk every listing page, not only up to the releases the bundle already has')
    .option('--dry-run', 'fetch and report, but write nothing to the bundle')
    .option('--json', 'print the report as JSON')
    .option('--base-url <url>', `read from a mirror instead of ${DEFAULT_BASE_URL} (or ${BASE_URL_ENV})`)
    .addHelpText(
      'after',
      '\nOne request at a time, at least 2 s apart (or the robots.txt Crawl-delay), as robots.txt allows.\n' +
        'Interrupted (Ctrl-C, a lost connection, --max-requests), it goes on where it stopped when run again.\n' +
        'Exit codes: 3 no network, 4 the site stopped the run (run again later).\n\n' +
        'Examples:\n  osce-tui sync --bundle ./my-bundle\n  osce-tui sync --source fom --since 2024-01-01 --dry-run --json',
    )
    .action(lazyAction(async () => (await import('./sync-action.js')).syncBundle));
}
