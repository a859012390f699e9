import stringWidth from 'string-width';

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * Word-wraps one paragraph to lines of at most `width` terminal cells. Words longer than a line
 * (URLs, ids) are cut between graphemes. Runs of space collapse. Returns [''] for empty text.
 */
export function wrapWords(text: string, width: number): string[] {
  const limit = Math.max(1, width);
  const lines: string[] = [];
  let line = '';
  let used = 0;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const wordWidth = stringWidth(word);
    if (used > 0 && used + 1 + wordWidth <= limit) {
      line += ` ${word}`;
      used += 1 + wordWidth;
      continue;
    }
    if (used > 0) lines.push(line);
    line = '';
    used = 0;
    for (const grapheme of wordWidth <= limit ? [word] : Array.from(segmenter.segment(word), (s) => s.segment)) {
      const w = stringWidth(grapheme);
      if (used + w > limit && used > 0) {
        lines.push(line);
        line = '';
        used = 0;
      }
      line += grapheme;
      used += w;
    }
  }
  lines.push(line);
  return lines;
}

/** Wraps text to `width` with `indent` spaces before every line (`firstIndent` for the first). */
export function wrapIndented(text: string, width: number, indent: number, firstIndent = indent): string[] {
  const lines = wrapWords(text, width - Math.max(indent, firstIndent));
  return lines.map((line, index) => ' '.repeat(index === 0 ? firstIndent : indent) + line);
}
