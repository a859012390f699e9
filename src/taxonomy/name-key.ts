import { foldText } from '../text/fold.js';

/** Words that carry no meaning of their own in OSCE names ("Mission *to* Skopje"). */
export const MINOR_WORDS: ReadonlySet<string> = new Set(['the', 'of', 'in', 'to', 'for', 'and', 'on', 'at', 'a', 'an']);

/** Leading words that do not change which thing a name means: "the", "OSCE", "OSCE's". */
const IGNORED_PREFIXES = ['the', 'osce', 'osces'];

/**
 * A name reduced for comparison: folded (case, accents), "&" read as "and", apostrophes
 * dropped, every other run of punctuation or space one space, and a leading "the" / "OSCE"
 * removed unless nothing would be left. "The OSCE Mission to Skopje" → "mission to skopje",
 * "Cyber/ICT Security" → "cyber ict security", "Chairman-in-Office" → "chairman in office".
 */
export function nameKey(name: string): string {
  const words = foldText(name)
    .replace(/&/g, ' and ')
    .replace(/'/g, '')
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '');
  let start = 0;
  while (start < words.length - 1 && IGNORED_PREFIXES.includes(words[start]!)) start++;
  return words.slice(start).join(' ');
}

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
