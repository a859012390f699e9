import stringWidth from 'string-width';

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
// Break at spaces, but not at no-break spaces (U+00A0, U+202F): "9 June" may be glued on purpose.
const BREAKABLE_SPACE = /[^\S\n\u00a0\u202f]+/;

/**
 * Wraps text into lines of at most `width` terminal cells, measured with string-width, so
 * "Türkiye" is 7 cells, 日本 is 4 and an emoji is 2. Breaks at spaces; a word wider than the
 * line is cut between graphemes (never inside one). A newline forces a break. Lines carry no
 * trailing space. Empty or blank text gives no lines. With `hangingIndent`, every line after the
 * first starts with it (and fits the same width with it). Pure.
 */
export function wrapText(text: string, width: number, options: { hangingIndent?: string } = {}): string[] {
  const indent = options.hangingIndent ?? '';
  const firstLimit = Math.max(1, Math.floor(width));
  const laterLimit = Math.max(1, firstLimit - stringWidth(indent));
  const lines: string[] = [];
  let limit = firstLimit;
  const push = (line: string): void => {
    lines.push(line);
    limit = laterLimit;
  };
  for (const paragraph of text.split('\n')) {
    const words = paragraph.split(BREAKABLE_SPACE).filter((word) => word !== '');
    if (words.length === 0) {
      if (lines.length > 0) push('');
      continue;
    }
    let line = '';
    let lineWidth = 0;
    for (const word of words) {
      const wordWidth = stringWidth(word);
      if (line !== '' && lineWidth + 1 + wordWidth <= limit) {
        line += ` ${word}`;
        lineWidth += 1 + wordWidth;
        continue;
      }
      if (line !== '') push(line);
      if (wordWidth <= limit) {
        line = word;
        lineWidth = wordWidth;
        continue;
      }
      // The first piece fills this line; later pieces get the narrower width of indented lines.
      const first = cutToWidth(word, limit)[0] ?? '';
      const pieces = [first, ...cutToWidth(word.slice(first.length), laterLimit)];
      for (const piece of pieces.slice(0, -1)) push(piece);
      line = pieces.at(-1) ?? '';
      lineWidth = stringWidth(line);
    }
    push(line);
  }
  while (lines.at(-1) === '') lines.pop();
  return indent === '' ? lines : lines.map((line, index) => (index === 0 || line === '' ? line : indent + line));
}

/** Cuts one long word into pieces of at most `limit` cells; a grapheme wider than the limit gets its own piece. */
function cutToWidth(word: string, limit: number): string[] {
  const pieces: string[] = [];
  let piece = '';
  let pieceWidth = 0;
  for (const { segment } of segmenter.segment(word)) {
    const width = stringWidth(segment);
    if (piece !== '' && pieceWidth + width > limit) {
      pieces.push(piece);
      piece = '';
      pieceWidth = 0;
    }
    piece += segment;
    pieceWidth += width;
  }
  if (piece !== '') pieces.push(piece);
  return pieces;
}
