import type { Release } from '../../bundle/types.js';
import type { Catalog } from '../../catalog/types.js';
import { layoutArticle, type ArticleLine } from '../../article/layout-article.js';
import { matchingLines } from '../layout/highlight.js';
import type { ReleaseOrigin } from '../navigation.js';

/** An article laid out for a width, with its find matches. */
export interface ArticleView {
  release: Release;
  lines: ArticleLine[];
  /** Line indexes holding a match of the find terms. */
  matches: number[];
}

// Layout is pure but not free on long articles; key handling and rendering ask for the same
// article at the same width, so the last few are kept.
const cache = new Map<string, ArticleLine[]>();
const CACHE_SIZE = 8;

/**
 * The article's lines at a width. The app passes the terminal width already capped by the
 * reading width (100 columns unless the reader chose another), so no further cap applies here.
 */
export function articleView(catalog: Catalog, releaseId: string, columns: number, terms: readonly string[] = []): ArticleView | undefined {
  const release = catalog.get(releaseId);
  if (!release) return undefined;
  const key = `${releaseId}@${columns}`;
  let lines = cache.get(key);
  if (!lines) {
    lines = layoutArticle(release, catalog.taxonomy, columns, Number.MAX_SAFE_INTEGER);
    cache.set(key, lines);
    if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
  }
  return { release, lines, matches: terms.length > 0 ? matchingLines(lines.map((l) => l.text), terms) : [] };
}

/** "42%": how far the bottom of the page is through the article. */
export function percentLabel(scroll: number, height: number, total: number): string {
  if (total <= height) return '100%';
  return `${Math.min(100, Math.round(((scroll + height) / total) * 100))}%`;
}

/** The release next to the current one in the list it was opened from, or undefined at an end. */
export function neighbour(catalog: Catalog, origin: ReleaseOrigin, step: 1 | -1): { id: string; origin: ReleaseOrigin } | undefined {
  const index = origin.index + step;
  if (index < 0) return undefined;
  if (origin.kind === 'ids') {
    const id = origin.ids[index];
    return id === undefined ? undefined : { id, origin: { ...origin, index } };
  }
  const row = catalog.list(origin.filter, index, 1)[0];
  return row ? { id: row.id, origin: { ...origin, index } } : undefined;
}

/** Every taxonomy id a release points at: mentions, countries, sources and fields. */
export function releaseEntityIds(release: Release): string[] {
  return [...release.mentions, ...release.countries, ...release.sources, ...release.fields];
}

/** Scroll that shows a match line near the top of the page. */
export function scrollToLine(line: number, height: number, total: number): number {
  return Math.max(0, Math.min(line - 1, Math.max(0, total - height)));
}
