import type { Command } from 'commander';

// The browser's module holds Ink, React and every screen: it is loaded only when the browser starts.

/** Registers the browser: the default action, and `open NAME`. */
export function register(program: Command): void {
  program
    .option('--no-color', 'browse without colour (also when NO_COLOR is set)')
    .option('--home', 'start at Home instead of where you left')
    .action(async (_options: unknown, command: Command) => {
      const { bundle, color, home } = command.optsWithGlobals<{ bundle?: string; color: boolean; home?: boolean }>();
      await (await import('./browse-action.js')).runBrowser({ bundle, color, home });
    });
  program
    .command('open')
    .description('open the browser on an entity page: a State, an institution, a field of work…')
    .argument('<name...>', 'name or alias, matched forgivingly ("albania", "odihr", "mission in kosovo")')
    .option('--no-color', 'browse without colour (also when NO_COLOR is set)')
    .action(async (words: string[], _options: unknown, command: Command) => {
      const { bundle, color } = command.optsWithGlobals<{ bundle?: string; color: boolean }>();
      await (await import('./browse-action.js')).runBrowser({ bundle, color, name: words.join(' ') });
    });
}
