const COUNT_FORMAT = new Intl.NumberFormat('en-US');

/** 4312 → "4,312": a count with thousands separators, the same whatever the locale. */
export function formatCount(n: number): string {
  return COUNT_FORMAT.format(n);
}
