/**
 * Ranges where any of the terms occurs, ignoring case and accents (a search for "turkiye"
 * finds "Türkiye"). Ranges are [start, end) indexes of the original text, sorted by start.
 * Each term's matches do not overlap unless `overlapping` is set ("aa" in "aaa": once, or twice). Pure.
 */
export function findFoldedTerms(
  text: string,
  terms: readonly string[],
  options: { overlapping?: boolean } = {},
): [number, number][] {
  const { folded, origin } = foldWithOrigin(text);
  const out: [number, number][] = [];
  for (const term of terms) {
    const needle = foldWithOrigin(term).folded.trim();
    if (needle === '') continue;
    let at = folded.indexOf(needle);
    while (at !== -1) {
      const end = at + needle.length;
      out.push([origin[at]!, end < origin.length ? origin[end]! : text.length]);
      at = folded.indexOf(needle, options.overlapping ? at + 1 : end);
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
    const f = ch
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase();
    for (let i = 0; i < f.length; i++) origin.push(index);
    folded += f;
    index += ch.length;
  }
  return { folded, origin };
}
