import { lastDistanceRow } from '../taxonomy/edit-distance.js';

/**
 * How many edits `typed` is from the closest beginning of `word` (at most `limit + 1`): what a
 * half-typed word with a slip in it is from the word meant, "securt" one edit from "securi(ty)".
 * One table of distances gives every beginning's at once (a search corrects a word against
 * hundreds of indexed words, at each keystroke and at the start of `osce-tui search`).
 */
export function prefixDistance(typed: string, word: string, limit: number): number {
  const beyond = limit + 1;
  if (limit < 0) return beyond;
  const shortest = Math.max(1, typed.length - limit);
  const longest = Math.min(word.length, typed.length + limit);
  if (shortest > longest) return beyond;
  const last = lastDistanceRow(typed, word, longest, limit);
  let best = beyond;
  if (last) for (let length = shortest; length <= longest; length += 1) best = Math.min(best, last[length]!);
  return best;
}
