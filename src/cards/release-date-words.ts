import type { ReleaseDate } from '../bundle/types.js';
import { clean as cleanLine } from '../ui/labels.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A release date in words as far as it is known: "9 June 2017", "June 2017", "2017", "23 August". */
export function releaseDateInWords(date: ReleaseDate): string {
  const [year, month, day] = (date.iso ?? '').split('-').map(Number);
  const monthName = (n: number | undefined) => (n && n >= 1 && n <= 12 ? MONTHS[n - 1]! : undefined);
  if (year && date.precision === 'day' && monthName(month) && day) return `${day} ${monthName(month)} ${year}`;
  if (year && date.precision === 'month' && monthName(month)) return `${monthName(month)} ${year}`;
  if (year) return String(year);
  if (monthName(date.month)) return [date.day, monthName(date.month)].filter(Boolean).join(' ');
  return cleanLine(date.text) || 'undated';
}
