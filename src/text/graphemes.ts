// Made on first use: the first Intl.Segmenter of a process costs tens of ms (ICU's break rules),
// which a print command that never meets a long or unusual word should not pay.
let segmenter: Intl.Segmenter | undefined;

// V8's segment iterator costs time in proportion to the whole string at every step, so walking
// a 500,000-character word took minutes. Windows of this many code units keep each step cheap.
const WINDOW = 1024;

/** One user-perceived character and where it starts in the text. */
export interface Grapheme {
  segment: string;
  index: number;
}

/**
 * The graphemes of text in order, exactly as Intl.Segmenter finds them, in time linear in the
 * text's length. Between two "simple" characters (letters and punctuation of Latin, Greek,
 * Cyrillic, CJK, kana, Hangul syllables) there is always a boundary, so runs of those need no
 * segmenter (it costs microseconds a step); the rest is segmented a window at a time.
 */
export function* graphemeSegments(text: string): Generator<Grapheme> {
  let start = 0;
  while (start < text.length) {
    if (isSimple(text, start) && (start + 1 === text.length || isSimple(text, start + 1))) {
      yield { segment: text[start]!, index: start };
      start += 1;
      continue;
    }
    // Up to the next certain boundary: one between two simple characters, or the end.
    let end = start + 1;
    while (end < text.length && !(isSimple(text, end - 1) && isSimple(text, end))) end += 1;
    yield* segmentRun(text, start, end);
    start = end;
  }
}

/**
 * text[start, end) ends on a boundary. It is segmented a window at a time; the last grapheme of
 * a window may continue past it, so it is segmented again at the start of the next window. A
 * grapheme longer than a window (a letter with 10,000 combining marks) widens the window.
 */
function* segmentRun(text: string, runStart: number, runEnd: number): Generator<Grapheme> {
  let start = runStart;
  let window = WINDOW;
  while (start < runEnd) {
    const end = Math.min(runEnd, start + window);
    segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
    const pieces = Array.from(segmenter.segment(text.slice(start, end)));
    const complete = end === runEnd ? pieces.length : pieces.length - 1;
    if (complete === 0) {
      window *= 2;
      continue;
    }
    for (let i = 0; i < complete; i++) yield { segment: pieces[i]!.segment, index: start + pieces[i]!.index };
    start += pieces[complete - 1]!.index + pieces[complete - 1]!.segment.length;
    window = WINDOW;
  }
}

/**
 * Whether text[at] never joins the character before or after it into a grapheme (no marks,
 * joiners, jamo, regional indicators, prepended or Indic letters, controls, surrogates).
 */
export function isSimple(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return (
    (code >= 0x20 && code <= 0x7e) ||
    (code >= 0xa0 && code <= 0x2ff && code !== 0xad) ||
    (code >= 0x370 && code <= 0x482) ||
    (code >= 0x48a && code <= 0x52f) ||
    (code >= 0x2010 && code <= 0x2027) ||
    (code >= 0x2030 && code <= 0x205e) ||
    (code >= 0x3000 && code <= 0x3029) ||
    (code >= 0x3041 && code <= 0x3096) ||
    (code >= 0x30a1 && code <= 0x30fa) ||
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xff01 && code <= 0xff60)
  );
}

/** Splits text into user-perceived characters, so cuts never split an accent or an emoji. Linear time. */
export function graphemes(text: string): string[] {
  return Array.from(graphemeSegments(text), (grapheme) => grapheme.segment);
}
