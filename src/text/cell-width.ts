import stringWidth from 'string-width';
import { graphemeSegments } from './graphemes.js';

/** string-width's options: the ones the fast path cannot honour send the text to string-width. */
export interface CellWidthOptions {
  ambiguousIsNarrow?: boolean;
  countAnsiEscapeCodes?: boolean;
}

// Text made only of these characters (Latin, Greek, Cyrillic, general punctuation, currency,
// letterlike symbols, arrows, box drawing, blocks, geometric shapes without the emoji ones, ★☆)
// is one cell per character except the combining marks, which join the character before them.
// string-width reaches the same answer through grapheme segmentation and Unicode property
// regexes, whose first use costs ~40 ms at start (the RGI emoji set alone ~25 ms); the browser's
// first frame is mostly such text (› · … ★ •), so it never has to pay that.
const SIMPLE_TEXT =
  /^[\u0020-\u007E\u00A0-\u00AC\u00AE-\u052F\u2010-\u2027\u2030-\u205E\u20A0-\u20C0\u2100-\u214F\u2190-\u21FF\u2500-\u25FC\u2605\u2606]*$/;
const COMBINING_MARKS = /[\u0300-\u036F\u0483-\u0489]/g;
const SHORT_TEXT = 8;
const MAX_REMEMBERED = 10_000;
const MAX_REMEMBERED_LENGTH = 64;
const shortWidths = new Map<string, number>();
// Colour and style sequences, which string-width strips as a whole (ansi-regex's CSI pattern
// matches exactly these); anything else with an escape goes to string-width.
const SGR = /\u001b\[[0-9;]*m/g;
// string-width strips escape sequences whole; cut into graphemes they would count.
const ESCAPE = /[\u001b\u009b]/;

/**
 * The width of text in terminal cells, exactly as string-width measures it (tests pin that
 * for every character of the fast path), without string-width's slow first call for common text.
 */
export default function cellWidth(text: string, options?: CellWidthOptions): number {
  if (typeof text === 'string' && options?.ambiguousIsNarrow !== false && !options?.countAnsiEscapeCodes) {
    // Ink measures styled text too (the status bar's coloured keys inside dimmed text).
    const shown = text.includes('\u001b[') ? text.replace(SGR, '') : text;
    if (SIMPLE_TEXT.test(shown)) {
      const marks = shown.match(COMBINING_MARKS);
      return shown.length - (marks === null ? 0 : marks.length);
    }
  }
  if (typeof text !== 'string' || options !== undefined || ESCAPE.test(text)) return stringWidth(text, options);
  if (text.length <= SHORT_TEXT) return rememberedWidth(text);
  // string-width segments its whole input at once, in time quadratic in its length, and takes
  // tens of microseconds a grapheme; a width is the sum of its graphemes' widths, and a text
  // repeats few distinct graphemes, so each is measured once.
  let width = 0;
  for (const { segment } of graphemeSegments(text)) width += rememberedWidth(segment);
  return width;
}

function rememberedWidth(text: string): number {
  if (text.length > MAX_REMEMBERED_LENGTH) return stringWidth(text);
  let width = shortWidths.get(text);
  if (width === undefined) {
    if (shortWidths.size >= MAX_REMEMBERED) shortWidths.clear();
    width = stringWidth(text);
    shortWidths.set(text, width);
  }
  return width;
}
