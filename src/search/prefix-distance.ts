import { boundedEditDistance } from '../taxonomy/edit-distance.js';

/**
 * How many edits `typed` is from the closest beginning of `word` (at most `limit + 1`): what a
 * half-typed word with a slip in it is from the word meant, "securt" one edit from "securi(ty)".
 */
export function prefixDistance(typed: string, word: string, limit: number): number {
  let best = limit + 1;
  for (let length = typed.length - limit; length <= typed.length + limit; length += 1) {
    if (length < 1 || length > word.length) continue;
    best = Math.min(best, boundedEditDistance(typed, word.slice(0, length), limit));
    if (best === 0) break;
  }
  return best;
}
