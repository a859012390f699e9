import { boundedEditDistance } from '../taxonomy/edit-distance.js';
import { prefixDistance } from './prefix-distance.js';
import { allowedEdits } from './typo-budget.js';

/** The words of the names being searched (and pairs of neighbours written together). */
export interface NameTokens {
  has(token: string): boolean;
  /** The tokens that start with `letter`. */
  startingWith(letter: string): readonly string[];
}

/** A typed word, as matchWord needs it. */
export interface TypedWord {
  word: string;
  /** Still being typed: a beginning with a slip in it counts. */
  typing: boolean;
  /** From an "exact phrase": only the word itself counts. */
  exact: boolean;
}

// Costs of the ways a typed word can match a name word.
const MATCH_COST = {
  exact: 0,
  // The typed word begins the name word ("kos" → Kosovo).
  beginning: 0.25,
  // Per edit: a typo ("kosvo"), or a slip in a beginning ("trafic").
  edit: 1,
} as const;

/**
 * The name tokens a typed word may stand for, each with its cost: the word itself, words it
 * begins (from two letters on), words within the typo budget of allowedEdits, and, while the
 * word is being typed, words whose beginning is within that budget. A typo must keep the first
 * letter (or swap the first two), as typists do, and only the closest spellings count: a word
 * found as written takes no typo readings ("austria" is not Australia), and a one-edit reading
 * hides the two-edit ones.
 */
export function matchWord(typed: TypedWord, tokens: NameTokens): Map<string, number> {
  const { word, typing } = typed;
  const matches = new Map<string, number>();
  if (typed.exact) {
    if (tokens.has(word)) matches.set(word, MATCH_COST.exact);
    return matches;
  }
  const edits = tokens.has(word) ? 0 : allowedEdits(word);
  const letters = word.length > 1 && word[1] !== word[0] ? [word[0]!, word[1]!] : [word[0]!];
  for (const letter of letters) {
    for (const token of tokens.startingWith(letter)) {
      const swapped = letter !== word[0];
      if (swapped && token[1] !== word[0]) continue;
      const cost = costOf(word, token, { edits, typing, swapped });
      if (cost !== undefined) matches.set(token, cost);
    }
  }
  const best = Math.min(...matches.values());
  for (const [token, cost] of matches) if (cost >= best + MATCH_COST.edit) matches.delete(token);
  return matches;
}

function costOf(
  word: string,
  token: string,
  options: { edits: number; typing: boolean; swapped: boolean },
): number | undefined {
  if (!options.swapped) {
    if (token === word) return MATCH_COST.exact;
    if (word.length >= 2 && token.startsWith(word)) return MATCH_COST.beginning;
  }
  if (options.edits === 0) return undefined;
  const distance = boundedEditDistance(word, token, options.edits);
  if (distance <= options.edits) return distance * MATCH_COST.edit;
  if (!options.typing) return undefined;
  const slip = prefixDistance(word, token, options.edits);
  return slip <= options.edits ? slip * MATCH_COST.edit + MATCH_COST.beginning : undefined;
}
