import type { ReleaseDate } from '../bundle/types.js';
import { MONTH_NAMES } from '../text/month-names.js';

const MONTHS = MONTH_NAMES;

/**
 * A release date for people, as precise as it is known: "9 June 2017", "June 2017", "2017",
 * "23 August (year unknown)", or "date unknown". Built from the ISO value, not the page's text,
 * so every release reads the same way.
 */
export function formatReleaseDate(date: ReleaseDate): string {
  if (date.iso !== null) {
    const [year, month, day] = date.iso.split('-').map(Number);
    const monthName = month === undefined ? undefined : MONTHS[month - 1];
    if (day !== undefined && monthName) return `${day} ${monthName} ${year}`;
    if (monthName) return `${monthName} ${year}`;
    return String(year);
  }
  const monthName = date.month === undefined ? undefined : MONTHS[date.month - 1];
  if (monthName) return `${date.day === undefined ? '' : `${date.day} `}${monthName} (year unknown)`;
  return 'date unknown';
}
