/** How many edits a typed word may be away from a real one: none for short words. */
export function allowedEdits(word: string): number {
  if (word.length <= 3) return 0;
  if (word.length <= 6) return 1;
  return 2;
}
