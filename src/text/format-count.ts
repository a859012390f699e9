let countFormat: Intl.NumberFormat | undefined;

/** 4312 → "4,312": a count with thousands separators, the same whatever the locale. */
export function formatCount(n: number): string {
  // Whole numbers by hand: ICU's number formatting costs ~40 ms on its first use, in a print
  // command that otherwise runs in ~100 ms. Anything else (fractions, -0) as en-US formats it.
  if (!Number.isSafeInteger(n) || Object.is(n, -0)) {
    countFormat ??= new Intl.NumberFormat('en-US');
    return countFormat.format(n);
  }
  const grouped = String(Math.abs(n)).replace(/\B(?=(\d{3})+$)/g, ',');
  return n < 0 ? `-${grouped}` : grouped;
}
