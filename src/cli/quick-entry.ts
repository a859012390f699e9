/**
 * The process entry of the built CLI (dist/cli.js, CommonJS): answers `--version` and `--help`
 * itself, runs the print commands in the print program (src/cli/print-entry.ts, one CommonJS file
 * compiled from a code cache), the browser likewise in the browse program (src/cli/browse-entry.ts)
 * and hands everything else to the program (src/cli.tsx, an ES module under dist/chunks/).
 * Node starts an ES module noticeably slower than a CommonJS script, and the program's first
 * imports (Commander, every command's definition) cost more again, all to print one line: this
 * script imports nothing but node:fs, which Node has already loaded. The texts are the program's
 * own, taken from the built program at build time (src/tools/build.mjs); a test compares them.
 */
import { fstatSync } from 'node:fs';
import { join } from 'node:path';
import { resolveCacheDir } from '../index/cache-location.js';
import { codeCacheFile, runWithCodeCache } from './code-cache.js';
import { commandWord, startsBrowser } from './command-word.js';
import { writeToStdoutFd } from './direct-stdout.js';

// Filled in by the build: the program's `--version` and `--help` output, and where it is; the
// commands the print program runs, where it is, and an id of its build (for its code cache); the
// same of the browse program.
declare const QUICK_VERSION: string;
declare const QUICK_HELP: string;
declare const PROGRAM_ENTRY: string;
declare const PRINT_COMMANDS: readonly string[];
declare const PRINT_PROGRAM: string;
declare const PRINT_BUILD_ID: string;
declare const BROWSE_PROGRAM: string;
declare const BROWSE_BUILD_ID: string;

const HELP_ARGS = new Set(['--help', '-h', 'help']);

/** The text the program would print for `args`, when it can be known without it; else undefined. */
function quickAnswer(args: readonly string[]): string | undefined {
  const [arg] = args;
  if (args.length !== 1 || arg === undefined) return undefined;
  if (arg === '--version') return QUICK_VERSION;
  // Commander wraps help to a terminal's width, and to 80 columns anywhere else, which is what
  // QUICK_HELP is. A terminal is a character device (so is /dev/null, which then takes the long way).
  if (HELP_ARGS.has(arg) && !isCharacterDevice(1)) return QUICK_HELP;
  return undefined;
}

function isCharacterDevice(fd: number): boolean {
  try {
    return fstatSync(fd).isCharacterDevice();
  } catch {
    return true;
  }
}

// Like the program's writeOut: a reader that has gone (`| head -0`) ends the program quietly; a
// non-blocking pipe that is full gets the rest through the stream, which queues it; output that
// cannot be written (a full disk) is one line on stderr and exit code 1, as the program says it.
function writeAll(text: string): void {
  try {
    const unwritten = writeToStdoutFd(Buffer.from(text));
    if (unwritten?.error.code === 'EAGAIN') process.stdout.write(unwritten.rest);
  } catch (error) {
    if (typeof (error as NodeJS.ErrnoException).code !== 'string') throw error;
    process.stderr.write(`osce-tui: cannot write the output: ${(error as Error).message}\n`);
    process.exitCode = 1;
  }
}

const args = process.argv.slice(2);
const answer = quickAnswer(args);
if (answer !== undefined) writeAll(answer);
else {
  const command = commandWord(args) ?? '';
  if (PRINT_COMMANDS.includes(command))
    runWithCodeCache(
      join(__dirname, PRINT_PROGRAM),
      codeCacheFile(resolveCacheDir(), `print-${command}`, PRINT_BUILD_ID),
    );
  // Its cache is made at the first frame: what a session compiles later would only slow the next start.
  else if (startsBrowser(args))
    runWithCodeCache(join(__dirname, BROWSE_PROGRAM), codeCacheFile(resolveCacheDir(), 'browse', BROWSE_BUILD_ID), {
      saveWhen: 'start-done',
    });
  else void import(PROGRAM_ENTRY);
}
