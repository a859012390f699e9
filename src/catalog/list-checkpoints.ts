/** How to reach a list position: step over `steps` entries from a known one. */
export interface ListStep {
  /** The ord of the known entry, or undefined to start at the list's first (or last) entry. */
  from: number | undefined;
  /** Entries to step over, counted from `from` itself when it is set. */
  steps: number;
  /** True to step towards the start of the list (ords going down). */
  backward: boolean;
}

// Positions kept per list: a few pages either side of where the reader has been.
const KEPT = 64;

/**
 * The ords of list positions already found in one filtered list, so that the next page is
 * found by stepping over the few entries between, not over every entry before it: an index
 * walked with OFFSET costs one step per entry skipped, ~7 ms at the end of 200,000 releases.
 * The list's two ends are known too (its first entry and its last), so End and Home cost a
 * page as well. The index never changes while a catalog is open, so neither do the positions.
 */
export class ListCheckpoints {
  private readonly known = new Map<number, number>();

  /** The shortest way to `position` in a list of `total` entries. */
  stepTo(position: number, total: number): ListStep {
    let best: ListStep = { from: undefined, steps: position, backward: false };
    const fromEnd = total - 1 - position;
    if (fromEnd < best.steps) best = { from: undefined, steps: fromEnd, backward: true };
    for (const [known, ord] of this.known) {
      const distance = Math.abs(position - known);
      if (distance < best.steps) best = { from: ord, steps: distance, backward: known > position };
    }
    return best;
  }

  /** Remembers the ord found at a position. */
  remember(position: number, ord: number): void {
    this.known.delete(position);
    if (this.known.size >= KEPT) this.known.delete(this.known.keys().next().value as number);
    this.known.set(position, ord);
  }
}
