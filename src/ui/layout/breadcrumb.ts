import { cellWidth, truncateCells } from '../../text/cell-text.js';

const SEPARATOR = ' › ';
/** Cells the last crumb keeps before the first crumb is given up too. */
const MIN_LAST = 12;

/**
 * Joins crumbs into one line of at most `width` cells. When too long, crumbs after the first
 * are replaced by `…` from the left (where you are matters most); then the last crumb is cut;
 * at the narrowest only `… › last` remains.
 */
export function fitBreadcrumb(crumbs: readonly string[], width: number): string {
  if (crumbs.length === 0) return '';
  const full = crumbs.join(SEPARATOR);
  if (cellWidth(full) <= width) return full;
  const first = crumbs[0]!;
  for (let drop = 1; drop + 1 < crumbs.length; drop++) {
    const line = [first, '…', ...crumbs.slice(drop + 1)].join(SEPARATOR);
    if (cellWidth(line) <= width) return line;
  }
  const last = crumbs[crumbs.length - 1]!;
  if (crumbs.length === 1) return truncateCells(last, width);
  const keepFirst = `${first}${SEPARATOR}${crumbs.length > 2 ? `…${SEPARATOR}` : ''}`;
  const prefix = width - cellWidth(keepFirst) >= MIN_LAST ? keepFirst : `…${SEPARATOR}`;
  return prefix + truncateCells(last, Math.max(1, width - cellWidth(prefix)));
}
