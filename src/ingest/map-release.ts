import type { Block, EntryKind, FactKind, FactRecord, Release, TaxonomyEntry, UnmappedLabel } from '../bundle/types.js';
import { createMentionFinder } from '../taxonomy/find-mentions.js';
import { compactKey, nameKey } from '../taxonomy/name-key.js';
import { createNameMatcher, type NameMatch, type NameMatcher } from '../taxonomy/name-matcher.js';
import type { Taxonomy } from '../taxonomy/taxonomy.js';
import { sanitizeText } from '../text/sanitize.js';
import { createSlugResolver, type SlugResolver } from './html/link-slug.js';
import { createFactInferrer, SOURCE_KINDS } from './infer-facts.js';
import { releaseId } from './release-id.js';
import type { ParsedRelease } from './types.js';

const FIELD_KINDS: EntryKind[] = ['field'];
const COUNTRY_KINDS: EntryKind[] = ['state', 'partner', 'place'];

type Target = 'sources' | 'fields' | 'countries';
const FACT_OF: Record<Target, FactKind> = { sources: 'source', fields: 'field', countries: 'country' };
type Bucket = 'sources' | 'fields' | 'countries';

/** Where each kind of label may point, tried in order: the first kind list that resolves wins. */
const ROUTES: { bucket: Bucket; label: string; tries: { kinds: EntryKind[]; target: Target }[] }[] = [
  { bucket: 'sources', label: 'source', tries: [{ kinds: SOURCE_KINDS, target: 'sources' }] },
  { bucket: 'fields', label: 'field', tries: [{ kinds: FIELD_KINDS, target: 'fields' }] },
  // "Where we are" names States as well as field operations and institutions. "Location(s)" is
  // not routed here: it names the place (a city), which the parser made the release's place.
  {
    bucket: 'countries',
    label: 'country',
    tries: [
      { kinds: COUNTRY_KINDS, target: 'countries' },
      { kinds: SOURCE_KINDS, target: 'sources' },
    ],
  },
];

/**
 * Builds the function that turns a parsed release into a bundle release: labels become taxonomy
 * ids through names and aliases (what cannot be mapped is kept in `unmapped` with a warning),
 * the country of the place joins the countries, facts the page implies are inferred (see
 * createFactInferrer), States and institutions named in the title and body become mentions,
 * every text is sanitized, and how each fact was found is recorded in `origins`.
 */
export function createReleaseMapper(taxonomy: Taxonomy): (parsed: ParsedRelease, file: string) => Release {
  const matcher = createNameMatcher(taxonomy);
  const bySlug = createSlugResolver(taxonomy);
  const findMentions = createMentionFinder(taxonomy);
  const inferFacts = createFactInferrer(taxonomy, findMentions);
  // Places are mostly cities; only a whole State or place name counts, so an exact lookup does
  // (and spares the matcher's spelling suggestions for every city).
  const countryByKey = new Map<string, string>();
  for (const entry of taxonomy.ofKind(...COUNTRY_KINDS)) {
    for (const name of [entry.name, ...entry.aliases])
      if (!countryByKey.has(fullKey(name))) countryByKey.set(fullKey(name), entry.id);
  }

  return (parsed, file) => {
    const warnings = parsed.warnings.map(clean);
    const origins: FactRecord[] = parsed.origins.map((origin) => ({ ...origin, value: clean(origin.value) }));
    const { ids, unmapped } = mapLabels(parsed, matcher, bySlug, warnings, origins);
    const body = parsed.body
      .map(cleanBlock)
      .filter((block) => (block.kind === 'list' ? block.items.length > 0 : block.text !== ''));
    const heading = parsed.headingOrValue;
    if (heading) {
      const kinds = ROUTES.find((route) => route.bucket === heading.bucket)!.tries[0]!.kinds;
      const match = matcher.resolve(clean(heading.value), { kinds });
      if (match.status === 'exact' && namesEntry(clean(heading.value), match.entries[0]!)) {
        addFact(ids, origins, heading.bucket, match.entries[0]!.id, {
          from: 'metadata',
          stated: true,
          line: heading.line,
        });
      } else {
        body.unshift({ kind: 'heading', text: clean(heading.value) });
        warnings.push(
          `"${clean(heading.label)}" is empty (line ${heading.labelLine}): "${clean(heading.value)}" below it is read as a heading of the text, not its value`,
        );
      }
    }

    const place = parsed.place === null ? null : clean(parsed.place) || null;
    const placeOrigin = parsed.origins.find((origin) => origin.fact === 'place');
    for (const part of place?.split(/[,/]/) ?? []) {
      const id = countryByKey.get(fullKey(part));
      if (id !== undefined)
        addFact(ids, origins, 'countries', id, {
          from: placeOrigin?.from ?? 'metadata',
          stated: true,
          ...(placeOrigin?.line === undefined ? {} : { line: placeOrigin.line }),
        });
    }
    for (const raw of parsed.labels.locations) {
      const location = clean(raw);
      if (location === '' || (place !== null && fullKey(place).includes(fullKey(location)))) continue;
      const id = countryByKey.get(fullKey(location));
      if (id !== undefined) {
        const line = parsed.labels.lines?.[`locations:${raw}`];
        addFact(ids, origins, 'countries', id, {
          from: 'metadata',
          stated: true,
          ...(line === undefined ? {} : { line }),
        });
        continue;
      }
      unmapped.push({ label: 'location', value: location });
      warnings.push(`location "${location}" is not the place "${place ?? ''}"; kept as text`);
    }

    const title = clean(parsed.title);
    const titleLine = parsed.origins.find((origin) => origin.from === 'title')?.line ?? parsed.line;
    const inferred = inferFacts({
      title,
      titleLine,
      url: parsed.url,
      listingHeader:
        parsed.listingHeader === null
          ? null
          : { text: clean(parsed.listingHeader.text), line: parsed.listingHeader.line },
      place:
        place === null ? null : { text: place, ...(placeOrigin?.line === undefined ? {} : { line: placeOrigin.line }) },
      statedSources: ids.sources,
      statedCountries: ids.countries,
    });
    for (const record of [...inferred.sources, ...inferred.countries]) {
      addFact(ids, origins, record.fact === 'source' ? 'sources' : 'countries', record.value, record);
    }
    const mentions = findMentions([title, ...body.map(blockText)].join('\n'));

    return {
      id: releaseId({ url: parsed.url, title, date: parsed.date }),
      url: parsed.url === null ? null : clean(parsed.url) || null,
      type: clean(parsed.type),
      title,
      date: { ...parsed.date, text: parsed.date.text === null ? null : clean(parsed.date.text) },
      place,
      sources: ids.sources,
      fields: ids.fields,
      countries: ids.countries,
      mentions,
      unmapped,
      body,
      notes: parsed.notes.map((note) => ({ term: clean(note.term), text: clean(note.text) })),
      summary: parsed.summary,
      provenance: { file, line: parsed.line },
      warnings,
      origins,
    };
  };
}

/** Adds an id to its list once, and records how it was found the first time. */
function addFact(
  ids: Record<Target, string[]>,
  origins: FactRecord[],
  target: Target,
  id: string,
  origin: Pick<FactRecord, 'from' | 'stated' | 'line'>,
): void {
  if (ids[target].includes(id)) return;
  ids[target].push(id);
  origins.push({
    fact: FACT_OF[target],
    value: id,
    from: origin.from,
    stated: origin.stated,
    ...(origin.line === undefined ? {} : { line: origin.line }),
  });
}

/**
 * Resolves every label value, by its text or else by the slug of the page it links to; pushes a
 * warning for each value kept as text or not read as written.
 */
function mapLabels(
  parsed: ParsedRelease,
  matcher: NameMatcher,
  bySlug: SlugResolver,
  warnings: string[],
  origins: FactRecord[],
): { ids: Record<Target, string[]>; unmapped: UnmappedLabel[] } {
  const ids: Record<Target, string[]> = { sources: [], fields: [], countries: [] };
  const unmapped: UnmappedLabel[] = [];
  // Only when the text names nothing: a link's text is what the page's reader was shown.
  const mapByLink = (route: (typeof ROUTES)[number], raw: string, value: string): boolean => {
    const slug = parsed.labels.slugs?.[`${route.bucket}:${raw}`];
    if (slug === undefined) return false;
    return route.tries.some(({ kinds, target }) => {
      const entry = bySlug(slug, kinds);
      if (entry === null) return false;
      const line = parsed.labels.lines?.[`${route.bucket}:${raw}`];
      addFact(ids, origins, target, entry.id, {
        from: 'metadata',
        stated: true,
        ...(line === undefined ? {} : { line }),
      });
      warnings.push(`${route.label} "${value}" read as ${entry.name} (${entry.id}) by its link to /${slug}`);
      return true;
    });
  };
  for (const route of ROUTES) {
    for (const raw of parsed.labels[route.bucket]) {
      const value = clean(raw);
      if (value === '') continue;
      const mapped =
        route.tries.some(({ kinds, target }) => {
          const match = matcher.resolve(value, { kinds });
          if (match.status !== 'exact') return false;
          const entry = match.entries[0]!;
          const line = parsed.labels.lines?.[`${route.bucket}:${raw}`];
          addFact(ids, origins, target, entry.id, {
            from: 'metadata',
            stated: true,
            ...(line === undefined ? {} : { line }),
          });
          if (!namesEntry(value, entry)) warnings.push(`${route.label} "${value}" read as ${entry.name} (${entry.id})`);
          return true;
        }) || mapByLink(route, raw, value);
      if (!mapped) {
        unmapped.push({ label: route.label, value });
        warnings.push(
          unmappedWarning(route.label, value, matcher.resolve(value, { kinds: route.tries.flatMap((t) => t.kinds) })),
        );
      }
    }
  }
  for (const other of parsed.labels.other) {
    const label = clean(other.label);
    const value = clean(other.value);
    unmapped.push({ label, value });
    warnings.push(`label "${label}" is not one the importer maps; "${value}" kept as text`);
  }
  return { ids, unmapped };
}

/** Whether the value is the entry's name or one of its aliases, not just a partial fit. */
function namesEntry(value: string, entry: TaxonomyEntry): boolean {
  const key = fullKey(value);
  return key !== '' && [entry.name, ...entry.aliases].some((name) => fullKey(name) === key);
}

function fullKey(name: string): string {
  return compactKey(nameKey(name));
}

function unmappedWarning(label: string, value: string, match: NameMatch): string {
  const head = `${label} "${value}" is not in the taxonomy; kept as text`;
  if (match.status === 'ambiguous') return `${head} (it could be ${listNames(match.entries)})`;
  if (match.suggestions.length > 0) return `${head} (did you mean ${listNames(match.suggestions)}?)`;
  return head;
}

function listNames(entries: TaxonomyEntry[]): string {
  return entries
    .slice(0, 3)
    .map((entry) => entry.name)
    .join(', ');
}

/** Page text on one line, safe for a terminal. */
function clean(text: string): string {
  return sanitizeText(text).trim();
}

function cleanBlock(block: Block): Block {
  if (block.kind === 'list') return { kind: 'list', items: block.items.map(clean).filter((item) => item !== '') };
  return { kind: block.kind, text: clean(block.text) };
}

function blockText(block: Block): string {
  return block.kind === 'list' ? block.items.join('\n') : block.text;
}
