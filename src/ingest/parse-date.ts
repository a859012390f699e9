import type { ReleaseDate } from '../bundle/types.js';

const MONTHS: Record<string, number> = {
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  may: 5,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

const MONTH = '([A-Za-z]{3,9})\\.?';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '(\\d{4})';
const WEEKDAY = /^(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+/i;

const DAY_MONTH_YEAR = new RegExp(`^${DAY}\\s+${MONTH},?\\s+${YEAR}$`);
const MONTH_DAY_YEAR = new RegExp(`^${MONTH}\\s+${DAY},?\\s+${YEAR}$`);
const DAY_MONTH = new RegExp(`^${DAY}\\s+${MONTH}$`);
const MONTH_DAY = new RegExp(`^${MONTH}\\s+${DAY}$`);
const MONTH_YEAR = new RegExp(`^${MONTH},?\\s+${YEAR}$`);
const ISO = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;
const DOTTED = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;
const YEAR_ONLY = /^(\d{4})$/;
const SLASHED = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/** A date nothing is known about. */
export function unknownDate(text: string | null = null): ReleaseDate {
  return { iso: null, precision: 'unknown', text };
}

/**
 * Reads a date the way osce.org pages write them: "9 June 2017", "August 2, 2025", "June 2017",
 * "2017-06-09", "09.06.2017", "25/06/2017" (see slashedDate), "2017", and without a year ("23 August": iso null, month and day
 * kept). A range ("9–10 June 2017", "9 to 10 June", "30 June – 1 July 2017", "June 9-10, 2017")
 * reads as its first day. Returns null when the text is not a date or names a day that does not
 * exist.
 */
export function parseDateText(raw: string): ReleaseDate | null {
  const text = raw
    .trim()
    .replace(/[.,;]+$/, '')
    .trim();
  // Media advisories give the hour too ("9 June 2017, 10:00 CET"); the day is what counts.
  const day = text.replace(TIME_OF_DAY, '');
  const date = parseSingleDate(day) ?? parseDateRange(day);
  return date && { ...date, text };
}

const TIME = String.raw`\d{1,2}[:.]\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s*(?:am|pm|a\.m\.|p\.m\.|h|hrs|cet|cest|utc|gmt|local time|\(local time\))|z|[+-]\d{2}:?\d{2})*`;
const TIME_OF_DAY = new RegExp(String.raw`(?:,?\s+(?:at\s+|from\s+)?|T)${TIME}(?:\s*(?:–|—|-|to)\s*${TIME})?$`, 'i');

function parseSingleDate(text: string): ReleaseDate | null {
  const bare = text.replace(WEEKDAY, '');
  if (bare === '' || bare.length > 40) return null;
  for (const [shape, read] of SINGLE_DATE_SHAPES) {
    const m = shape.exec(bare);
    if (m) return read(m, text);
  }
  return null;
}

// Tried in order; the first shape that matches decides, even when its date turns out invalid.
const SINGLE_DATE_SHAPES: [RegExp, (m: RegExpExecArray, text: string) => ReleaseDate | null][] = [
  [DAY_MONTH_YEAR, (m, text) => dayDate(text, m[3], m[2], m[1])],
  [MONTH_DAY_YEAR, (m, text) => dayDate(text, m[3], m[1], m[2])],
  [
    ISO,
    (m, text) => {
      const month = Number(m[2]);
      if (m[3] === undefined)
        return validYear(m[1]) && month >= 1 && month <= 12 ? monthDate(text, Number(m[1]), month) : null;
      return dayFromNumbers(text, Number(m[1]), month, Number(m[3]));
    },
  ],
  [DOTTED, (m, text) => dayFromNumbers(text, Number(m[3]), Number(m[2]), Number(m[1]))],
  [SLASHED, (m, text) => slashedDate(text, Number(m[1]), Number(m[2]), Number(m[3]))],
  [
    MONTH_YEAR,
    (m, text) => {
      const month = monthNumber(m[1]);
      return month && validYear(m[2]) ? monthDate(text, Number(m[2]), month) : null;
    },
  ],
  [YEAR_ONLY, (m, text) => (validYear(m[1]) ? { iso: m[1]!, precision: 'year', text } : null)],
  [DAY_MONTH, (m, text) => yearlessDate(text, m[2], m[1])],
  [MONTH_DAY, (m, text) => yearlessDate(text, m[1], m[2])],
];

// One connector between the two ends; the first one wins, so "9–10 June 2017 – 11 June" is no range.
const RANGE = /^(?<from>.+?)\s*(?:--|[–—-]|\s(?:to|and|until|till)\s)\s*(?<to>.+)$/i;
const BARE_DAY = /^(\d{1,2})(?:st|nd|rd|th)?$/;
// The end of a US-style range after "June 9-": "10, 2017" or "10".
const US_END = /^(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?$/;
/** Longest range read as a date: a conference week, a month-long course; more is likely two dates. */
const MAX_RANGE_DAYS = 92;

interface DayOfYear {
  year: number | null;
  month: number;
  day: number;
}

/** A range as its first day, with the year (or, without one, the month) of its end. */
function parseDateRange(text: string): ReleaseDate | null {
  if (text.length > 80) return null;
  const range = RANGE.exec(text);
  if (!range?.groups) return null;
  const from = range.groups.from!.replace(WEEKDAY, '').trim();
  const to = range.groups.to!.replace(WEEKDAY, '').trim();
  let start: DayOfYear | null = null;
  let end = dayOf(parseSingleDate(to));
  const usEnd = US_END.exec(to);
  const usStart = MONTH_DAY.exec(from);
  if (!end && usEnd && usStart) {
    // "June 9-10, 2017": the end is a bare day of the start's month.
    const month = monthNumber(usStart[1]);
    if (!month) return null;
    end = { year: usEnd[2] === undefined ? null : Number(usEnd[2]), month, day: Number(usEnd[1]) };
    start = { year: end.year, month, day: Number(usStart[2]) };
  }
  if (!end) return null;
  const bareDay = BARE_DAY.exec(from);
  if (bareDay) start ??= { year: end.year, month: end.month, day: Number(bareDay[1]) };
  start ??= dayOf(parseSingleDate(from));
  if (!start) return null;
  if (start.year === null && end.year !== null) start.year = end.year - (start.month > end.month ? 1 : 0);
  if (!isShortForwardRange(start, end)) return null;
  if (start.year === null) return yearlessDate(text, start.month, start.day);
  return dayFromNumbers(text, start.year, start.month, start.day);
}

function dayOf(date: ReleaseDate | null): DayOfYear | null {
  if (!date || date.month === undefined || date.day === undefined) return null;
  if (date.precision === 'day') return { year: Number(date.iso!.slice(0, 4)), month: date.month, day: date.day };
  return date.precision === 'unknown' ? { year: null, month: date.month, day: date.day } : null;
}

/** The end comes after the start, and not long after. Yearless ends are compared in a leap year. */
function isShortForwardRange(start: DayOfYear, end: DayOfYear): boolean {
  if (start.day > daysIn(start.month, start.year)) return false;
  const endYear = end.year ?? 2000;
  const startYear = start.year ?? (start.month > end.month ? 1999 : 2000);
  const days =
    (Date.UTC(endYear, end.month - 1, end.day) - Date.UTC(startYear, start.month - 1, start.day)) / 86_400_000;
  return days > 0 && days <= MAX_RANGE_DAYS;
}

function monthNumber(name: string | undefined): number | undefined {
  return name === undefined ? undefined : MONTHS[name.toLowerCase()];
}

function validYear(year: string | undefined): boolean {
  const n = Number(year);
  return n >= 1900 && n <= 2099;
}

function daysIn(month: number, year: number | null): number {
  if (month === 2) return year === null || (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function dayDate(
  text: string,
  year: string | undefined,
  monthName: string | undefined,
  day: string | undefined,
): ReleaseDate | null {
  const month = monthNumber(monthName);
  if (!month || !validYear(year)) return null;
  return dayFromNumbers(text, Number(year), month, Number(day));
}

function dayFromNumbers(text: string, year: number, month: number, day: number): ReleaseDate | null {
  if (year < 1900 || year > 2099 || month < 1 || month > 12 || day < 1 || day > daysIn(month, year)) return null;
  return { iso: `${year}-${pad(month)}-${pad(day)}`, precision: 'day', month, day, text };
}

function monthDate(text: string, year: number, month: number): ReleaseDate {
  return { iso: `${year}-${pad(month)}`, precision: 'month', month, text };
}

function yearlessDate(
  text: string,
  monthName: string | number | undefined,
  day: string | number | undefined,
): ReleaseDate | null {
  const month = typeof monthName === 'number' ? monthName : monthNumber(monthName);
  const dayNumber = Number(day);
  if (!month || dayNumber < 1 || dayNumber > daysIn(month, null)) return null;
  return { iso: null, precision: 'unknown', month, day: dayNumber, text };
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** Which order of day and month a page's numeric dates use. */
export type NumericDateOrder = 'day-first' | 'month-first';

/**
 * "09/06/2017" is 9 June in Europe and September 6 in the US. It is read only when the numbers
 * settle it (one is over 12, or both are equal); otherwise the date stays unknown with its text,
 * for the page's other dates to settle (settleNumericDate) or for a warning.
 */
function slashedDate(text: string, first: number, second: number, year: number): ReleaseDate | null {
  if (first > 12 || first === second) return dayFromNumbers(text, year, second, first);
  if (second > 12) return dayFromNumbers(text, year, first, second);
  if (first < 1 || second < 1) return null;
  return unknownDate(text);
}

/** The two numbers and year of a date left unread because its day/month order is open. */
function openNumericDate(date: ReleaseDate | null): [number, number, number] | null {
  if (date?.precision !== 'unknown' || date.text === null) return null;
  const m = SLASHED.exec(date.text.replace(WEEKDAY, ''));
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : null;
}

/** Whether a date was left unknown only because its day/month order is open ("09/06/2017"). */
export function isOpenNumericDate(date: ReleaseDate | null): boolean {
  return openNumericDate(date) !== null;
}

/** The orders the unambiguous numeric dates in a text show ("25/06/2017": day-first). */
export function numericDateOrders(text: string): NumericDateOrder[] {
  const orders: NumericDateOrder[] = [];
  for (const m of text.matchAll(/(?<![\d/])(\d{1,2})\/(\d{1,2})\/(\d{4})(?![\d/])/g)) {
    const first = Number(m[1]);
    const second = Number(m[2]);
    if (first > 12 && second <= 12) orders.push('day-first');
    if (second > 12 && first <= 12) orders.push('month-first');
  }
  return orders;
}

/**
 * Reads a date whose day/month order was open, by an order the page settles (from its other
 * numeric dates) or by a written date of the same release ("VIENNA, 9 June 2017 –") that
 * equals one of its two readings. Returns the date unchanged when nothing settles it.
 */
export function settleNumericDate(date: ReleaseDate, by: NumericDateOrder | ReleaseDate | null): ReleaseDate {
  const open = openNumericDate(date);
  if (!open || by === null) return date;
  const [first, second, year] = open;
  const dayFirst = dayFromNumbers(date.text!, year, second, first);
  const monthFirst = dayFromNumbers(date.text!, year, first, second);
  if (by === 'day-first') return dayFirst ?? date;
  if (by === 'month-first') return monthFirst ?? date;
  if (by.precision !== 'day') return date;
  if (dayFirst?.iso === by.iso) return dayFirst;
  if (monthFirst?.iso === by.iso) return monthFirst;
  return date;
}
