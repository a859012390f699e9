import { isPlainObject, JsonChecker } from '../json/json-checks.js';
import { validateTaxonomyEntries } from '../taxonomy/build-taxonomy.js';
import { TAXONOMY_FORMAT, TAXONOMY_FORMAT_VERSION } from './bundle-files.js';
import { ENTRY_KINDS, type Problem, RELATION_TYPES, type Relation, type TaxonomyEntry } from './types.js';
import { safeId } from './validate-release.js';

/**
 * Checks a parsed taxonomy.json: the wrapper here, the entries with the taxonomy's own validator
 * (validateTaxonomyEntries: shapes, ids, parents, relations), each problem located by JSON path
 * (`$.entries[12].kind`). Entries with a field of the wrong type and repeated ids are left out;
 * the rest are returned in file order with keys in canonical order. An entry whose parent or
 * relation target is missing is kept (and reported): it is still a name releases can link to.
 */
export function validateTaxonomyFile(
  value: unknown,
  file: string,
): { entries: TaxonomyEntry[]; problems: Problem[]; newerVersion?: number } {
  const check = new JsonChecker();
  const problems = (): Problem[] => check.issues.map((issue) => ({ file, path: issue.path, message: issue.message }));
  const record = check.object(value, '$');
  if (!record) return { entries: [], problems: problems() };
  if (record.format !== TAXONOMY_FORMAT) check.fail('$.format', JSON.stringify(TAXONOMY_FORMAT), record.format);
  const version = check.integer(record.version, '$.version', 1);
  if (version !== undefined && version > TAXONOMY_FORMAT_VERSION)
    return { entries: [], problems: problems(), newerVersion: version };
  if (!Array.isArray(record.entries)) {
    check.fail('$.entries', 'an array of taxonomy entries', record.entries);
    return { entries: [], problems: problems() };
  }
  const wrapperProblems = problems();
  const treeProblems = validateTaxonomyEntries(record.entries as TaxonomyEntry[], file);
  const reported = new Set(treeProblems.map((problem) => /^\$\.entries\[\d+\]/.exec(problem.path ?? '')?.[0]));
  const entries: TaxonomyEntry[] = [];
  const seen = new Set<string>();
  const shape = new JsonChecker();
  record.entries.forEach((item, index) => {
    const before = shape.issues.length;
    const entry = readEntry(item, `$.entries[${index}]`, shape);
    // The tree validator words the messages; ours only speak when it said nothing of this entry.
    if (!reported.has(`$.entries[${index}]`)) {
      for (const issue of shape.issues.slice(before))
        treeProblems.push({ file, path: issue.path, message: issue.message });
    }
    if (entry && !seen.has(entry.id)) {
      seen.add(entry.id);
      entries.push(entry);
    }
  });
  return { entries, problems: [...wrapperProblems, ...treeProblems] };
}

/** A copy of the entry with keys in canonical order, so writing it twice gives the same bytes. */
export function canonicalEntry(entry: TaxonomyEntry): TaxonomyEntry {
  return {
    id: entry.id,
    kind: entry.kind,
    name: entry.name,
    parent: entry.parent,
    aliases: [...entry.aliases],
    description: entry.description,
    facts: { ...entry.facts },
    relations: entry.relations.map((relation) => {
      const out: Relation = { type: relation.type, target: relation.target };
      if (relation.years !== undefined) out.years = [...relation.years];
      return out;
    }),
  };
}

function readEntry(value: unknown, path: string, check: JsonChecker): TaxonomyEntry | undefined {
  const before = check.issues.length;
  const record = check.object(value, path);
  if (!record) return undefined;
  const text = (item: unknown, itemPath: string): string | undefined => check.string(item, itemPath);
  const entry = {
    id: safeId(check, check.string(record.id, `${path}.id`, { nonEmpty: true }), `${path}.id`),
    kind: check.oneOf(record.kind, `${path}.kind`, ENTRY_KINDS),
    name: check.string(record.name, `${path}.name`, { nonEmpty: true }),
    parent: check.nullableString(record.parent, `${path}.parent`),
    aliases: check.array(record.aliases, `${path}.aliases`, text),
    description: check.string(record.description, `${path}.description`),
    facts: readFacts(record.facts, `${path}.facts`, check),
    relations: check.array(record.relations, `${path}.relations`, (item, itemPath) =>
      readRelation(item, itemPath, check),
    ),
  };
  if (check.issues.length > before) return undefined;
  return entry as TaxonomyEntry;
}

function readFacts(value: unknown, path: string, check: JsonChecker): Record<string, string> | undefined {
  if (!isPlainObject(value)) return check.fail(path, 'an object of text facts', value);
  const facts: Record<string, string> = {};
  for (const [key, fact] of Object.entries(value)) {
    const checked = check.string(fact, `${path}.${key}`);
    if (checked === undefined) return undefined;
    facts[key] = checked;
  }
  return facts;
}

function readRelation(value: unknown, path: string, check: JsonChecker): Relation | undefined {
  const record = check.object(value, path);
  if (!record) return undefined;
  const type = check.oneOf(record.type, `${path}.type`, RELATION_TYPES);
  const target = check.string(record.target, `${path}.target`, { nonEmpty: true });
  const years =
    record.years === undefined
      ? undefined
      : check.array(record.years, `${path}.years`, (item, itemPath) => check.integer(item, itemPath, 1, 9999));
  if (type === undefined || target === undefined || (record.years !== undefined && years === undefined))
    return undefined;
  const relation: Relation = { type, target };
  if (years !== undefined) relation.years = years;
  return relation;
}
