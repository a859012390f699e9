import { onSignal } from '../cli/signals.js';

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
    forgetSignal();
  };
  process.on('exit', leave);
  // On a signal: leave, then exit 130, 143 or 129.
  const forgetSignal = onSignal(leave);
  return leave;
}
