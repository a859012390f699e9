import type { EntryKind, TaxonomyEntry } from '../bundle/types.js';
import { sanitizeEntry } from '../text/sanitize-model.js';
import { breakParentCycles } from './break-cycles.js';

/**
 * The taxonomy tree with lookups by id, parent and kind. Immutable once built; entries keep
 * the order of the site's menu. Entries on a parent cycle are put at the top level (see
 * breakParentCycles), so every menu and walk of the tree ends. Its entries' text is sanitized
 * (sanitizeEntry): whatever shows a name, alias, description or fact can print it as it is.
 */
export class Taxonomy {
  readonly entries: readonly TaxonomyEntry[];
  private readonly byId = new Map<string, TaxonomyEntry>();
  private readonly childrenById = new Map<string | null, TaxonomyEntry[]>();

  constructor(entries: readonly TaxonomyEntry[]) {
    this.entries = breakParentCycles(entries.map(sanitizeEntry));
    for (const entry of this.entries) {
      this.byId.set(entry.id, entry);
      const siblings = this.childrenById.get(entry.parent) ?? [];
      siblings.push(entry);
      this.childrenById.set(entry.parent, siblings);
    }
  }

  /** The entry with this id, or undefined. */
  get(id: string): TaxonomyEntry | undefined {
    return this.byId.get(id);
  }

  /** Top-level sections, in menu order. */
  roots(): TaxonomyEntry[] {
    return this.childrenById.get(null) ?? [];
  }

  /** Direct children, in menu order. */
  children(id: string): TaxonomyEntry[] {
    return this.childrenById.get(id) ?? [];
  }

  /** Ancestors from the parent up to the root. */
  ancestors(id: string): TaxonomyEntry[] {
    const out: TaxonomyEntry[] = [];
    let current = this.byId.get(id);
    const seen = new Set<string>();
    while (current?.parent && !seen.has(current.parent)) {
      seen.add(current.parent);
      current = this.byId.get(current.parent);
      if (current) out.push(current);
    }
    return out;
  }

  /** All descendants, depth first. */
  descendants(id: string): TaxonomyEntry[] {
    const out: TaxonomyEntry[] = [];
    const stack = [...this.children(id)].reverse();
    const seen = new Set<string>();
    while (stack.length > 0) {
      const entry = stack.pop()!;
      if (seen.has(entry.id)) continue;
      seen.add(entry.id);
      out.push(entry);
      const children = this.children(entry.id);
      // One push per child: a level may hold more entries than a spread call takes arguments.
      for (let index = children.length - 1; index >= 0; index--) stack.push(children[index]!);
    }
    return out;
  }

  /** Every entry of the given kinds, in menu order. */
  ofKind(...kinds: EntryKind[]): TaxonomyEntry[] {
    return this.entries.filter((entry) => kinds.includes(entry.kind));
  }
}
