import type { TaxonomyEntry } from '../bundle/types.js';
import { boundedEditDistance } from './edit-distance.js';
import { MINOR_WORDS } from './name-key.js';

/** One name (or alias) of an entry, reduced by nameKey. */
export interface SuggestableName {
  entry: TaxonomyEntry;
  /** Menu position, the last tie-breaker. */
  order: number;
  key: string;
}

const MAX_SUGGESTIONS = 5;
/** Share of a name's letters that may differ for it to be suggested. */
const SUGGESTION_TOLERANCE = 0.3;

/**
 * The one "did you mean" engine over taxonomy names, used by name lookups (NameMatcher) and by
 * search (did-you-mean.ts): up to `limit` (default five) entries whose names are close in
 * spelling to what was typed, as a whole ("albana" → Albania) or word by word ("Mision to
 * Serbya" → Mission to Serbia, in any order), best first; for each, the name that came closest
 * (the earliest of equally close ones). The words of all names are numbered once, so each typed
 * word is compared with each distinct word only once per call.
 */
export function createNameSuggester<Name extends SuggestableName>(
  names: readonly Name[],
): (key: string, allowed: (entry: TaxonomyEntry) => boolean, limit?: number) => Name[] {
  const vocabulary: string[] = [];
  const wordIndex = new Map<string, number>();
  const wordIdsOf = names.map((name) =>
    name.key
      .split(' ')
      .filter((word) => !MINOR_WORDS.has(word))
      .map((word) => {
        let id = wordIndex.get(word);
        if (id === undefined) {
          id = vocabulary.push(word) - 1;
          wordIndex.set(word, id);
        }
        return id;
      }),
  );

  return (key, allowed, limit = MAX_SUGGESTIONS) => {
    const typed = key.split(' ').filter((word) => !MINOR_WORDS.has(word));
    const wordScores = typed.map(() => new Float64Array(vocabulary.length).fill(Number.NaN));
    const wordScore = (typedIndex: number, wordId: number): number => {
      const scores = wordScores[typedIndex]!;
      let score = scores[wordId]!;
      if (Number.isNaN(score)) {
        score = relativeDistance(typed[typedIndex]!, vocabulary[wordId]!);
        scores[wordId] = score;
      }
      return score;
    };

    const best = new Map<TaxonomyEntry, { score: number; order: number; name: Name }>();
    names.forEach((name, index) => {
      if (!allowed(name.entry)) return;
      const whole = relativeDistance(key, name.key);
      const score = whole === 0 ? 0 : Math.min(whole, meanWordScore(typed.length, wordIdsOf[index]!, wordScore));
      if (score > SUGGESTION_TOLERANCE) return;
      const previous = best.get(name.entry);
      if (!previous || score < previous.score) best.set(name.entry, { score, order: name.order, name });
    });
    return [...best.values()]
      .sort((a, b) => a.score - b.score || a.order - b.order)
      .slice(0, limit)
      .map((found) => found.name);
  };
}

/** Edit distance over the longer length, 0 (same) to 1; anything above the tolerance is 1. */
function relativeDistance(typed: string, name: string): number {
  const length = Math.max(typed.length, name.length);
  const limit = Math.floor(length * SUGGESTION_TOLERANCE);
  const distance = boundedEditDistance(typed, name, limit);
  return distance > limit ? 1 : distance / length;
}

/** Mean over typed words of the score of the closest word of the name. */
function meanWordScore(
  typedCount: number,
  wordIds: number[],
  wordScore: (typedIndex: number, wordId: number) => number,
): number {
  if (typedCount === 0 || wordIds.length === 0) return 1;
  let total = 0;
  for (let typedIndex = 0; typedIndex < typedCount; typedIndex++) {
    let closest = 1;
    for (const wordId of wordIds) {
      closest = Math.min(closest, wordScore(typedIndex, wordId));
      if (closest === 0) break;
    }
    total += closest;
    // Each word scores at most 1: stop once the mean can no longer come under the tolerance.
    if (total > SUGGESTION_TOLERANCE * typedCount) return 1;
  }
  return total / typedCount;
}
