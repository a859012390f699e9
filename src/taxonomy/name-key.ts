import { foldText } from '../text/fold.js';

/** Words that carry no meaning of their own in OSCE names ("Mission *to* Skopje"). */
export const MINOR_WORDS: ReadonlySet<string> = new Set(['the', 'of', 'in', 'to', 'for', 'and', 'on', 'at', 'a', 'an']);

/** Words that do not change which thing a name means: everything here is the OSCE's. */
const NOISE_WORDS: ReadonlySet<string> = new Set(['osce', 'osces']);

/**
 * A name reduced for comparison: folded (case, accents), "&" read as "and", apostrophes
 * dropped, every other run of punctuation or space one space, a leading "the" and the word
 * "OSCE" anywhere removed unless nothing would be left. "The OSCE Mission to Skopje" →
 * "mission to skopje", "Office of the OSCE Special Representative" → "office of the special
 * representative", "Cyber/ICT Security" → "cyber ict security", "Chairman-in-Office" →
 * "chairman in office".
 */
export function nameKey(name: string): string {
  // Most names are plain words and single spaces ("Arms control"): their key is the name in
  // lower case, unless it holds the word "OSCE" or starts with "the". Taken as it is, without
  // the replacements and splitting below, which allocate ~1.4 kB per name: a lookup keys every
  // name of the taxonomy at start, and that was most of what it allocated.
  if (PLAIN_WORDS.test(name)) {
    const lower = name.toLowerCase();
    if (!NOISE_OR_LEADING_THE.test(lower)) return lower;
  }
  const words = foldText(name)
    .replace(/&/g, ' and ')
    .replace(/'/g, '')
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '');
  const meaningful = words.filter((word) => !NOISE_WORDS.has(word));
  if (meaningful.length === 0) return words.join(' ');
  const start = meaningful[0] === 'the' && meaningful.length > 1 ? 1 : 0;
  return meaningful.slice(start).join(' ');
}

// ASCII letters and digits in words separated by single spaces: foldText gives it in lower case.
const PLAIN_WORDS = /^[A-Za-z0-9]+(?: [A-Za-z0-9]+)*$/;
// What nameKey drops from such a name: a leading "the" (when more follows), "osce" or "osces".
const NOISE_OR_LEADING_THE = /^the |(?:^| )osces?(?: |$)/;

/** The key without spaces, so "co-operation", "co operation" and "cooperation" agree. */
export function compactKey(key: string): string {
  return key.replace(/ /g, '');
}

/** The words of a key that carry meaning, sorted: "mission to skopje" → "mission skopje". */
export function wordSetKey(key: string): string {
  return key
    .split(' ')
    .filter((word) => !MINOR_WORDS.has(word))
    .sort()
    .join(' ');
}
