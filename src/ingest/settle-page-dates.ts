import type { ReleaseDate } from '../bundle/types.js';
import { isOpenNumericDate, type NumericDateOrder, numericDateOrders, settleNumericDate } from './parse-date.js';
import type { ParsedRelease } from './types.js';

const OPEN_DATE_WARNING = 'day and month order unknown';

/** The warning for a numeric date whose day/month order nothing on the page settles. */
export function openDateWarning(date: ReleaseDate, line: number): string {
  return `date "${date.text ?? ''}" (line ${line}): ${OPEN_DATE_WARNING} (expected a day over 12 or another date on the page that settles it); kept as text`;
}

/**
 * The order of day and month the page's unambiguous numeric dates agree on, or null when there
 * are none or they disagree.
 */
function pageNumericDateOrder(lines: readonly string[]): NumericDateOrder | null {
  const orders = new Set(lines.flatMap(numericDateOrders));
  return orders.size === 1 ? [...orders][0]! : null;
}

/**
 * Reads the open numeric dates of a page's releases in the order its other numeric dates use
 * ("25/06/2017" elsewhere on the page makes "09/06/2017" 9 June), dropping their warning.
 */
export function settlePageDates(releases: ParsedRelease[], lines: readonly string[]): void {
  if (!releases.some((release) => isOpenNumericDate(release.date))) return;
  const order = pageNumericDateOrder(lines);
  if (order === null) return;
  for (const release of releases) {
    if (!isOpenNumericDate(release.date)) continue;
    release.date = settleNumericDate(release.date, order);
    release.warnings = release.warnings.filter((warning) => !warning.includes(OPEN_DATE_WARNING));
  }
}
