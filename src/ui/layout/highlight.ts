/** A piece of a line, highlighted or not. */
export interface Segment {
  text: string;
  highlighted: boolean;
}

/** Splits text into segments by [start, end) ranges (ranges may overlap or be unsorted). */
export function splitByRanges(text: string, ranges: readonly (readonly [number, number])[]): Segment[] {
  const marks = new Array<boolean>(text.length).fill(false);
  for (const [start, end] of ranges) {
    for (let i = Math.max(0, start); i < Math.min(text.length, end); i++) marks[i] = true;
  }
  const out: Segment[] = [];
  for (let i = 0; i < text.length; i++) {
    const last = out[out.length - 1];
    if (last && last.highlighted === marks[i]) last.text += text[i];
    else out.push({ text: text[i]!, highlighted: marks[i]! });
  }
  return out;
}

/** Indexes of the lines that contain any of the terms. */
export function matchingLines(lines: readonly string[], terms: readonly string[]): number[] {
  const out: number[] = [];
  lines.forEach((line, index) => {
    if (findFoldedTerms(line, terms).length > 0) out.push(index);
  });
  return out;
}

/**
 * Ranges where any of the terms occurs, ignoring case and accents (a search for "turkiye"
 * highlights "Türkiye"). Ranges index the original text.
 */
export function findFoldedTerms(text: string, terms: readonly string[]): [number, number][] {
  const { folded, origin } = foldWithOrigin(text);
  const out: [number, number][] = [];
  for (const term of terms) {
    const needle = foldWithOrigin(term).folded.trim();
    if (needle === '') continue;
    let at = folded.indexOf(needle);
    while (at !== -1) {
      const end = at + needle.length;
      out.push([origin[at]!, end < origin.length ? origin[end]! : text.length]);
      at = folded.indexOf(needle, end);
    }
  }
  return out.sort((a, b) => a[0] - b[0]);
}

// Folds character by character so every folded position maps back to the original text.
function foldWithOrigin(text: string): { folded: string; origin: number[] } {
  let folded = '';
  const origin: number[] = [];
  let index = 0;
  for (const ch of text) {
    const f = ch.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
    for (let i = 0; i < f.length; i++) origin.push(index);
    folded += f;
    index += ch.length;
  }
  return { folded, origin };
}
