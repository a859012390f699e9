/**
 * Removes everything from untrusted text that a terminal would interpret: escape sequences
 * (CSI, OSC, DCS, APC/PM/SOS strings and lone ESC), C0 and C1 control characters, and Unicode
 * bidi overrides/isolates. Tabs become a space; with `keepNewlines`, \n survives (bodies).
 */
export function sanitizeText(text: string, options: { keepNewlines?: boolean } = {}): string {
  let out = text.replace(ESCAPE_SEQUENCE, '').replace(/\t/g, ' ');
  out = options.keepNewlines ? out.replace(/\r\n?/g, '\n').replace(CONTROL_KEEP_NEWLINE, '') : out.replace(CONTROL, '');
  return out.replace(BIDI, '');
}

// String sequences (OSC, DCS, SOS, PM, APC) run to BEL or ST; CSI runs to a final byte;
// the 8-bit C1 forms (\u009b, \u009d...) are covered the same way before lone controls go.
const ESCAPE_SEQUENCE =
  /(?:\u001b[\]PX^_]|[\u0090\u0098\u009d\u009e\u009f])[\s\S]*?(?:\u0007|\u001b\\|\u009c|$)|(?:\u001b\[|\u009b)[0-?]*[ -/]*[@-~]?|\u001b[ -/]*[0-~]?/g;
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;
const CONTROL_KEEP_NEWLINE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g;
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
