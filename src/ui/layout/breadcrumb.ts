import { cellWidth, truncateCells } from './cell-text.js';

const SEPARATOR = ' › ';

/**
 * Joins crumbs into one line of at most `width` cells. When too long, crumbs after the first
 * are replaced by `…` from the left (the current place matters most), and the last crumb is cut
 * as a final resort.
 */
export function fitBreadcrumb(crumbs: readonly string[], width: number): string {
  if (crumbs.length === 0) return '';
  const full = crumbs.join(SEPARATOR);
  if (cellWidth(full) <= width) return full;
  const first = crumbs[0]!;
  for (let drop = 1; drop < crumbs.length; drop++) {
    const kept = [first, '…', ...crumbs.slice(drop + 1)];
    const line = kept.join(SEPARATOR);
    if (drop + 1 < crumbs.length && cellWidth(line) <= width) return line;
  }
  const last = crumbs[crumbs.length - 1]!;
  // Keep "Home › … ›" while the last crumb still gets a useful width.
  const homePrefix = crumbs.length > 1 ? `${first}${SEPARATOR}…${SEPARATOR}` : '';
  const prefix = crumbs.length > 1 && width - cellWidth(homePrefix) >= 12 ? homePrefix : crumbs.length > 1 ? `…${SEPARATOR}` : '';
  return prefix + truncateCells(last, Math.max(1, width - cellWidth(prefix)));
}
