import { sanitizeText } from '../text/sanitize.js';
import { EXIT_USER_ERROR } from './errors.js';

/**
 * Writes to stdout, ending quietly when the reader has gone (`osce-tui list | head -1`).
 * Every command prints through this.
 */
export function writeOut(text: string): void {
  try {
    process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EPIPE') process.exit(0);
    throw error;
  }
}

/**
 * Prints a value as pretty JSON with every string (keys too) passed through sanitizeText.
 * JSON would only escape a control sequence, and `jq -r` turns it back into one; doing it here
 * covers every field of every command, including ones added later.
 */
export function writeJson(value: unknown): void {
  writeOut(
    JSON.stringify(
      value,
      (_key, item: unknown) => (typeof item === 'string' ? sanitizeText(item, { keepNewlines: true }) : safeKeys(item)),
      2,
    ),
  );
}

// Keys are never passed to a replacer as strings: objects get theirs cleaned here.
function safeKeys(value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.every(([key]) => sanitizeText(key) === key)) return value;
  return Object.fromEntries(entries.map(([key, item]) => [sanitizeText(key), item]));
}

/**
 * Installs the stdout error handler once: a closed pipe ends the program with exit code 0;
 * output that cannot be written (a full disk, /dev/full) with one line on stderr and exit code 1,
 * not a stack trace. Node sends a failed write of stdout here, not to the writer.
 */
export function exitQuietlyOnClosedPipe(): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    if (error.code === undefined) throw error;
    process.stderr.write(`osce-tui: cannot write the output: ${error.message}\n`);
    process.exit(EXIT_USER_ERROR);
  });
}

/** Text output is laid out at least this wide (the browser's minimum too); a narrower terminal wraps the lines itself. */
export const MIN_OUTPUT_WIDTH = 40;
/** Width of text output when stdout is not a terminal and COLUMNS is not set. */
const PIPED_OUTPUT_WIDTH = 80;

/**
 * Width for plain-text output: `requested` when given (an explicit --width), else the COLUMNS
 * environment variable when it holds a number (so `COLUMNS=60 osce-tui list | less` works),
 * else the terminal's width, else 80 when piped; never less than MIN_OUTPUT_WIDTH, because text
 * cut to a few columns is unreadable while a terminal's own wrapping keeps it whole.
 */
export function outputWidth(
  requested?: number,
  stream: { isTTY?: boolean; columns?: number } = process.stdout,
  env: NodeJS.ProcessEnv = process.env,
): number {
  if (requested && requested > 0) return requested;
  const fromEnv = /^\s*\d+\s*$/.test(env.COLUMNS ?? '') ? Number(env.COLUMNS) : 0;
  const detected = fromEnv > 0 ? fromEnv : stream.isTTY && stream.columns ? stream.columns : PIPED_OUTPUT_WIDTH;
  return Math.max(MIN_OUTPUT_WIDTH, detected);
}
