/** "42%": how far the bottom of the page is through a text of `total` lines. */
export function percentLabel(scroll: number, height: number, total: number): string {
  if (total <= height) return '100%';
  return `${Math.min(100, Math.round(((scroll + height) / total) * 100))}%`;
}
