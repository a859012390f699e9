import type { Block, EntryKind, Release, TaxonomyEntry } from '../../src/bundle/types.js';
import type { Catalog, Facet, FacetCount, ReleaseFilter, ReleaseRow } from '../../src/catalog/types.js';
import type { SearchResults } from '../../src/search/types.js';
import { Taxonomy } from '../../src/taxonomy/taxonomy.js';
import { foldText } from '../../src/text/fold.js';
import { sanitizeRelease } from '../../src/text/sanitize-model.js';
import { makeRelease } from '../helpers/fixture-bundle.js';

// An in-memory Catalog over an invented bundle for component tests. The taxonomy uses real OSCE
// menu names; every release is fictional (invented people, neutral invented events).

function entry(id: string, name: string, parent: string | null, extra: Partial<TaxonomyEntry> = {}): TaxonomyEntry {
  return { id, kind: id.split(':')[0] as EntryKind, name, parent, aliases: [], description: '', facts: {}, relations: [], ...extra };
}

export const fakeTaxonomy: TaxonomyEntry[] = [
  entry('section:our-work', 'Our work', null),
  entry('group:fields-of-work', 'Fields of work', 'section:our-work'),
  entry('field:combating-trafficking-in-human-beings', 'Combating trafficking in human beings', 'group:fields-of-work', { aliases: ['Anti-trafficking'] }),
  entry('field:elections', 'Elections', 'group:fields-of-work'),
  entry('page:about-us', 'About us', 'section:our-work'),
  entry('section:countries', 'Countries', null),
  entry('group:participating-states', 'Participating States', 'section:countries'),
  entry('state:andorra', 'Andorra', 'group:participating-states'),
  entry('state:italy', 'Italy', 'group:participating-states', { facts: { capital: 'Rome' } }),
  entry('state:turkiye', 'Türkiye', 'group:participating-states', { aliases: ['Turkey'] }),
  entry('section:structures-and-institutions', 'Structures and institutions', null),
  entry('group:institutions', 'Institutions', 'section:structures-and-institutions'),
  entry('institution:odihr', 'Office for Democratic Institutions and Human Rights', 'group:institutions', {
    aliases: ['ODIHR'],
    description: 'Helps States hold elections and protect human rights',
    facts: { seat: 'Warsaw' },
  }),
];

function release(id: string, title: string, iso: string | null, extra: Partial<Release> = {}): Release {
  return makeRelease({
    id,
    title,
    date: { iso, precision: iso ? 'day' : 'unknown', text: iso },
    body: [{ kind: 'paragraph', text: `Text of ${title}.` }],
    ...extra,
  });
}

const longBody: Block[] = Array.from({ length: 30 }, (_, i) => ({
  kind: 'paragraph' as const,
  text: `Paragraph ${i + 1} of the invented Lakeville workshop report.${i === 20 ? ' The harbour inspectors compared notes.' : ''}`,
}));

/** Named releases the tests refer to. */
export const LAKEVILLE = 'fake-lakeville';
export const HOSTILE = 'fake-hostile';

const namedReleases: Release[] = [
  release(LAKEVILLE, 'Workshop in Lakeville trains harbour inspectors', '2023-03-14', {
    countries: ['state:italy'],
    fields: ['field:combating-trafficking-in-human-beings'],
    mentions: ['institution:odihr'],
    body: longBody,
  }),
  release('fake-italy-2', 'Italian volunteers plant an invented forest', '2021-05-02', { countries: ['state:italy'], type: 'News item' }),
  release('fake-turkiye', 'Türkiye hosts a fictional chess festival', '2019-08-20', { countries: ['state:turkiye'] }),
  release(HOSTILE, 'Harmless \u001b]0;pwned\u0007title \u001b[2Jwith escapes', '2018-01-01', { sources: ['institution:odihr'] }),
  release('fake-undated', 'An undated invented note', null, { sources: ['institution:odihr'], fields: ['field:elections'] }),
];

/** Filler releases so lists are long: "Fictional bulletin 1" … */
function fillers(count: number): Release[] {
  return Array.from({ length: count }, (_, i) => {
    const year = 2000 + (i % 20);
    const month = String((i % 12) + 1).padStart(2, '0');
    return release(`fake-filler-${i}`, `Fictional bulletin ${i + 1}`, `${year}-${month}-01`, {
      fields: ['field:elections'],
      sources: ['institution:odihr'],
    });
  });
}

/** Options of the fake. */
export interface FakeCatalogOptions {
  fillerCount?: number;
  /** Holds back the answer to a query until the returned promise settles (answers out of order). */
  holdSearch?: (query: string) => Promise<void> | undefined;
  /** "Did you mean" entries (ids) the search offers for a query that finds nothing. */
  suggestions?: Record<string, string[]>;
}

/** Builds a fake catalog. */
export function createFakeCatalog(options: FakeCatalogOptions = {}): Catalog & { searches: string[]; searchRequests: Array<{ query: string; offset?: number; limit?: number }> } {
  const releases = [...namedReleases, ...fillers(options.fillerCount ?? 240)];
  const taxonomy = new Taxonomy(fakeTaxonomy);
  const links = (r: Release): string[] => [...r.sources, ...r.fields, ...r.countries, ...r.mentions];
  const under = (id: string): Set<string> => new Set([id, ...taxonomy.descendants(id).map((e) => e.id)]);
  const linked = (r: Release, id: string): boolean => {
    const ids = under(id);
    return links(r).some((l) => ids.has(l));
  };
  const year = (r: Release): number | undefined => (r.date.iso ? Number(r.date.iso.slice(0, 4)) : undefined);
  const matches = (r: Release, f: ReleaseFilter): boolean =>
    (f.entities ?? []).every((id) => linked(r, id)) &&
    (f.year === undefined || year(r) === f.year) &&
    (f.type === undefined || r.type.toLowerCase() === f.type.toLowerCase()) &&
    (f.ids === undefined || f.ids.includes(r.id));
  const sorted = [...releases].sort((a, b) => {
    if (a.date.iso && b.date.iso && a.date.iso !== b.date.iso) return a.date.iso < b.date.iso ? 1 : -1;
    if (!a.date.iso !== !b.date.iso) return a.date.iso ? -1 : 1;
    return a.title.localeCompare(b.title);
  });
  const toRow = (r: Release): ReleaseRow => ({
    id: r.id,
    type: r.type,
    title: r.title,
    date: r.date,
    place: r.place,
    sources: r.sources,
    fields: r.fields,
    countries: r.countries,
    summary: r.summary,
  });
  const select = (f: ReleaseFilter): Release[] => sorted.filter((r) => matches(r, f));
  let latestSearch = 0;
  const searches: string[] = [];
  const searchRequests: Array<{ query: string; offset?: number; limit?: number }> = [];

  return {
    title: 'Fake bundle',
    taxonomy,
    totalReleases: releases.length,
    searches,
    searchRequests,
    entityCount: (id) => releases.filter((r) => linked(r, id)).length,
    count: (f) => select(f).length,
    list: (f, offset, limit) => select(f).slice(offset, offset + limit).map(toRow),
    // Sanitized as the real catalog hands releases out.
    get: (id) => {
      const found = releases.find((r) => r.id === id);
      return found && sanitizeRelease(found);
    },
    perYear(f) {
      const counts = new Map<number, number>();
      for (const r of select(f)) {
        const y = year(r);
        if (y !== undefined) counts.set(y, (counts.get(y) ?? 0) + 1);
      }
      return [...counts].sort((a, b) => a[0] - b[0]).map(([y, count]) => ({ year: y, count }));
    },
    facet(f, facet: Facet): FacetCount[] {
      const counts = new Map<string, number>();
      for (const r of select(f)) {
        const keys =
          facet === 'year' ? (year(r) ? [String(year(r))] : []) : facet === 'type' ? [r.type] : facet === 'field' ? r.fields : facet === 'country' ? r.countries : r.sources;
        for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
      }
      return [...counts]
        .map(([key, count]) => ({ key, label: taxonomy.get(key)?.name ?? key, count }))
        .sort((a, b) => b.count - a.count);
    },
    search(query, searchOptions): Promise<SearchResults> {
      const ticket = ++latestSearch;
      searches.push(query);
      searchRequests.push({ query, offset: searchOptions?.offset, limit: searchOptions?.limit });
      const needle = foldText(query);
      const entities = fakeTaxonomy
        .filter((e) => [e.name, ...e.aliases].some((n) => foldText(n).includes(needle)))
        .map((e) => {
          const matched = [e.name, ...e.aliases].find((n) => foldText(n).includes(needle))!;
          const at = foldText(matched).indexOf(needle);
          return { entry: e, matched, highlights: [[at, at + needle.length]] as [number, number][] };
        });
      const hits = sorted.filter((r) => foldText(r.title).includes(needle));
      const results: SearchResults = {
        query,
        entities,
        releases: hits.slice(searchOptions?.offset ?? 0, (searchOptions?.offset ?? 0) + (searchOptions?.limit ?? 50)).map((r) => {
          const at = foldText(r.title).indexOf(needle);
          return { row: toRow(r), titleHighlights: [[at, at + needle.length]], snippet: `Text of ${r.title}.`, snippetHighlights: [] };
        }),
        totalReleases: hits.length,
        terms: [query],
      };
      const suggested = options.suggestions?.[query];
      if (suggested && entities.length === 0 && hits.length === 0) {
        results.suggestions = suggested.map((id) => ({ entry: taxonomy.get(id)!, matched: taxonomy.get(id)!.name, highlights: [] }));
      }
      const hold = options.holdSearch?.(query) ?? Promise.resolve();
      return hold.then(() => (ticket === latestSearch ? results : { ...results, superseded: true }));
    },
    close() {},
  };
}
