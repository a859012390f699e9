import type { EntryKind, TaxonomyEntry } from '../bundle/types.js';
import type { ReleaseFilter } from '../model/release-filter.js';
import type { NameMatcher } from '../taxonomy/name-matcher.js';
import { foldText } from '../text/fold.js';
import { oneLine } from '../text/labels.js';
import { type FacetTerm, parseYearRange } from './query-parser.js';

type EntityFacet = 'country' | 'field' | 'source';

/** Which kinds of taxonomy entry a facet value may name. */
export const FACET_KINDS: Record<EntityFacet, EntryKind[]> = {
  country: ['state', 'partner', 'place'],
  field: ['field', 'meeting'],
  source: ['institution', 'secretariat-unit', 'field-operation', 'body', 'chairpersonship', 'group', 'state'],
};

const FACET_NOUN: Record<EntityFacet, string> = {
  country: 'State or place',
  field: 'field of work or meeting',
  source: 'structure or institution',
};

/** What a facet resolver needs to know about the bundle. */
export interface FacetContext {
  names: NameMatcher;
  /** Content types present in the bundle. */
  contentTypes(): { key: string; label: string }[];
}

/** The filter a query's facets stand for, or a message saying which value matched nothing. */
export type FacetResolution = { filter: ReleaseFilter; entries: TaxonomyEntry[] } | { error: string };

/**
 * Resolves facet values (by name or alias, forgivingly: "trafficking" is the field Combating
 * trafficking in human beings, and a slip is forgiven: "albnia" is Albania) to taxonomy ids, a content type and years; all facets must hold.
 */
export function resolveFacets(facets: readonly FacetTerm[], context: FacetContext): FacetResolution {
  const filter: ReleaseFilter = {};
  const entries: TaxonomyEntry[] = [];
  for (const { facet, value } of facets) {
    if (facet === 'year') {
      const range = parseYearRange(value);
      if (!range) return { error: `year:${value} is not a year; write year:2017 or a range like year:2015..2017` };
      if (range.from === range.to) filter.year = range.from;
      else {
        filter.since = String(range.from);
        filter.until = String(range.to);
      }
    } else if (facet === 'type') {
      const type = resolveType(value, context.contentTypes());
      if (typeof type !== 'string') return type;
      filter.type = type;
    } else {
      // Forgiving like quick lookup and `list --country`: country:albnia is Albania, not an error.
      const match = context.names.resolve(value, { kinds: FACET_KINDS[facet], typos: true });
      const entry = match.entries[0];
      if (!entry) {
        const hint =
          match.suggestions.length > 0
            ? `; did you mean ${match.suggestions
                .slice(0, 3)
                .map((e) => oneLine(e.name))
                .join(', ')}?`
            : '';
        return { error: `${facet}:${value} matches no ${FACET_NOUN[facet]}${hint}` };
      }
      entries.push(entry);
      filter.entities = [...(filter.entities ?? []), entry.id];
    }
  }
  return { filter, entries };
}

function resolveType(value: string, types: { key: string; label: string }[]): string | { error: string } {
  const wanted = foldText(value);
  const match = types.find((type) => type.key === wanted) ?? types.find((type) => type.key.startsWith(wanted));
  if (match) return match.label;
  const known = types.map((type) => `"${type.label}"`).slice(0, 6);
  return { error: `type:${value} matches no content type${known.length > 0 ? `; try ${known.join(', ')}` : ''}` };
}
