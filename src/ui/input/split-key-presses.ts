import type { Key } from 'ink';
import { graphemes } from '../../text/graphemes.js';
import { makeKey } from '../keymap.js';

/** One key press: what Ink's input handler receives for a single key. */
export interface KeyPress {
  input: string;
  key: Key;
}

// Flags Ink sets only for a key it recognised as a whole (an escape sequence, Alt+key).
const NAMED_FLAGS = [
  'upArrow',
  'downArrow',
  'leftArrow',
  'rightArrow',
  'pageDown',
  'pageUp',
  'home',
  'end',
  'return',
  'escape',
  'ctrl',
  'tab',
  'backspace',
  'delete',
  'meta',
  'super',
  'hyper',
] as const satisfies readonly (keyof Key)[];

const CONTROL = /[\u0000-\u001f\u007f]/;
const ESCAPE = '\u001b';
const ESCAPE_PRESS: KeyPress = { input: '', key: makeKey({ escape: true, meta: true }) };
/** Esc and a sign read together: Ink knows no Alt+sign and drops the Esc. */
const ESCAPE_AND_SIGN = /^\u001b[\u0021-\u002f\u003a-\u0040\u005b-\u0060\u007b-\u007e]$/;

/**
 * The key presses in what Ink delivered as one input (`raw`: the sequence Ink read it from,
 * when known).
 *
 * - Ink splits escape sequences apart but hands a run of characters that arrived in one read
 *   (key repeat over SSH, tmux send-keys, a paste, a fast typist) over as one string, which
 *   no binding matches: the run is split into one press per character (grapheme), each
 *   described as Ink describes that key alone, so "jjj" moves three times and "/kosovo" opens
 *   the search box and types into it.
 * - Over a slow link Esc and the next key arrive together. Ink reads Esc+letter as Alt+letter,
 *   Esc+arrow as Alt+arrow, Esc+Esc as one Esc and drops the Esc of Esc+sign (`?`, `/`); no
 *   binding uses Alt, so each is taken for what it was: Esc, then the key.
 */
export function splitKeyPresses(input: string, key: Key, raw?: string): KeyPress[] {
  if (raw === ESCAPE + ESCAPE && key.escape) return [ESCAPE_PRESS, ESCAPE_PRESS];
  // Esc and an arrow (or any other sequence) read together: Ink reads Alt+arrow.
  if (raw !== undefined && raw.length > 2 && raw.startsWith(ESCAPE + ESCAPE) && key.meta)
    return [ESCAPE_PRESS, { input, key: { ...key, meta: false } }];
  if (raw !== undefined && ESCAPE_AND_SIGN.test(raw) && raw.slice(1) === input && !key.meta)
    return [ESCAPE_PRESS, { input, key }];
  if (key.meta && !key.escape && graphemes(input).length === 1)
    return [ESCAPE_PRESS, { input, key: { ...key, meta: false } }];
  if (NAMED_FLAGS.some((flag) => key[flag])) return [{ input, key }];
  const characters = graphemes(input).flatMap((g) => (CONTROL.test(g) ? [...g] : [g]));
  if (characters.length <= 1) return [{ input, key }];
  return characters.map(singleKey);
}

/** A single character as Ink's parseKeypress and useInput report it. */
function singleKey(character: string): KeyPress {
  switch (character) {
    case '\r':
      return { input: '\r', key: makeKey({ return: true }) };
    case '\t':
      return { input: '', key: makeKey({ tab: true }) };
    case '\b':
      return { input: '', key: makeKey({ backspace: true }) };
    case '\u007f':
      return { input: '', key: makeKey({ delete: true }) };
    default:
      break;
  }
  const code = character.codePointAt(0)!;
  // Ctrl+letter arrives as its control code (Ctrl-C is 0x03): Ink names the letter.
  if (character.length === 1 && code >= 0x01 && code <= 0x1a && character !== '\n') {
    return { input: String.fromCharCode(code + 0x60), key: makeKey({ ctrl: true }) };
  }
  return { input: character, key: makeKey({ shift: /^[A-Z]$/.test(character) }) };
}
