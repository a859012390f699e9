import { sanitizeText } from '../text/sanitize.js';

const ESC = '\u001b';
const BEL = '\u0007';
const ST = `${ESC}\\`;

/** Options of `osc52Copy`. */
export interface Osc52Options {
  /**
   * Wrap the sequence in tmux's DCS passthrough, for a tmux whose `set-clipboard` is off but
   * `allow-passthrough` is on. A tmux with `set-clipboard on` understands the plain sequence.
   */
  tmuxPassthrough?: boolean;
}

/**
 * The OSC 52 sequence that puts `text` on the system clipboard through the terminal, which
 * works over SSH since the terminal, not the server, owns the clipboard. Write it to stdout.
 */
export function osc52Copy(text: string, options: Osc52Options = {}): string {
  const sequence = `${ESC}]52;c;${Buffer.from(text, 'utf8').toString('base64')}${BEL}`;
  if (!options.tmuxPassthrough) return sequence;
  // Inside passthrough every ESC of the wrapped sequence is doubled.
  return `${ESC}Ptmux;${sequence.replaceAll(ESC, ESC + ESC)}${ST}`;
}

/**
 * `label` as an OSC 8 hyperlink to `url`. The URL comes from a bundle, so only http(s) and
 * mailto URLs of printable ASCII are linked; anything else gives the plain (sanitized) label.
 */
export function osc8Link(url: string, label: string): string {
  const text = sanitizeText(label);
  if (!isLinkableUrl(url)) return text;
  return `${ESC}]8;;${url}${ST}${text}${ESC}]8;;${ST}`;
}

/** True for an http(s) or mailto URL made only of printable ASCII. */
export function isLinkableUrl(url: string): boolean {
  return /^(?:https?:\/\/|mailto:)[\x21-\x7e]+$/i.test(url);
}

/**
 * A guess whether the terminal shows OSC 8 links (those that do not print the label alone, so
 * guessing wrong is harmless). `FORCE_HYPERLINK=1`/`0` decides outright.
 */
export function terminalSupportsHyperlinks(
  env: NodeJS.ProcessEnv = process.env,
  isTTY = Boolean(process.stdout.isTTY),
): boolean {
  if (env.FORCE_HYPERLINK !== undefined) return env.FORCE_HYPERLINK !== '0';
  if (!isTTY || env.TERM === 'dumb') return false;
  if (env.WT_SESSION || env.KITTY_WINDOW_ID || env.WEZTERM_PANE || env.KONSOLE_VERSION) return true;
  if (['iTerm.app', 'WezTerm', 'vscode', 'ghostty'].includes(env.TERM_PROGRAM ?? '')) return true;
  if (Number(env.VTE_VERSION ?? 0) >= 5000) return true;
  return /kitty|foot|alacritty|ghostty/.test(env.TERM ?? '');
}

/** True when running inside tmux. */
export function insideTmux(env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(env.TMUX);
}
