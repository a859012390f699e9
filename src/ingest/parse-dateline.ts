import type { ReleaseDate } from '../bundle/types.js';
import { parseDateText } from './parse-date.js';
import { titleCasePlace } from './title-case-place.js';

/** What the dateline at the start of an article's first paragraph says. */
export interface Dateline {
  /** Title-cased place with its country when given: "Vicenza, Italy", "Vienna/Tirana". */
  place: string;
  /** The date, or null when the dateline has none ("VIENNA- "). */
  date: ReleaseDate | null;
  /** The paragraph's text after the dateline. */
  rest: string;
}

// A place word is written in capitals ("VICENZA", "NUR-SULTAN", "ST. PETERSBURG"); several
// places are joined by slashes. What follows up to the dash is ", Country" and/or ", date".
const PLACE_WORD = String.raw`\p{Lu}[\p{Lu}'’.]*(?:-\p{Lu}[\p{Lu}'’.]*)*`;
const PLACE = String.raw`${PLACE_WORD}(?:\s+${PLACE_WORD})*`;
const PLACES = new RegExp(String.raw`^${PLACE}(?:\s*\/\s*${PLACE})*`, 'u');
// Some pages write the place in ordinary case ("Vienna, 9 June 2017 –"). That reads like the
// start of any sentence, so it counts only with a comma and a date after it, and not after
// words that open sentences ("On Monday, 9 June 2017 – …").
const MIXED_WORD = String.raw`\p{Lu}\p{Ll}[\p{L}'’.]*(?:-\p{Lu}[\p{L}'’.]*)*`;
const MIXED_PLACE = new RegExp(
  String.raw`^${MIXED_WORD}(?:\s+${MIXED_WORD}){0,2}(?=\s*(?:,|\([^()\n]{1,40}\)\s*,))`,
  'u',
);
const SENTENCE_OPENERS = new Set(
  'on in at the from since by for as to of this that last next until during after before between dear when while today yesterday tomorrow monday tuesday wednesday thursday friday saturday sunday'.split(
    ' ',
  ),
);
// The dash that ends a dateline. A date range has dashes too ("9–10 June", "30 June – 1 July"),
// so every dash is a candidate end and the reading of the text before it decides. A colon ends
// one only after a date ("VIENNA, 9 June 2017: …").
const SEPARATOR = /\s*(?:--|[–—-]|(?<colon>:)(?=\s))(?=\s|$|\p{Lu}|["“])\s*/gu;
// What may end a date that follows the dash: "– 6 October 2020. Three museums…".
const DATE_END = /\s*(?:\.|--|[–—-]|,)(?:\s+|$)/gu;
// A country follows in ordinary case: "Italy", "Bosnia and Herzegovina", "the Netherlands".
// Some pages put the country in brackets after the place: "VIENNA (Austria), 9 June 2017 –".
const BRACKETED_COUNTRY = /^\s*\((?<country>[^()\n]{1,40})\)/u;
const COUNTRY = /^(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+(?:and|of|the|\p{Lu}[\p{L}'’.-]*))*$/u;
// Acronyms that open sentences ("OSCE – the world's ...") but are never places.
const NOT_PLACES = new Set([
  'OSCE',
  'ODIHR',
  'HCNM',
  'RFOM',
  'CSCE',
  'UN',
  'EU',
  'NATO',
  'UNHCR',
  'UNDP',
  'NGO',
  'NGOS',
]);
const MAX_MIDDLE = 80;
// Early-2000s pages tag the date with the agency: "VIENNA, 3 March 2001 (OSCE)- The …".
const AGENCY_TAG = /\s*\((?:OSCE|CSCE)\)\s*$/u;
// Image alt text glued to a dateline: "Bureau meeting 2014 photoBRUSSELS, 3 May 2014 – …". The
// dateline starts where capitals follow a lower-case letter, a digit or a closing mark.
const GLUED_CAPITALS = /(?<=[\p{Ll}\d)\]])(?=\p{Lu}{2})/gu;
const MAX_GLUED_PREFIX = 120;

/** One way to read the text between the places and a dash. */
interface Reading {
  countries: string[];
  date: ReleaseDate | null;
  /** Where the text after the dateline starts, in the text after the places. */
  restStart: number;
}

/**
 * Reads a dateline at the start of a paragraph: `VICENZA, Italy, 9 June 2017 –`,
 * `SKOPJE, 10 May 2007 -`, `VIENNA/TIRANA, 9 October 2020 –`, `TIRANA / BRUSSELS – 6 October 2020.`,
 * `HELSINKI, August 2, 2025 -`, `VIENNA, 23 August –`, `VIENNA- `, date ranges
 * (`VIENNA, 9–10 June 2017 –`, read as their first day), a country in brackets
 * (`VIENNA (Austria), 9 June 2017 –`), a colon after the date
 * (`VIENNA, 9 June 2017:`) and a place in ordinary case before a date (`Vienna, 9 June 2017 –`).
 * Returns null when the paragraph does not open with one.
 */
export function parseDateline(paragraph: string): Dateline | null {
  const capitals = PLACES.exec(paragraph)?.[0];
  const dateline =
    capitals === undefined || NOT_PLACES.has(capitals.trim()) ? null : readAfterPlaces(paragraph, capitals, false);
  if (dateline) return dateline;
  const mixed = MIXED_PLACE.exec(paragraph)?.[0];
  if (mixed === undefined || SENTENCE_OPENERS.has(mixed.split(/\s/)[0]!.toLowerCase())) return null;
  return readAfterPlaces(paragraph, mixed, true);
}

function readAfterPlaces(paragraph: string, places: string, needsDate: boolean): Dateline | null {
  if (places.replace(/[^\p{L}]/gu, '').length < 2) return null;
  let after = paragraph.slice(places.length);
  const bracketed = bracketedCountry(after);
  if (bracketed) after = after.slice(bracketed.length);
  const reading = preferLongerDate(middleReadings(after));
  if (!reading || (needsDate && reading.date === null)) return null;
  let rest = after.slice(reading.restStart);
  let date = reading.date;
  if (!date && reading.countries.length === 0) {
    const leading = preferLongerDate(leadingDateReadings(rest));
    if (leading) {
      date = leading.date;
      rest = rest.slice(leading.restStart);
    }
  }
  const place = [titleCasePlace(places.trim()), ...(bracketed ? [bracketed.country] : []), ...reading.countries].join(
    ', ',
  );
  return { place, date, rest };
}

/** The country in brackets right after the places, and how long its bracket is. */
function bracketedCountry(after: string): { country: string; length: number } | null {
  const match = BRACKETED_COUNTRY.exec(after);
  const country = match?.groups?.country?.trim();
  if (!match || country === undefined || !isCountryText(country)) return null;
  return { country, length: match[0].length };
}

function isCountryText(part: string): boolean {
  return part.length <= 40 && COUNTRY.test(part) && /\p{Ll}/u.test(part);
}

/** Readings of `, Country, date –` (or a bare dash) for each dash that could end the dateline. */
function* middleReadings(after: string): Generator<Reading> {
  for (const separator of after.matchAll(SEPARATOR)) {
    const middle = after.slice(0, separator.index);
    if (middle.length > MAX_MIDDLE || middle.includes('\n')) return;
    if (middle.trim() !== '' && !/^\s*,/.test(middle)) return;
    const reading = readMiddle(middle.replace(/^\s*,/, '').replace(AGENCY_TAG, ''));
    if (reading && (reading.date !== null || separator.groups?.colon === undefined)) {
      yield { ...reading, restStart: separator.index + separator[0].length };
    }
  }
}

function readMiddle(middle: string): Omit<Reading, 'restStart'> | null {
  const parts = middle.trim() === '' ? [] : middle.split(',').map((part) => part.trim());
  let date: ReleaseDate | null = null;
  let countries = parts;
  for (let i = 0; i < parts.length; i++) {
    const candidate = parseDateText(parts.slice(i).join(', '));
    if (candidate) {
      date = candidate;
      countries = parts.slice(0, i);
      break;
    }
  }
  if (countries.length > 2 || !countries.every(isCountryText)) return null;
  return { countries, date };
}

/** Readings of a date right after the dash: `– 6 October 2020. Three museums agreed.` */
function* leadingDateReadings(rest: string): Generator<Reading> {
  for (const end of rest.matchAll(DATE_END)) {
    const text = rest.slice(0, end.index);
    if (text.length > MAX_MIDDLE) return;
    const date = text.length >= 3 ? parseDateText(text) : null;
    if (date) yield { countries: [], date, restStart: end.index + end[0].length };
  }
}

/**
 * The first reading, unless a later one reads a longer date that begins with its date: the
 * first dash of "30 June – 1 July 2017 –" ends a date too, but only the whole range is meant.
 */
function preferLongerDate(readings: Iterable<Reading>): Reading | null {
  let chosen: Reading | null = null;
  for (const reading of readings) {
    if (chosen === null) chosen = reading;
    else if (chosen.date?.text && reading.date?.text?.startsWith(chosen.date.text)) chosen = reading;
  }
  return chosen;
}

/**
 * Reads a line that gives only a place and a date, without a separator or text after it, as old
 * newsroom pages print above the article: `TIRANA 5 May 2003`, `SKOPJE, 10 May 2007`. Returns
 * null for anything else.
 */
export function parsePlaceDateLine(line: string): Dateline | null {
  const text = line.trim();
  const capitals = PLACES.exec(text)?.[0];
  if (capitals === undefined || NOT_PLACES.has(capitals.trim()) || capitals.replace(/[^\p{L}]/gu, '').length < 2)
    return null;
  const rest = text.slice(capitals.length).replace(/^\s*,?\s*/, '');
  const date = rest.length >= 3 && rest.length <= 40 ? parseDateText(rest) : null;
  if (!date || !/\d{4}/.test(rest)) return null;
  return { place: titleCasePlace(capitals.trim()), date, rest: '' };
}

/**
 * Finds a dated dateline glued behind other words, as a dump writes an image's alt text before
 * it: `Bureau meeting 2014 photoBRUSSELS, 3 May 2014 – The …`. Returns the words before it and
 * the dateline, or null when the line holds none.
 */
export function findGluedDateline(line: string): { before: string; text: string; dateline: Dateline } | null {
  const text = line.trim();
  for (const match of text.matchAll(GLUED_CAPITALS)) {
    if (match.index > MAX_GLUED_PREFIX) return null;
    const dateline = parseDateline(text.slice(match.index));
    if (dateline?.date) return { before: text.slice(0, match.index), text: text.slice(match.index), dateline };
  }
  return null;
}
