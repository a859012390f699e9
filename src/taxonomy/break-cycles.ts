import type { TaxonomyEntry } from '../bundle/types.js';

/**
 * The entries with every parent cycle broken: an entry whose parent chain comes back to itself
 * (a → b → a) gets no parent, so it shows at the top level and every walk up or down the tree
 * ends. validateTaxonomyEntries reports such a cycle. Entries not on a cycle are returned as
 * they are. Linear time. Pure.
 */
export function breakParentCycles(entries: readonly TaxonomyEntry[]): TaxonomyEntry[] {
  if (parentsComeFirst(entries)) return [...entries];
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const onCycle = new Set<string>();
  const settled = new Set<string>();
  for (const start of entries) {
    const chain: string[] = [];
    const onChain = new Set<string>();
    let current: TaxonomyEntry | undefined = start;
    while (current && !settled.has(current.id) && !onChain.has(current.id)) {
      chain.push(current.id);
      onChain.add(current.id);
      current = current.parent === null ? undefined : byId.get(current.parent);
    }
    if (current && onChain.has(current.id)) for (const id of chain.slice(chain.indexOf(current.id))) onCycle.add(id);
    for (const id of chain) settled.add(id);
  }
  if (onCycle.size === 0) return [...entries];
  return entries.map((entry) => (onCycle.has(entry.id) ? { ...entry, parent: null } : entry));
}

// Every parent listed before its child (as a valid taxonomy.json has them; a parent is the last
// entry of its id, as for byId above): each step up the tree goes to an earlier entry, so no chain
// comes back. Checked first, without the sets of the full walk: a print command builds the
// taxonomy at every start.
function parentsComeFirst(entries: readonly TaxonomyEntry[]): boolean {
  const indexById = new Map<string, number>();
  for (let index = 0; index < entries.length; index += 1) indexById.set(entries[index]!.id, index);
  return entries.every((entry, index) => entry.parent === null || (indexById.get(entry.parent) ?? -1) < index);
}
