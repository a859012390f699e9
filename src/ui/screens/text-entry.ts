import { graphemes } from '../../text/graphemes.js';
import { sanitizeText } from '../../text/sanitize.js';
import type { Action } from '../keymap.js';

const MAX_LENGTH = 200;

/**
 * The text after a key press in a one-line box: Backspace deletes the last character, printable
 * input (typed or pasted) is appended with control characters removed. Undefined when the key
 * does not edit text.
 */
export function editText(text: string, action: Action | undefined, input: string): string | undefined {
  if (action === 'delete-char') return graphemes(text).slice(0, -1).join('');
  if (action !== undefined) return undefined;
  const typed = sanitizeText(input);
  if (typed === '') return undefined;
  return (text + typed).slice(0, MAX_LENGTH);
}
