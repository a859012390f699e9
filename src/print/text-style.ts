import { colourLevel } from '../system/colour-support.js';

/** Styles for plain-text command output: ANSI when colour is on, identity when it is off. */
export interface TextStyle {
  readonly colour: boolean;
  heading(text: string): string;
  muted(text: string): string;
  accent(text: string): string;
}

/**
 * Colour as the browser decides it (colourLevel): on a terminal, never with NO_COLOR, on a dumb
 * terminal or when the user said --no-color (`wanted` false), so piped output and logs stay clean
 * unless FORCE_COLOR asks for it. The styles are the 16 basic ones, which every level shows.
 */
export function colourEnabled(
  stream: { isTTY?: boolean } = process.stdout,
  env: NodeJS.ProcessEnv = process.env,
  wanted = true,
): boolean {
  return colourLevel({ env, isTTY: Boolean(stream.isTTY), wanted }) !== 'none';
}

/** Text styles for command output. */
export function createTextStyle(colour: boolean): TextStyle {
  const wrap = (open: number, close: number) => (text: string) =>
    colour && text !== '' ? `\u001b[${open}m${text}\u001b[${close}m` : text;
  return { colour, heading: wrap(1, 22), muted: wrap(2, 22), accent: wrap(36, 39) };
}
