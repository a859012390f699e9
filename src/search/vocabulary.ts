import type Database from 'better-sqlite3';
import { boundedEditDistance } from '../taxonomy/edit-distance.js';
import { prefixDistance } from './prefix-distance.js';
import { allowedEdits } from './typo-budget.js';

/** The words of the full-text index with their document counts, for typo tolerance. */
export interface Vocabulary {
  /** In how many releases the word occurs (0 when never). */
  docs(word: string): number;
  /**
   * The most frequent indexed words starting with `prefix`, at most `limit`: what a word being
   * typed stands for. Capping them bounds the work of a keystroke on a large archive.
   */
  completions(prefix: string, limit: number): string[];
  /**
   * Indexed words within the allowed edit distance of `word` (for a prefix: words whose start is
   * that close to it), most frequent first, at most `limit`. Candidates share the first letter:
   * people rarely mistype it, and it keeps the scan to one slice of the vocabulary.
   */
  corrections(word: string, options?: { prefix?: boolean; limit?: number }): string[];
}

const MEMO_LIMIT = 512;

/** The vocabulary of an index; lookups go to the `terms` table, corrections are memoised. */
export function createVocabulary(db: Database.Database): Vocabulary {
  const docsOf = db.prepare('SELECT docs FROM terms WHERE term = ?');
  const withPrefix = db
    .prepare('SELECT term FROM terms WHERE term >= ? AND term < ? ORDER BY docs DESC, term LIMIT ?')
    .pluck();
  const slice = db.prepare('SELECT term, docs FROM terms WHERE term >= ? AND term < ? AND len BETWEEN ? AND ?');
  const memo = new Map<string, string[]>();

  return {
    docs(word) {
      return (docsOf.get(word) as { docs: number } | undefined)?.docs ?? 0;
    },
    completions(prefix, limit) {
      return withPrefix.all(prefix, upperBound(prefix), limit) as string[];
    },
    corrections(word, options = {}) {
      const prefix = options.prefix ?? false;
      const limit = options.limit ?? 5;
      const key = `${prefix ? '*' : ''}${word}`;
      const known = memo.get(key);
      if (known) return known.slice(0, limit);
      const edits = allowedEdits(word);
      let found: string[] = [];
      if (edits > 0) {
        const first = word[0]!;
        const rows = slice.all(first, upperBound(first), word.length - edits, prefix ? 1_000 : word.length + edits) as {
          term: string;
          docs: number;
        }[];
        const scored: { term: string; docs: number; distance: number; likeness: number }[] = [];
        for (const row of rows) {
          const distance = prefix ? prefixDistance(word, row.term, edits) : boundedEditDistance(word, row.term, edits);
          if (distance > edits || row.term === word) continue;
          const likeness = bigramLikeness(word, prefix ? row.term.slice(0, word.length + 1) : row.term);
          scored.push({ ...row, distance, likeness });
        }
        scored.sort((a, b) => a.distance - b.distance || b.likeness - a.likeness || b.docs - a.docs);
        // Only the closest spellings: "trafiking" is two edits from both "trafficking" and
        // "training", but shares far more letter pairs with the first.
        const best = scored[0];
        found = scored
          .filter((row) => best && row.distance === best.distance && row.likeness >= best.likeness - 0.1)
          .slice(0, 10)
          .map((row) => row.term);
      }
      if (memo.size >= MEMO_LIMIT) memo.delete(memo.keys().next().value as string);
      memo.set(key, found);
      return found.slice(0, limit);
    },
  };
}

// Dice coefficient of the letter pairs of two words, 0..1.
function bigramLikeness(a: string, b: string): number {
  const pairs = (word: string): string[] =>
    Array.from({ length: Math.max(0, word.length - 1) }, (_, i) => word.slice(i, i + 2));
  const left = pairs(a);
  const right = pairs(b);
  if (left.length + right.length === 0) return 0;
  const remaining = [...right];
  let shared = 0;
  for (const pair of left) {
    const index = remaining.indexOf(pair);
    if (index !== -1) {
      shared += 1;
      remaining.splice(index, 1);
    }
  }
  return (2 * shared) / (left.length + right.length);
}

function upperBound(prefix: string): string {
  return `${prefix}\uffff`;
}
