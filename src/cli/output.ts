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

/** Prints a value as pretty JSON. */
export function writeJson(value: unknown): void {
  writeOut(JSON.stringify(value, null, 2));
}

/** Installs the EPIPE handler once: a closed pipe ends the program with exit code 0. */
export function exitQuietlyOnClosedPipe(): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
}

/** Width for plain-text output: the terminal's, or 80 when piped. */
export function outputWidth(requested?: number): number {
  if (requested && requested > 0) return requested;
  return process.stdout.isTTY && process.stdout.columns ? process.stdout.columns : 80;
}
