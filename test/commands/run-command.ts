import { Command, CommanderError } from 'commander';
import { vi } from 'vitest';
import { EXIT_USAGE, UserError } from '../../src/cli/errors.js';
import { registerCommands } from '../../src/commands/index.js';
import { rejectUnknownCommands } from '../../src/cli/unknown-command.js';

/** What a command run printed and its exit code. */
export interface CommandRun {
  stdout: string;
  stderr: string;
  code: number;
}

/**
 * Runs `osce-tui ARGS` in-process the way src/cli.tsx does (same global option, same mapping of
 * errors to exit codes), capturing stdout and stderr. Not a TTY, so no colour and 80 columns.
 */
export async function runCommand(args: string[]): Promise<CommandRun> {
  let stdout = '';
  let stderr = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += chunk.toString();
    return true;
  });
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stderr += chunk.toString();
    return true;
  });
  let code = 0;
  try {
    const program = new Command('osce-tui').option('--bundle <dir>').exitOverride();
    program.configureOutput({ writeOut: (text) => (stdout += text), writeErr: (text) => (stderr += text) });
    registerCommands(program);
    rejectUnknownCommands(program);
    await program.parseAsync(['node', 'osce-tui', ...args]);
  } catch (error) {
    if (error instanceof CommanderError) code = error.exitCode === 0 ? 0 : EXIT_USAGE;
    else if (error instanceof UserError) {
      stderr += `osce-tui: ${error.message}\n`;
      code = error.exitCode;
    } else throw error;
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
  return { stdout, stderr, code };
}
