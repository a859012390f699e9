/**
 * List order as one text key: newest first, unknown dates last, then by folded title, then by
 * id. Comparing two keys by code point (SQLite's BINARY collation on UTF-8 does the same) gives
 * list order, so the index can find where a release added later belongs with one index lookup.
 */
export function listSortKey(iso: string | null, titleKey: string, id: string): string {
  // Digits are inverted so that a later date sorts first; '~' after the date makes a more
  // precise date ('2021-09-15') sort before its period ('2021-09'), as a later one would, and
  // an unknown date ('~' alone) sort after every known one. Titles and ids hold no control
  // characters (sanitized), so \u0001 separates them below anything they contain.
  const date = iso === null ? '~' : `${iso.replace(/\d/g, (digit) => String(9 - Number(digit)))}~`;
  return `${date}\u0001${titleKey}\u0001${id}`;
}

/** Orders two sort keys by code point, as SQLite orders them. */
export function compareSortKeys(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  for (let index = 0; index < length; index += 1) {
    const x = a.charCodeAt(index);
    const y = b.charCodeAt(index);
    if (x === y) continue;
    return codePointWeight(x) - codePointWeight(y);
  }
  return a.length - b.length;
}

// UTF-16 order differs from code point order only where a surrogate (part of a character above
// U+FFFF) meets U+E000–U+FFFF: surrogates move above those.
function codePointWeight(unit: number): number {
  if (unit < 0xd800) return unit;
  return unit >= 0xe000 ? unit - 0x800 : unit + 0x2000;
}

// Ord of the first release of a full build; ords stay positive and below 2^53.
const ORD_BASE = 2 ** 40;
// Space between neighbours after a full build: room for 20 halvings at any one place.
const ORD_GAP = 2 ** 20;

/** Ord of the release at `index` (0-based) of a full build's list. */
export function ordOfPosition(index: number): number {
  return ORD_BASE + index * ORD_GAP;
}

/** ordOfPosition as an SQL expression of `index`, for rows stored by SQL alone. */
export function ordOfPositionSql(index: string): string {
  return `(${ORD_BASE} + (${index}) * ${ORD_GAP})`;
}

/**
 * Ords for `count` new releases that go, in order, between the releases at `before` and `after`
 * (undefined: the start or the end of the list), spread evenly over the gap. Undefined when the
 * gap is too small: the caller then rebuilds the index, which spaces every release out again.
 */
export function ordsBetween(
  before: number | undefined,
  after: number | undefined,
  count: number,
): number[] | undefined {
  if (before === undefined && after === undefined)
    return Array.from({ length: count }, (_, index) => ordOfPosition(index));
  if (before === undefined) {
    const first = after! - count * ORD_GAP;
    return first < 1 ? undefined : Array.from({ length: count }, (_, index) => first + index * ORD_GAP);
  }
  if (after === undefined) {
    const last = before + count * ORD_GAP;
    return last > Number.MAX_SAFE_INTEGER
      ? undefined
      : Array.from({ length: count }, (_, index) => before + (index + 1) * ORD_GAP);
  }
  const room = after - before;
  if (room <= count) return undefined;
  return Array.from({ length: count }, (_, index) => before + Math.floor(((index + 1) * room) / (count + 1)));
}
