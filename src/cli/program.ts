import { Command, CommanderError } from 'commander';
import { registerCommands } from '../commands/index.js';
import { commandWord } from './command-word.js';
import { EXIT_USAGE, UserError } from './errors.js';
import { exitQuietlyOnClosedPipe } from './output.js';
import { packageVersion } from './paths.js';
import { takeOverSignals } from './signals.js';
import { rejectUnknownCommands } from './unknown-command.js';

/**
 * Builds the command-line program exactly as shipped; tests run commands on it in-process. Given
 * `command` (see commandWord), only that command is defined besides the program's own.
 */
export function createProgram(command?: string): Command {
  const program = new Command('osce-tui')
    .description('Offline terminal browser for OSCE news, press releases and the OSCE taxonomy')
    // No short -V: `search -Vienna` (exclude "Vienna") would print the version instead.
    .version(packageVersion(), '--version')
    .option('--bundle <dir>', 'bundle folder (default: OSCE_TUI_BUNDLE or the packaged data/bundle)')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();
  registerCommands(program, command);
  rejectUnknownCommands(program);
  return program;
}

/**
 * Runs `osce-tui` on `argv` (process.argv shape) and sets `process.exitCode`: usage errors exit 2,
 * errors a user can act on print one line, anything else is a bug and propagates.
 */
export async function runProgram(argv: string[]): Promise<void> {
  try {
    await createProgram(commandWord(argv.slice(2))).parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end with code 0 through the same path.
      process.exitCode = error.exitCode === 0 ? 0 : EXIT_USAGE;
      return;
    }
    if (error instanceof UserError) {
      process.stderr.write(`osce-tui: ${error.message}\n`);
      process.exitCode = error.exitCode;
      return;
    }
    throw error;
  }
}

/** The process entry: owns the pipe and the signals, then runs the program. */
export async function main(argv: string[]): Promise<void> {
  exitQuietlyOnClosedPipe();
  takeOverSignals();
  await runProgram(argv);
}
