import type { EntryKind, FactOrigin, FactRecord } from '../bundle/types.js';
import { createMentionFinder } from '../taxonomy/find-mentions.js';
import { nameKey } from '../taxonomy/name-key.js';
import type { Taxonomy } from '../taxonomy/taxonomy.js';
import { countryOfCity } from './city-countries.js';

/** The kinds of entry that issue releases. */
export const SOURCE_KINDS: EntryKind[] = [
  'body',
  'institution',
  'secretariat-unit',
  'field-operation',
  'chairpersonship',
];
const COUNTRY_KINDS: ReadonlySet<EntryKind> = new Set(['state', 'partner', 'place']);

// Sections of osce.org addresses that name a structure other than by its id's slug
// (`/odihr/…`, `/mission-to-skopje/…` are their slugs).
const URL_SECTIONS: Record<string, string> = {
  albania: 'field-operation:presence-in-albania',
  cio: 'chairpersonship:chairpersonship',
  chairmanship: 'chairpersonship:chairpersonship',
  fom: 'institution:rfom',
  'representative-on-freedom-of-media': 'institution:rfom',
};
const MAX_NAME_WORDS = 12;

/** What the inference reads of a release. */
export interface InferenceInput {
  title: string;
  titleLine: number;
  url: string | null;
  listingHeader: { text: string; line: number } | null;
  /** The release's place ("Tirana", "Vienna/Tirana") and how it was found. */
  place: { text: string; line?: number } | null;
  /** Ids the page states; inference only fills a kind the page leaves empty. */
  statedSources: readonly string[];
  statedCountries: readonly string[];
}

/**
 * Builds the function that infers the facts a page implies but does not state. Sources: the
 * section of the page's osce.org address, else a structure its listing's header names (the one
 * structure it names), else a structure its title opens with ("ODIHR opens …"). Countries: the
 * State of a field operation that is its source, States named in its title, and the State of
 * its place from the table of cities (not the seats of OSCE structures). A kind the page states
 * is never added to. Every fact is recorded as inferred, with where it came from.
 */
export function createFactInferrer(
  taxonomy: Taxonomy,
  findMentions: (text: string) => string[] = createMentionFinder(taxonomy),
): (input: InferenceInput) => { sources: FactRecord[]; countries: FactRecord[] } {
  const names = new Map<string, string>();
  const abbreviations = new Map<string, string>();
  for (const entry of taxonomy.ofKind(...SOURCE_KINDS)) {
    for (const name of [entry.name, ...entry.aliases]) {
      if (isAbbreviation(name)) abbreviations.set(name, entry.id);
      else if (!names.has(nameKey(name))) names.set(nameKey(name), entry.id);
    }
  }
  const bySlug = new Map(
    taxonomy.ofKind(...SOURCE_KINDS).map((entry) => [entry.id.slice(entry.id.indexOf(':') + 1), entry.id]),
  );

  const nameAt = (words: readonly string[], start: number, maxEnd: number): { id: string; end: number } | null => {
    for (let end = Math.min(maxEnd, start + MAX_NAME_WORDS); end > start; end--) {
      const phrase = words
        .slice(start, end)
        .join(' ')
        .replace(/(?:['’]s)?[,:;.]?$/u, '');
      const id = (end === start + 1 ? abbreviations.get(phrase) : undefined) ?? names.get(nameKey(phrase));
      if (id !== undefined && nameKey(phrase) !== 'osce') return { id, end };
    }
    return null;
  };

  return (input) => {
    const sources: FactRecord[] = [];
    const countries: FactRecord[] = [];
    const add = (list: FactRecord[], fact: 'source' | 'country', id: string, from: FactOrigin, line?: number): void => {
      if (taxonomy.get(id) !== undefined && !list.some((record) => record.value === id))
        list.push({ fact, value: id, from, stated: false, ...(line === undefined ? {} : { line }) });
    };
    if (input.statedSources.length === 0) {
      const fromUrl = urlSection(input.url);
      const urlId = fromUrl === null ? undefined : (URL_SECTIONS[fromUrl] ?? bySlug.get(fromUrl));
      if (urlId !== undefined) add(sources, 'source', urlId, 'url');
      if (sources.length === 0 && input.listingHeader) {
        const words = input.listingHeader.text.split(/\s+/).filter((word) => word !== '');
        const found = new Set<string>();
        for (let start = 0; start < words.length; start++) {
          const match = nameAt(words, start, words.length);
          if (match) {
            found.add(match.id);
            start = match.end - 1;
          }
        }
        if (found.size === 1) add(sources, 'source', [...found][0]!, 'listing-header', input.listingHeader.line);
      }
      if (sources.length === 0) {
        const words = input.title.split(/\s+/).filter((word) => word !== '');
        // The title goes on after the name ("ODIHR opens …"): a title that is only a name names no issuer.
        const match = nameAt(words, 0, words.length - 1);
        if (match) add(sources, 'source', match.id, 'title', input.titleLine);
      }
    }
    if (input.statedCountries.length === 0) {
      for (const id of [...input.statedSources, ...sources.map((record) => record.value)]) {
        const entry = taxonomy.get(id);
        if (entry?.kind !== 'field-operation') continue;
        for (const relation of entry.relations)
          if (relation.type === 'field-operation-in') add(countries, 'country', relation.target, 'field-operation');
      }
      for (const id of findMentions(input.title)) {
        const entry = taxonomy.get(id);
        if (entry && COUNTRY_KINDS.has(entry.kind) && isTitleSubject(input.title, [entry.name, ...entry.aliases]))
          add(countries, 'country', id, 'title', input.titleLine);
      }
      for (const part of input.place?.text.split(/\s*[,/]\s*/) ?? []) {
        const id = countryOfCity(part);
        if (id !== undefined) add(countries, 'country', id, 'city', input.place?.line);
      }
    }
    return { sources, countries };
  };
}

// A State named for who speaks or acts, not for what the release is about: "Foreign Minister
// of Albania", "Austria's Ambassador", "Finland's Chairpersonship".
const BEFORE_ACTOR = /\b(?:of|by|from)\s+(?:the\s+)?$/i;
const AFTER_ACTOR =
  /^(?:['’]s)?\s+(?:OSCE\s+)?(?:foreign|prime|minister|president|ambassador|delegation|permanent|chair|chairmanship|chairpersonship|government|parliament)\b/i;

/** Whether a State the title names is what it is about, not the one who acts or speaks in it. */
function isTitleSubject(title: string, names: readonly string[]): boolean {
  for (const name of names) {
    const match = new RegExp(`(?<![\\p{L}\\d])${escapeRegExp(name)}(?![\\p{L}\\d])`, 'iu').exec(title);
    if (!match) continue;
    return (
      !BEFORE_ACTOR.test(title.slice(0, match.index)) && !AFTER_ACTOR.test(title.slice(match.index + match[0].length))
    );
  }
  return false;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The first path section of an osce.org address (`/odihr/…` → "odihr"), or null. */
function urlSection(url: string | null): string | null {
  if (url === null) return null;
  try {
    const parsed = new URL(url);
    if (!/(?:^|\.)osce\.org$/i.test(parsed.hostname)) return null;
    const section = parsed.pathname.split('/').find((part) => part !== '');
    return section === undefined ? null : decodeURIComponent(section).toLowerCase();
  } catch {
    return null;
  }
}

/** "ODIHR", "RFoM", "CiO", "OSR/CTHB": one word, mostly capitals ("Chairman-in-Office" is a name). */
function isAbbreviation(name: string): boolean {
  const capitals = name.match(/\p{Lu}/gu)?.length ?? 0;
  return !/[\s-]/.test(name) && capitals >= 2 && capitals * 2 >= (name.match(/\p{L}/gu)?.length ?? 0);
}
