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
const HEAD = new RegExp(
  String.raw`^(?<places>${PLACE}(?:\s*\/\s*${PLACE})*)(?<middle>\s*,[^–—\-\n]{1,80}?)?\s*(?:--|[–—-])(?=\s|$|\p{Lu}|["“])\s*`,
  'u',
);
const LEADING_DATE = /^(?<date>[^.–—\-]{3,40}?)\s*(?:\.|--|[–—-]|,)(?:\s+|$)/u;
// A country follows in ordinary case: "Italy", "Bosnia and Herzegovina", "the Netherlands".
const COUNTRY = /^(?:the\s+)?\p{Lu}[\p{L}'’.\-]*(?:\s+(?:and|of|the|\p{Lu}[\p{L}'’.\-]*))*$/u;
// Acronyms that open sentences ("OSCE – the world's ...") but are never places.
const NOT_PLACES = new Set(['OSCE', 'ODIHR', 'HCNM', 'RFOM', 'CSCE', 'UN', 'EU', 'NATO', 'UNHCR', 'UNDP', 'NGO', 'NGOS']);

/**
 * Reads a dateline at the start of a paragraph: `VICENZA, Italy, 9 June 2017 –`,
 * `SKOPJE, 10 May 2007 -`, `VIENNA/TIRANA, 9 October 2020 –`, `TIRANA / BRUSSELS – 6 October 2020.`,
 * `HELSINKI, August 2, 2025 -`, `VIENNA, 23 August –`, `VIENNA- `. Returns null when the paragraph
 * does not open with one.
 */
export function parseDateline(paragraph: string): Dateline | null {
  const head = HEAD.exec(paragraph);
  if (!head?.groups) return null;
  const places = head.groups['places'] ?? '';
  if (places.replace(/[^\p{L}]/gu, '').length < 2 || NOT_PLACES.has(places.trim())) return null;
  const middle = (head.groups['middle'] ?? '').replace(/^\s*,/, '');
  const parts = middle.trim() === '' ? [] : middle.split(',').map((part) => part.trim());
  let date: ReleaseDate | null = null;
  let countryParts = parts;
  for (let i = 0; i < parts.length; i++) {
    const candidate = parseDateText(parts.slice(i).join(', '));
    if (candidate) {
      date = candidate;
      countryParts = parts.slice(0, i);
      break;
    }
  }
  if (countryParts.length > 2 || !countryParts.every((part) => part.length <= 40 && COUNTRY.test(part) && /\p{Ll}/u.test(part))) return null;
  let rest = paragraph.slice(head[0].length);
  if (!date) {
    const leading = LEADING_DATE.exec(rest);
    const leadingDate = leading?.groups ? parseDateText(leading.groups['date'] ?? '') : null;
    if (leading && leadingDate) {
      date = leadingDate;
      rest = rest.slice(leading[0].length);
    }
  }
  const place = [titleCasePlace(places.trim()), ...countryParts].join(', ');
  return { place, date, rest };
}
