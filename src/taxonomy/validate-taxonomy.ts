import {
  ENTRY_KINDS as ENTRY_KIND_LIST,
  type Problem,
  RELATION_TYPES as RELATION_TYPE_LIST,
  type TaxonomyEntry,
} from '../bundle/types.js';
import { isPlainObject, JsonChecker } from '../json/json-checks.js';

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
  const check = new JsonChecker();
  const problems = (): Problem[] => check.issues.map((issue) => ({ file, path: issue.path, message: issue.message }));
  const report = (path: string, message: string): void => check.note(path, message);
  if (!Array.isArray(entries)) {
    report('$.entries', 'expected an array of taxonomy entries');
    return problems();
  }

  const firstIndexById = new Map<string, number>();
  entries.forEach((entry: unknown, index) => {
    const at = `$.entries[${index}]`;
    if (!isPlainObject(entry)) {
      report(at, 'expected an object (a taxonomy entry)');
      return;
    }
    const id = entry.id;
    if (typeof id !== 'string' || !ID_PATTERN.test(id)) {
      check.fail(`${at}.id`, 'an id "kind:slug" of lower-case letters, digits and hyphens', id);
    } else if (firstIndexById.has(id)) {
      report(`${at}.id`, `duplicate id "${id}" (first used at $.entries[${firstIndexById.get(id)}])`);
    } else {
      firstIndexById.set(id, index);
    }
    checkShape(entry, at, check);
  });

  entries.forEach((entry: unknown, index) => {
    if (!isPlainObject(entry)) return;
    const at = `$.entries[${index}]`;
    const parent = entry.parent;
    if (typeof parent === 'string') {
      const parentIndex = firstIndexById.get(parent);
      if (parentIndex === undefined) report(`${at}.parent`, `parent "${parent}" is not an entry of the taxonomy`);
      else if (parent === entry.id) report(`${at}.parent`, `entry "${parent}" is its own parent`);
      else if (parentIndex > index)
        report(`${at}.parent`, `parent "${parent}" must come before its children (it is at $.entries[${parentIndex}])`);
    }
    if (Array.isArray(entry.relations)) {
      entry.relations.forEach((relation: unknown, relationIndex) => {
        if (!isPlainObject(relation) || typeof relation.target !== 'string') return;
        if (!firstIndexById.has(relation.target)) {
          report(
            `${at}.relations[${relationIndex}].target`,
            `relation target "${relation.target}" is not an entry of the taxonomy`,
          );
        }
      });
    }
  });

  checkCycles(entries, firstIndexById, report);
  return problems();
}

function checkShape(entry: Record<string, unknown>, at: string, check: JsonChecker): void {
  const { id, kind } = entry;
  if (typeof kind !== 'string' || !ENTRY_KINDS.has(kind)) {
    check.fail(`${at}.kind`, `one of ${[...ENTRY_KINDS].join(', ')}`, kind);
  } else if (typeof id === 'string' && ID_PATTERN.test(id) && !id.startsWith(`${kind}:`)) {
    check.note(`${at}.id`, `id "${id}" must start with its kind "${kind}:"`);
  }
  check.matching(entry.name, `${at}.name`, 'a non-empty name', isName);
  if (entry.parent !== null && typeof entry.parent !== 'string')
    check.fail(`${at}.parent`, 'a parent id or null', entry.parent);
  if (!Array.isArray(entry.aliases)) check.fail(`${at}.aliases`, 'an array of names', entry.aliases);
  else
    for (const [i, alias] of entry.aliases.entries())
      check.matching(alias, `${at}.aliases[${i}]`, 'a non-empty name', isName);
  check.string(entry.description, `${at}.description`);
  if (!isPlainObject(entry.facts)) check.fail(`${at}.facts`, 'an object of text facts', entry.facts);
  else for (const [key, value] of Object.entries(entry.facts)) check.string(value, `${at}.facts.${key}`);
  if (!Array.isArray(entry.relations)) {
    check.fail(`${at}.relations`, 'an array of relations', entry.relations);
    return;
  }
  entry.relations.forEach((relation: unknown, i) => {
    const relationAt = `${at}.relations[${i}]`;
    if (!isPlainObject(relation)) {
      check.note(relationAt, 'expected an object {type, target, years?}');
      return;
    }
    if (typeof relation.type !== 'string' || !RELATION_TYPES.has(relation.type)) {
      check.fail(`${relationAt}.type`, `one of ${[...RELATION_TYPES].join(', ')}`, relation.type);
    }
    if (typeof relation.target !== 'string') check.fail(`${relationAt}.target`, 'an entry id', relation.target);
    const years = relation.years;
    if (years !== undefined && (!Array.isArray(years) || !years.every((year) => Number.isInteger(year)))) {
      check.fail(`${relationAt}.years`, 'an array of whole years', years);
    }
  });
}

function isName(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

/** A parent chain that loops (only possible when order checks already failed, reported once per loop). */
function checkCycles(
  entries: unknown[],
  indexById: Map<string, number>,
  report: (path: string, message: string) => void,
): void {
  const parentOf = (index: number): number | undefined => {
    const entry = entries[index];
    if (!isPlainObject(entry) || typeof entry.parent !== 'string') return undefined;
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
      report(
        `$.entries[${Math.min(...loop)}].parent`,
        `parent cycle: ${ids.join(' → ')} → ${String(ids[0])}; these entries are shown at the top level`,
      );
    }
    for (const index of chain) settled.add(index);
  }
}
