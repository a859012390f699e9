/**
 * The bundle model, format version 1. A bundle is a folder of text files:
 *   manifest.json     BundleManifest
 *   taxonomy.json     TaxonomyFile (the tree of TaxonomyEntry, parents before children)
 *   releases.jsonl    one Release per line
 * These types are the validated, in-memory shape; the loader checks every field.
 */

/** Current bundle format version written by this program (2: appended segments; it reads 1 too). */
export const BUNDLE_FORMAT_VERSION = 2;

/** What kind of thing a taxonomy entry is; also the prefix of its id (`state:italy`). */
export type EntryKind =
  | 'section' // top-level menu heading: "Our work", "Countries", "Structures and institutions"
  | 'group' // a grouping inside a section: "Fields of work", "Participating States", "Secretariat"
  | 'field' // a field of work: "Combating trafficking in human beings"
  | 'meeting' // a meeting or conference type: "Summit meetings"
  | 'state' // a participating State
  | 'partner' // a Partner for Co-operation (Asian or Mediterranean)
  | 'place' // a place named in its own right that is neither: "Kosovo"
  | 'chairpersonship' // the Chairpersonship
  | 'secretariat-unit' // a unit of the Secretariat, including the Secretary General
  | 'institution' // ODIHR, HCNM, RFoM
  | 'field-operation' // a field operation, open or closed (see facts.status)
  | 'body' // other structures: Parliamentary Assembly, Court, Permanent Council...
  | 'page'; // a menu entry that is a page, not a thing: "About us", "Projects"

/** Every EntryKind, in the order summaries list them. */
export const ENTRY_KINDS: readonly EntryKind[] = [
  'section',
  'group',
  'field',
  'meeting',
  'state',
  'partner',
  'place',
  'chairpersonship',
  'secretariat-unit',
  'institution',
  'field-operation',
  'body',
  'page',
];

/** A typed link between two taxonomy entries. */
export interface Relation {
  /** e.g. 'field-operation-in' (operation → place), 'hosts-field-operation' (place → operation), 'chaired' (state → chairpersonship). */
  type: RelationType;
  /** Target entry id. */
  target: string;
  /** Year(s) the relation holds, when it is time-bound (Chairpersonship). */
  years?: number[];
}

/** The relation types the taxonomy uses. */
export type RelationType =
  | 'field-operation-in'
  | 'hosts-field-operation'
  | 'chaired'
  | 'chaired-by'
  | 'partner-group'
  | 'part-of'
  | 'related';

/** Every RelationType. */
export const RELATION_TYPES: readonly RelationType[] = [
  'field-operation-in',
  'hosts-field-operation',
  'chaired',
  'chaired-by',
  'partner-group',
  'part-of',
  'related',
];

/** One node of the taxonomy tree. */
export interface TaxonomyEntry {
  /** Stable id: kind + ':' + slug, e.g. `state:italy`, `institution:odihr`. */
  id: string;
  kind: EntryKind;
  /** Display name, as the site's menu spells it. */
  name: string;
  /** Parent id, or null for a top-level section. */
  parent: string | null;
  /** Other names pages really use ("Turkey", "ODIHR", "Chairman-in-Office"). */
  aliases: string[];
  /** One-line description of what it is; empty when unknown. */
  description: string;
  /** Plain facts shown on entity pages: seat, status ('open' | 'closed'), years active... */
  facts: Record<string, string>;
  relations: Relation[];
}

/** taxonomy.json */
export interface TaxonomyFile {
  format: 'osce-tui-taxonomy';
  version: number;
  entries: TaxonomyEntry[];
}

/** How much of a date is known. */
export type DatePrecision = 'day' | 'month' | 'year' | 'unknown';

/**
 * A release date. `iso` holds what is known with a year: `2017-06-09`, `2017-06`, `2017`,
 * or null. When the year is missing but day/month are known ("VIENNA, 23 August –"),
 * iso is null, precision is 'unknown', and month/day keep what is known.
 */
export interface ReleaseDate {
  iso: string | null;
  precision: DatePrecision;
  month?: number;
  day?: number;
  /** The date as the page wrote it, for display and for the record. */
  text: string | null;
}

/** A block of an article body. */
export type Block =
  | { kind: 'paragraph'; text: string }
  | { kind: 'quote'; text: string }
  | { kind: 'heading'; text: string }
  | { kind: 'list'; items: string[] };

/** A glossary note: a term from the text and its definition. */
export interface Note {
  term: string;
  text: string;
}

/** A metadata value the importer could not map to a taxonomy id; kept, never dropped. */
export interface UnmappedLabel {
  /** Which metadata field it came from: 'source', 'field', 'country', ... */
  label: string;
  value: string;
}

/** Where a release came from. */
export interface Provenance {
  /** Source file path as given to the importer (relative when possible). */
  file: string;
  /** 1-based line where the release starts in that file. */
  line: number;
}

/** A fact of a release whose origin is recorded. */
export type FactKind = 'type' | 'date' | 'place' | 'source' | 'field' | 'country';

/** Every FactKind. */
export const FACT_KINDS: readonly FactKind[] = ['type', 'date', 'place', 'source', 'field', 'country'];

/**
 * How a fact was found: a metadata line, the content-type line above the title, the dateline, the
 * title, the header of the listing it came from, the section of its URL, the field operation that
 * is its source, a table of cities, or the text of the page.
 */
export type FactOrigin =
  | 'metadata'
  | 'type-line'
  | 'dateline'
  | 'title'
  | 'listing-header'
  | 'url'
  | 'field-operation'
  | 'city'
  | 'text';

/** Every FactOrigin. */
export const FACT_ORIGINS: readonly FactOrigin[] = [
  'metadata',
  'type-line',
  'dateline',
  'title',
  'listing-header',
  'url',
  'field-operation',
  'city',
  'text',
];

/** How one fact of a release was found. */
export interface FactRecord {
  fact: FactKind;
  /** The fact: a taxonomy id for source/field/country, the ISO date (or the date text), the place, the type. */
  value: string;
  from: FactOrigin;
  /** True when the page states the fact; false when the importer inferred it. */
  stated: boolean;
  /** 1-based line of the page it was read from, when one line says it. */
  line?: number;
}

/** One release (press release, news item, ...). */
export interface Release {
  /** Stable id: the same page imported twice gets the same id. */
  id: string;
  url: string | null;
  /** Content type as shown: "Press release", "News item", "Spot report"... */
  type: string;
  title: string;
  date: ReleaseDate;
  /** Place as written by the page, title-cased: "Vicenza, Italy". */
  place: string | null;
  /** Taxonomy ids of the source structures. */
  sources: string[];
  /** Taxonomy ids of fields of work. */
  fields: string[];
  /** Taxonomy ids of States/places where it happened or whom it concerns. */
  countries: string[];
  /** Taxonomy ids of States, institutions and field operations named in the text. */
  mentions: string[];
  /** Metadata the importer could not map. */
  unmapped: UnmappedLabel[];
  body: Block[];
  notes: Note[];
  /** True for a newsroom listing entry (teaser only). */
  summary: boolean;
  provenance: Provenance;
  warnings: string[];
  /** How each fact was found; missing in bundles written before it was recorded. */
  origins?: FactRecord[];
}

/** manifest.json */
export interface BundleManifest {
  format: 'osce-tui-bundle';
  version: number;
  title: string;
  /** ISO timestamp of the last write. */
  builtAt: string;
  /** Marks a generated corpus, never shipped as the default bundle. */
  synthetic: boolean;
  counts: { releases: number; taxonomy: number };
  /** sha256 (hex) of releases.jsonl as written (with segments: of their `files` list); derived indexes key on it. */
  releasesDigest: string;
  /** Version 2: every file of releases as last written, in load order. */
  files?: ReleaseFileRecord[];
}

/** One file of releases as manifest.json records it: bundle-relative name, size and sha256. */
export interface ReleaseFileRecord {
  name: string;
  bytes: number;
  sha256: string;
}

/** A problem found while loading or importing, located precisely enough to fix. */
export interface Problem {
  /** File the problem is in. */
  file: string;
  /** 1-based line, when the file is line-oriented. */
  line?: number;
  /** JSON path inside the record, e.g. `$.date.iso`. */
  path?: string;
  /** What was wrong and what was expected. */
  message: string;
}

/** A loaded bundle: every valid part, and the problems with the rest. */
export interface Bundle {
  dir: string;
  manifest: BundleManifest;
  taxonomy: TaxonomyEntry[];
  releases: Release[];
  problems: Problem[];
}
