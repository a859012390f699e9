import { ENTRY_KINDS as ENTRY_KIND_LIST, RELATION_TYPES as RELATION_TYPE_LIST, type Problem, type TaxonomyEntry } from '../bundle/types.js';

const ENTRY_KINDS: ReadonlySet<string> = new Set(ENTRY_KIND_LIST);
const RELATION_TYPES: ReadonlySet<string> = new Set(RELATION_TYPE_LIST);

const ID_PATTERN = /^([a-z]+(?:-[a-z]+)*):([a-z0-9]+(?:-[a-z0-9]+)*)$/;

/**
 * Checks a list of taxonomy entries as read from taxonomy.json (so it trusts nothing about
 * their shape): fields of the right types, ids `kind:slug` with the prefix equal to the kind,
 * unique ids, parents that exist and come before their children, relation targets that exist,
 * no parent cycles. Problems carry the file and a JSON path such as `$.entries[12].parent`.
 * Never throws.
 */
export function validateTaxonomyEntries(entries: TaxonomyEntry[], file = 'taxonomy.json'): Problem[] {
  const problems: Problem[] = [];
  const report = (path: string, message: string): void => {
    problems.push({ file, path, message });
  };
  if (!Array.isArray(entries)) {
    report('$.entries', 'expected an array of taxonomy entries');
    return problems;
  }

  const firstIndexById = new Map<string, number>();
  entries.forEach((entry: unknown, index) => {
    const at = `$.entries[${index}]`;
    if (!isRecord(entry)) {
      report(at, 'expected an object (a taxonomy entry)');
      return;
    }
    const id = entry.id;
    if (typeof id !== 'string' || !ID_PATTERN.test(id)) {
      report(`${at}.id`, `expected an id "kind:slug" of lower-case letters, digits and hyphens, got ${describe(id)}`);
    } else if (firstIndexById.has(id)) {
      report(`${at}.id`, `duplicate id "${id}" (first used at $.entries[${firstIndexById.get(id)}])`);
    } else {
      firstIndexById.set(id, index);
    }
    checkShape(entry, at, report);
  });

  entries.forEach((entry: unknown, index) => {
    if (!isRecord(entry)) return;
    const at = `$.entries[${index}]`;
    const parent = entry.parent;
    if (typeof parent === 'string') {
      const parentIndex = firstIndexById.get(parent);
      if (parentIndex === undefined) report(`${at}.parent`, `parent "${parent}" is not an entry of the taxonomy`);
      else if (parent === entry.id) report(`${at}.parent`, `entry "${parent}" is its own parent`);
      else if (parentIndex > index) report(`${at}.parent`, `parent "${parent}" must come before its children (it is at $.entries[${parentIndex}])`);
    }
    if (Array.isArray(entry.relations)) {
      entry.relations.forEach((relation: unknown, relationIndex) => {
        if (!isRecord(relation) || typeof relation.target !== 'string') return;
        if (!firstIndexById.has(relation.target)) {
          report(`${at}.relations[${relationIndex}].target`, `relation target "${relation.target}" is not an entry of the taxonomy`);
        }
      });
    }
  });

  checkCycles(entries, firstIndexById, report);
  return problems;
}

function checkShape(entry: Record<string, unknown>, at: string, report: (path: string, message: string) => void): void {
  const { id, kind } = entry;
  if (typeof kind !== 'string' || !ENTRY_KINDS.has(kind)) {
    report(`${at}.kind`, `expected one of ${[...ENTRY_KINDS].join(', ')}, got ${describe(kind)}`);
  } else if (typeof id === 'string' && ID_PATTERN.test(id) && !id.startsWith(`${kind}:`)) {
    report(`${at}.id`, `id "${id}" must start with its kind "${kind}:"`);
  }
  if (typeof entry.name !== 'string' || entry.name.trim() === '') {
    report(`${at}.name`, `expected a non-empty name, got ${describe(entry.name)}`);
  }
  if (entry.parent !== null && typeof entry.parent !== 'string') {
    report(`${at}.parent`, `expected a parent id or null, got ${describe(entry.parent)}`);
  }
  if (!Array.isArray(entry.aliases)) report(`${at}.aliases`, `expected an array of names, got ${describe(entry.aliases)}`);
  else entry.aliases.forEach((alias, i) => {
    if (typeof alias !== 'string' || alias.trim() === '') report(`${at}.aliases[${i}]`, `expected a non-empty name, got ${describe(alias)}`);
  });
  if (typeof entry.description !== 'string') report(`${at}.description`, `expected a string, got ${describe(entry.description)}`);
  if (!isRecord(entry.facts)) report(`${at}.facts`, `expected an object of text facts, got ${describe(entry.facts)}`);
  else for (const [key, value] of Object.entries(entry.facts)) {
    if (typeof value !== 'string') report(`${at}.facts.${key}`, `expected a string, got ${describe(value)}`);
  }
  if (!Array.isArray(entry.relations)) {
    report(`${at}.relations`, `expected an array of relations, got ${describe(entry.relations)}`);
    return;
  }
  entry.relations.forEach((relation: unknown, i) => {
    const relationAt = `${at}.relations[${i}]`;
    if (!isRecord(relation)) {
      report(relationAt, 'expected an object {type, target, years?}');
      return;
    }
    if (typeof relation.type !== 'string' || !RELATION_TYPES.has(relation.type)) {
      report(`${relationAt}.type`, `expected one of ${[...RELATION_TYPES].join(', ')}, got ${describe(relation.type)}`);
    }
    if (typeof relation.target !== 'string') report(`${relationAt}.target`, `expected an entry id, got ${describe(relation.target)}`);
    const years = relation.years;
    if (years !== undefined && (!Array.isArray(years) || !years.every((year) => Number.isInteger(year)))) {
      report(`${relationAt}.years`, `expected an array of whole years, got ${describe(years)}`);
    }
  });
}

/** A parent chain that loops (only possible when order checks already failed, reported once per loop). */
function checkCycles(
  entries: unknown[],
  indexById: Map<string, number>,
  report: (path: string, message: string) => void,
): void {
  const parentOf = (index: number): number | undefined => {
    const entry = entries[index];
    if (!isRecord(entry) || typeof entry.parent !== 'string') return undefined;
    return indexById.get(entry.parent);
  };
  const settled = new Set<number>();
  for (let start = 0; start < entries.length; start++) {
    const chain: number[] = [];
    const onChain = new Set<number>();
    let current: number | undefined = start;
    while (current !== undefined && !settled.has(current) && !onChain.has(current)) {
      chain.push(current);
      onChain.add(current);
      current = parentOf(current);
    }
    if (current !== undefined && onChain.has(current) && parentOf(current) !== current) {
      const loop = chain.slice(chain.indexOf(current));
      const ids = loop.map((index) => (entries[index] as { id: unknown }).id);
      report(`$.entries[${Math.min(...loop)}].parent`, `parent cycle: ${ids.join(' → ')} → ${String(ids[0])}; these entries are shown at the top level`);
    }
    for (const index of chain) settled.add(index);
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}
