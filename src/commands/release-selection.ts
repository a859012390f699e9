import type { EntryKind, TaxonomyEntry } from '../bundle/types.js';
import type { Catalog, ReleaseFilter, ReleaseRow } from '../catalog/types.js';
import { EXIT_USAGE, UserError } from '../cli/errors.js';
import { createNameMatcher } from '../taxonomy/name-matcher.js';
import type { Taxonomy } from '../taxonomy/taxonomy.js';
import { foldText } from '../text/fold.js';
import { clean, oneLine } from '../text/labels.js';
import type { SelectionOptions } from './selection-options.js';

// Tried in order: "trafficking" means the field of work before the meeting of a similar name.
const COUNTRY_KINDS: EntryKind[][] = [['state', 'partner', 'place']];
const FIELD_KINDS: EntryKind[][] = [['field'], ['meeting']];
const SOURCE_KINDS: EntryKind[][] = [
  ['institution', 'field-operation', 'secretariat-unit', 'body', 'chairpersonship', 'group'],
];

/**
 * Finds the taxonomy entry a name given on the command line means, matching like quick lookup
 * (an id works too), trying each group of kinds in turn. An unknown or ambiguous name is a
 * UserError naming the candidates.
 */
export function resolveEntryName(
  taxonomy: Taxonomy,
  name: string,
  kindGroups: EntryKind[][],
  what: string,
): TaxonomyEntry {
  if (name.trim() === '') throw new UserError(`the ${what} name is empty; give a name or an id`, EXIT_USAGE);
  const byId = taxonomy.get(name.trim());
  if (byId) return byId;
  const matcher = createNameMatcher(taxonomy);
  const matches = kindGroups.map((kinds) => matcher.resolve(name, { kinds, typos: true }));
  const match = matches.find((candidate) => candidate.status !== 'none') ?? matches[0]!;
  if (match.status === 'exact' && match.entries[0]) return match.entries[0];
  if (match.status === 'ambiguous') {
    const names = match.entries.slice(0, 6).map((entry) => `${oneLine(entry.name)} (${entry.id})`);
    throw new UserError(`${what} "${name}" is ambiguous: ${names.join(', ')}`);
  }
  const nearest = match.suggestions.slice(0, 5).map((entry) => oneLine(entry.name));
  throw new UserError(`no ${what} named "${name}"${nearest.length > 0 ? `; did you mean ${nearest.join(', ')}?` : ''}`);
}

/**
 * The content type a --type value means among the bundle's types: the same words in any case
 * and accents ("press release"), written without spaces ("pressrelease"), or the start of one
 * ("news" → News item). Unknown is a UserError listing the types the bundle has.
 */
function resolveContentType(catalog: Catalog, text: string): string {
  const types = catalog.facet({}, 'type');
  const squeeze = (value: string) => foldText(value).replace(/[^\p{L}\p{N}]+/gu, '');
  const wanted = squeeze(text);
  if (wanted === '')
    throw new UserError('the content type is empty; give one, e.g. --type "press release"', EXIT_USAGE);
  const match =
    types.find((type) => squeeze(type.label) === wanted) ??
    types.find((type) => squeeze(type.label).startsWith(wanted));
  if (match) return match.label;
  const known = types.map((type) => oneLine(type.label)).join(', ');
  throw new UserError(`no content type "${clean(text)}" in this bundle${known ? `; it has ${known}` : ''}`);
}

/** The release filter the selection options describe. */
export function releaseFilterFor(options: SelectionOptions, catalog: Catalog): ReleaseFilter {
  const { taxonomy } = catalog;
  const entities = [
    ...(options.country ?? []).map((name) => resolveEntryName(taxonomy, name, COUNTRY_KINDS, 'country').id),
    ...(options.field ?? []).map((name) => resolveEntryName(taxonomy, name, FIELD_KINDS, 'field of work').id),
    ...(options.source ?? []).map((name) => resolveEntryName(taxonomy, name, SOURCE_KINDS, 'source').id),
  ];
  const filter: ReleaseFilter = {};
  if (entities.length > 0) filter.entities = entities;
  if (options.type !== undefined) filter.type = resolveContentType(catalog, options.type);
  if (options.since) filter.since = options.since;
  if (options.until) filter.until = options.until;
  if (filter.since && filter.until && filter.since > filter.until) {
    throw new UserError(`--since ${filter.since} is after --until ${filter.until}`);
  }
  return filter;
}

/** The releases selected, newest first, and how many match in all. */
export interface Selection {
  rows: ReleaseRow[];
  total: number;
}

const PAGE = 500;

/** Lists releases under the filter, skipping read ones when `readIds` is given. */
export function selectReleases(
  catalog: Catalog,
  filter: ReleaseFilter,
  limit: number,
  readIds?: ReadonlySet<string>,
): Selection {
  if (!readIds) return { rows: catalog.list(filter, 0, limit), total: catalog.count(filter) };
  const rows: ReleaseRow[] = [];
  let total = 0;
  for (let offset = 0; ; offset += PAGE) {
    const page = catalog.list(filter, offset, PAGE);
    for (const row of page) {
      if (readIds.has(row.id)) continue;
      total += 1;
      if (rows.length < limit) rows.push(row);
    }
    if (page.length < PAGE) break;
  }
  return { rows, total };
}
