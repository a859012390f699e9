import type { ReleaseDate } from '../bundle/types.js';
import { parseDateText } from './parse-date.js';

const MONTH_NAMES = 'January|February|March|April|May|June|July|August|September|October|November|December';
const WEEKDAY = String.raw`(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?`;
// A full date in running text: "6 May 2014", "6th of May 2014", "May 6, 2014".
const FULL_DATE = new RegExp(
  String.raw`\b${WEEKDAY}(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:${MONTH_NAMES}),?\s+\d{4}|(?:${MONTH_NAMES})\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})\b`,
  'g',
);
// A title that ends with its date, after a dash or a comma: "Latest news from the Monitoring
// Mission- Tuesday, 6 May 2014", "… as of 18:00 (Kyiv time), 6 May 2014".
const TITLE_DATE = new RegExp(
  String.raw`(?:[-–—:,]|\bof)\s*(${WEEKDAY}(?:\d{1,2}\s+(?:${MONTH_NAMES}),?\s+\d{4}|(?:${MONTH_NAMES})\s+\d{1,2},?\s+\d{4}))\s*$`,
);
// Where the opening sentence ends: a full stop before a capital, not an initial ("J. Smith").
const SENTENCE_END = /(?<!\b\p{Lu})[.!?](?=\s+["“\p{Lu}])/u;

/** The date a title ends with ("… – Tuesday, 6 May 2014"), or null. */
export function dateEndingTitle(title: string): ReleaseDate | null {
  const match = TITLE_DATE.exec(title.trim());
  const date = match ? parseDateText(match[1]!.replace(/(\d)(?:st|nd|rd|th)\b/, '$1')) : null;
  return date?.precision === 'day' ? date : null;
}

/** The first full date (day, month and year) of a paragraph's first sentence, or null. */
export function firstDateOfOpeningSentence(paragraph: string): ReleaseDate | null {
  const end = SENTENCE_END.exec(paragraph);
  const sentence = end ? paragraph.slice(0, end.index) : paragraph;
  for (const match of sentence.matchAll(FULL_DATE)) {
    const date = parseDateText(match[0].replace(/\bof\s+/, ''));
    if (date?.precision === 'day') return date;
  }
  return null;
}
