import { isSimple } from './graphemes.js';

/** What Intl.Segmenter's segments yield at grapheme granularity. */
export interface GraphemeSegmentData {
  segment: string;
  index: number;
  input: string;
}

/** The part of Intl.Segments that Ink's text libraries use. */
export interface GraphemeSegments extends Iterable<GraphemeSegmentData> {
  containing(index?: number): GraphemeSegmentData | undefined;
}

// Made on first use: the first Intl.Segmenter of a process costs ~16 ms (ICU's break rules).
let segmenter: Intl.Segmenter | undefined;

// ESC and BEL, which start and end the ANSI sequences of styled text, are controls: a grapheme of
// their own (UAX #29, GB4 and GB5), like the characters isSimple accepts.
const standsAlone = (text: string, at: number): boolean => {
  const code = text.charCodeAt(at);
  return code === 0x1b || code === 0x07 || isSimple(text, at);
};

function everyCharacterStandsAlone(text: string): boolean {
  for (let at = 0; at < text.length; at++) if (!standsAlone(text, at)) return false;
  return true;
}

// Text whose every character is a grapheme of its own: one segment per code unit.
class SingleCharacterSegments implements GraphemeSegments {
  constructor(private readonly input: string) {}

  containing(index = 0): GraphemeSegmentData | undefined {
    // As Intl's: the index made a whole number (NaN and -0 are 0).
    const at = Math.trunc(index) || 0;
    if (!(at >= 0 && at < this.input.length)) return undefined;
    return { segment: this.input[at]!, index: at, input: this.input };
  }

  *[Symbol.iterator](): Iterator<GraphemeSegmentData> {
    for (let index = 0; index < this.input.length; index++)
      yield { segment: this.input[index]!, index, input: this.input };
  }
}

/**
 * Stands in for `new Intl.Segmenter(undefined, { granularity: 'grapheme' })` in the text
 * libraries Ink draws every line with (the build puts it there): text whose every character is a
 * grapheme on its own (Latin, punctuation, box drawing, ANSI styles…) is segmented without ICU,
 * anything else by Intl.Segmenter, made on first need. The segments are the same either way; a
 * first frame of such text then never loads ICU's break rules.
 */
export const graphemeSegmenter = {
  segment(text: string): GraphemeSegments {
    const input = String(text);
    if (everyCharacterStandsAlone(input)) return new SingleCharacterSegments(input);
    segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
    return segmenter.segment(input);
  },
};
