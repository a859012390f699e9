/**
 * The alternate screen: the browser draws on its own screen and, when it ends by any route
 * (quit, error, signal), the shell's screen and scrollback come back untouched with the cursor.
 */
const ENTER = '\u001B[?1049h\u001B[H';
const LEAVE = '\u001B[?25h\u001B[?1049l';

/** Switches to the alternate screen; the returned function switches back (once). */
export function enterAlternateScreen(stream: NodeJS.WriteStream): () => void {
  let active = true;
  stream.write(ENTER);
  const leave = (): void => {
    if (!active) return;
    active = false;
    stream.write(LEAVE);
    process.off('exit', leave);
    for (const signal of SIGNALS) process.off(signal, onSignal);
  };
  const onSignal = (signal: NodeJS.Signals): void => {
    leave();
    process.exit(128 + (SIGNAL_NUMBERS[signal] ?? 1));
  };
  process.on('exit', leave);
  for (const signal of SIGNALS) process.on(signal, onSignal);
  return leave;
}

const SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
const SIGNAL_NUMBERS: Partial<Record<NodeJS.Signals, number>> = { SIGHUP: 1, SIGINT: 2, SIGTERM: 15 };
