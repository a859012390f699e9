import type { Block, FactRecord, Note, Problem, Release, ReleaseDate, UnmappedLabel } from '../bundle/types.js';

/** Which of the layouts the importer knows a page was read as. */
export type PageLayout = 'article' | 'listing' | 'bare' | 'unknown';

/** Metadata values as the page wrote them, before they are mapped to taxonomy ids. */
export interface ParsedLabels {
  /** "Source:", "Issued by:". */
  sources: string[];
  /** "Fields of work:", "What we do:". */
  fields: string[];
  /** "Where we are:", "Country:", "Countries:". */
  countries: string[];
  /** "Location(s):". */
  locations: string[];
  /** Labels the importer does not know, kept with their name. */
  other: UnmappedLabel[];
  /** 1-based line of each source, field and country value's label, keyed `bucket:value`. */
  lines?: Record<string, number>;
  /** Slug of the osce.org page a source, field or country value links to in HTML, keyed `bucket:value`. */
  slugs?: Record<string, string>;
}

/** One release as read from a page: everything before taxonomy mapping. */
export interface ParsedRelease {
  /** Content type, in the importer's canonical spelling when known ("News item"). */
  type: string;
  title: string;
  date: ReleaseDate;
  /** Title-cased place: "Vicenza, Italy". */
  place: string | null;
  labels: ParsedLabels;
  url: string | null;
  body: Block[];
  notes: Note[];
  /** True for a newsroom listing entry (teaser only). */
  summary: boolean;
  /** 1-based line where the release starts. */
  line: number;
  warnings: string[];
  /** How the type, date and place were found; the mapper adds sources, fields and countries. */
  origins: FactRecord[];
  /** A label value that may be the body's first heading instead (see HeadingOrValue). */
  headingOrValue: HeadingOrValue | null;
  /** The header of the listing the entry came from ("Statements by …"), when it has one. */
  listingHeader: { text: string; line: number } | null;
}

/** What a page held. `problems` explain why a page gave no release. */
export interface ParsedPage {
  layout: PageLayout;
  releases: ParsedRelease[];
  problems: Problem[];
}

/**
 * One input to import: its text, or why it was skipped. An HTML page arrives already read
 * (`page`, by the same reader, with what its markup adds) and with its decoding warnings.
 */
export type ImportInput =
  | { file: string; text: string; page?: ParsedPage; warnings?: Problem[] }
  | { file: string; skipped: string };

/** What the importer made of one file. */
export interface FileReport {
  file: string;
  /** Number of releases read from it. */
  releases: number;
  /** Why nothing was read from it, in one line. */
  skipped?: string;
  warnings: Problem[];
}

/** Everything an import run read. */
export interface IngestResult {
  releases: Release[];
  files: FileReport[];
}

/**
 * The only value of the block's last label, on a plain line below it, that reads like a heading
 * ("Country:" / "Mission at a glance"): an empty label followed by the body's first heading has
 * the same shape. Whether it is a value is settled against the taxonomy.
 */
export interface HeadingOrValue {
  /** The label as written. */
  label: string;
  bucket: 'sources' | 'fields' | 'countries';
  value: string;
  /** 1-based lines of the label and of the value. */
  labelLine: number;
  line: number;
}
