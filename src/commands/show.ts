import { type Command, InvalidArgumentError } from 'commander';
import { MIN_OUTPUT_WIDTH } from '../cli/output.js';
import { lazyAction } from './lazy-action.js';

/** `osce-tui show ID|TITLE-WORDS [--width N] [--json]`: one release as text or JSON. */
export function register(program: Command): void {
  program
    .command('show')
    .description('print a release as text, found by its id or by words of its title')
    .argument('<query...>', 'a release id, or words that all appear in the title')
    .option('--width <n>', 'wrap to N columns, 40 to 1000 (default: the terminal width, or 80 when piped)', parseWidth)
    .option('--related', 'list the releases most related to it instead')
    .option('--json', 'print the release as JSON')
    .addHelpText(
      'after',
      '\nExamples:\n  osce-tui show human trafficking migration routes\n  osce-tui show --width 60 vicenza\n  osce-tui show --json pioneering live exercise',
    )
    .action(lazyAction(async () => (await import('./show-action.js')).showRelease));
}

const MAX_WIDTH = 1000;

// Text is never laid out narrower than MIN_OUTPUT_WIDTH (a word per line helps nobody): say so rather than clamp silently.
function parseWidth(text: string): number {
  const width = Number(text);
  if (!/^\s*\d+\s*$/.test(text) || width < MIN_OUTPUT_WIDTH || width > MAX_WIDTH) {
    throw new InvalidArgumentError(`expected a whole number of columns from ${MIN_OUTPUT_WIDTH} to ${MAX_WIDTH}.`);
  }
  return width;
}
