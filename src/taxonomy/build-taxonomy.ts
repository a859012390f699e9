import type { EntryKind, Relation, TaxonomyEntry } from '../bundle/types.js';
import { CHAIRPERSONSHIPS, type SourceEntry, TAXONOMY_SOURCE } from './taxonomy-source.js';

export { validateTaxonomyEntries } from './validate-taxonomy.js';

const CHAIRPERSONSHIP_ID = 'chairpersonship:chairpersonship';

/** Status of a field operation, from the menu group that lists it. */
const STATUS_BY_GROUP: Record<string, string> = {
  'group:field-operations': 'open',
  'group:closed-field-activities': 'closed',
};

const DESCRIPTION_BY_KIND: Partial<Record<EntryKind, string>> = {
  section: 'Section of the osce.org site menu',
  field: 'OSCE field of work',
  meeting: 'Kind of OSCE meeting or conference',
  state: 'OSCE participating State',
  'secretariat-unit': 'Unit of the OSCE Secretariat',
  page: 'Page of the osce.org site',
};

/**
 * The complete taxonomy, built from the taxonomy source: every entry fully populated (kind,
 * parent, aliases, description, facts, relations including the derived reverse ones), parents
 * before children, in menu order. Returns fresh objects on every call.
 */
export function buildTaxonomyEntries(): TaxonomyEntry[] {
  const entries: TaxonomyEntry[] = [];
  const visit = (source: SourceEntry, parent: string | null): void => {
    entries.push(toEntry(source, parent));
    for (const child of source.children ?? []) visit(child, source.id);
  };
  for (const source of TAXONOMY_SOURCE) visit(source, null);

  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  addFieldOperationFacts(entries, byId);
  addPartnerGroups(entries);
  addChairpersonships(byId);
  return entries;
}

function toEntry(source: SourceEntry, parent: string | null): TaxonomyEntry {
  const kind = source.id.slice(0, source.id.indexOf(':')) as EntryKind;
  return {
    id: source.id,
    kind,
    name: source.name,
    parent,
    aliases: [...(source.aliases ?? [])],
    description: source.description ?? DESCRIPTION_BY_KIND[kind] ?? '',
    facts: { ...(source.facts ?? {}) },
    relations: (source.relations ?? []).map(copyRelation),
  };
}

function copyRelation(relation: Relation): Relation {
  return relation.years ? { ...relation, years: [...relation.years] } : { ...relation };
}

/** Status from the menu group, the reverse 'hosts-field-operation' link and the description. */
function addFieldOperationFacts(entries: TaxonomyEntry[], byId: Map<string, TaxonomyEntry>): void {
  for (const operation of entries) {
    if (operation.kind !== 'field-operation') continue;
    const status = operation.parent ? STATUS_BY_GROUP[operation.parent] : undefined;
    if (status) operation.facts = { status, ...operation.facts };
    const hosts = operation.relations
      .filter((relation) => relation.type === 'field-operation-in')
      .map((relation) => byId.get(relation.target))
      .filter((host): host is TaxonomyEntry => host !== undefined);
    for (const host of hosts) host.relations.push({ type: 'hosts-field-operation', target: operation.id });
    if (!operation.description && hosts.length > 0) {
      const where = hosts.map(nameInSentence).join(', ');
      operation.description = `${status === 'closed' ? 'Closed OSCE' : 'OSCE'} field operation in ${where}`;
    }
  }
}

/** Names that read with "the" inside a sentence: "in the Russian Federation". */
const NAMES_WITH_THE = /^(?:Russian Federation|United Kingdom|United States of America|Holy See|Republic of Korea)$/;

function nameInSentence(entry: TaxonomyEntry): string {
  if (entry.name.startsWith('The ')) return `the ${entry.name.slice(4)}`;
  return NAMES_WITH_THE.test(entry.name) ? `the ${entry.name}` : entry.name;
}

function addPartnerGroups(entries: TaxonomyEntry[]): void {
  for (const partner of entries) {
    if (partner.kind !== 'partner' || !partner.parent) continue;
    partner.relations.push({ type: 'partner-group', target: partner.parent });
    if (!partner.description) {
      const region = partner.parent === 'group:asian-partners' ? 'Asian' : 'Mediterranean';
      partner.description = `OSCE ${region} Partner for Co-operation`;
    }
  }
}

/** 'chaired-by' on the Chairpersonship, 'chaired' and a fact on each State, one per State. */
function addChairpersonships(byId: Map<string, TaxonomyEntry>): void {
  const chair = byId.get(CHAIRPERSONSHIP_ID);
  if (!chair) return;
  const yearsByState = new Map<string, number[]>();
  for (const { year, state } of CHAIRPERSONSHIPS) {
    const years = yearsByState.get(state) ?? [];
    years.push(year);
    yearsByState.set(state, years);
  }
  for (const [stateId, years] of yearsByState) {
    const state = byId.get(stateId);
    if (!state) continue;
    chair.relations.push({ type: 'chaired-by', target: stateId, years: [...years] });
    state.relations.push({ type: 'chaired', target: CHAIRPERSONSHIP_ID, years: [...years] });
    state.facts.chairpersonship = years.join(', ');
  }
}

/** The State that held the Chairpersonship in a year, or undefined when not recorded. */
export function chairpersonshipStateId(year: number): string | undefined {
  return CHAIRPERSONSHIPS.find((entry) => entry.year === year)?.state;
}
