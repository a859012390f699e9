import { Command, CommanderError } from 'commander';
import { EXIT_USAGE, UserError } from './cli/errors.js';
import { exitQuietlyOnClosedPipe } from './cli/output.js';
import { packageVersion } from './cli/paths.js';
import { takeOverSignals } from './cli/signals.js';
import { rejectUnknownCommands } from './cli/unknown-command.js';
import { registerCommands } from './commands/index.js';

/** Builds the command-line program; exported so tests can run commands in-process. */
export function createProgram(): Command {
  const program = new Command('osce-tui')
    .description('Offline terminal browser for OSCE news, press releases and the OSCE taxonomy')
    // No short -V: `search -Vienna` (exclude "Vienna") would print the version instead.
    .version(packageVersion(), '--version')
    .option('--bundle <dir>', 'bundle folder (default: OSCE_TUI_BUNDLE or the packaged data/bundle)')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();
  registerCommands(program);
  rejectUnknownCommands(program);
  return program;
}

async function main(argv: string[]): Promise<void> {
  exitQuietlyOnClosedPipe();
  takeOverSignals();
  try {
    await createProgram().parseAsync(argv);
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

await main(process.argv);
