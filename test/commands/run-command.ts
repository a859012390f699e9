import { vi } from 'vitest';
import { runProgram } from '../../src/cli/program.js';

/** What a command run printed and its exit code. */
export interface CommandRun {
  stdout: string;
  stderr: string;
  code: number;
}

/**
 * Runs `osce-tui ARGS` in-process on the shipped program (src/cli/program.ts: same options,
 * `--version`, same mapping of errors to exit codes), capturing stdout and stderr. Not a TTY, so
 * no colour and 80 columns. The bin's pipe and signal handlers are left out: tests that need
 * them run dist/cli.js (test/helpers/built-cli.ts).
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
  const savedExitCode = process.exitCode;
  process.exitCode = undefined;
  let code = 0;
  try {
    await runProgram(['node', 'osce-tui', ...args]);
    code = Number(process.exitCode ?? 0);
  } finally {
    process.exitCode = savedExitCode;
    out.mockRestore();
    err.mockRestore();
  }
  return { stdout, stderr, code };
}
