/**
 * Invented text carrying everything a terminal might act on or mis-measure: OSC (a title and a
 * hyperlink), CSI, DCS, C1 controls, bidi overrides, 10,000 combining marks, emoji and CJK.
 */
export const HOSTILE = [
  'OSC \u001b]0;pwned\u0007 and \u001b]8;;https://example.org\u001b\\link\u001b]8;;\u001b\\',
  'CSI \u001b[31mred\u001b[0m \u001b[2J \u009b1;1H',
  'DCS \u001bPq#0;2;0;0;0\u001b\\ C1 \u0085\u008d\u0090x\u009c',
  'bidi \u202eevil\u202c \u2066iso\u2069',
  `marks e${'\u0301'.repeat(10_000)}`,
  'emoji 👨\u200d👩\u200d👧 🇪🇺 🎉 CJK 日本語の長い見出し',
].join(' ');

/** Anything a terminal would interpret: C0 (but newline), DEL, C1, bidi controls. */
export const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
