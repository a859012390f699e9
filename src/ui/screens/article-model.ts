import type { Release } from '../../bundle/types.js';
import type { Catalog } from '../../catalog/types.js';
import { compareAnchors, layoutArticle, type ArticleAnchor, type ArticleLine } from '../../article/layout-article.js';
import { matchingLines } from '../layout/highlight.js';
import { fitScroll } from '../layout/virtual-window.js';
import type { ReleaseOrigin, Screen } from '../navigation.js';

type ArticleScreen = Extract<Screen, { kind: 'article' }>;

/**
 * Cells a find match takes besides its text: the mono theme's two brackets. The layout leaves
 * room for them whatever the theme, so key handling (which knows no theme) and the view agree
 * on the lines.
 */
export const MATCH_MARK_WIDTH = 2;

/** An article laid out for a width, with its find matches. */
export interface ArticleView {
  release: Release;
  lines: ArticleLine[];
  /** Line indexes holding a match of the find terms. */
  matches: number[];
}

// Layout is pure but not free on long articles; key handling and rendering ask for the same
// article at the same width, so the last few are kept.
// The find matches are kept with the lines they were found in: the view, the keys and the
// status bar all ask for them on every key.
const cache = new Map<string, { lines: ArticleLine[]; matches: number[] }>();
const CACHE_SIZE = 8;

/**
 * The article's lines at a width. The app passes the terminal width already capped by the
 * reading width (100 columns unless the reader chose another), so no further cap applies here.
 */
export function articleView(catalog: Catalog, releaseId: string, columns: number, terms: readonly string[] = []): ArticleView | undefined {
  const release = catalog.get(releaseId);
  const laid = release && laidOut(catalog, releaseId, columns, terms, release);
  if (!release || !laid) return undefined;
  return { release, ...laid };
}

/** The article's lines at a width, laid out with room for the marks of `terms`. */
function articleLines(catalog: Catalog, releaseId: string, columns: number, terms: readonly string[]): ArticleLine[] | undefined {
  return laidOut(catalog, releaseId, columns, terms)?.lines;
}

function laidOut(catalog: Catalog, releaseId: string, columns: number, terms: readonly string[], known?: Release): { lines: ArticleLine[]; matches: number[] } | undefined {
  const key = `${releaseId}@${columns}\u0000${terms.join('\u0000')}`;
  let laid = cache.get(key);
  if (!laid) {
    const release = known ?? catalog.get(releaseId);
    if (!release) return undefined;
    const marks = terms.length > 0 ? { terms, markWidth: MATCH_MARK_WIDTH } : undefined;
    const lines = layoutArticle(release, catalog.taxonomy, columns, Number.MAX_SAFE_INTEGER, marks);
    laid = { lines, matches: terms.length > 0 ? matchingLines(lines.map((l) => l.text), terms) : [] };
    cache.set(key, laid);
    if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
  }
  return laid;
}

/** "42%": how far the bottom of the page is through the article. */
export function percentLabel(scroll: number, height: number, total: number): string {
  if (total <= height) return '100%';
  return `${Math.min(100, Math.round(((scroll + height) / total) * 100))}%`;
}

/** The status bar's position of an article screen at a width: its percent, read where the view shows it. */
export function articlePercent(catalog: Catalog, screen: ArticleScreen, columns: number, height: number): string {
  const view = articleView(catalog, screen.releaseId, columns, screen.find?.terms);
  if (!view) return '';
  return percentLabel(fitScroll(articleScroll(catalog, screen, columns), view.lines.length, height), height, view.lines.length);
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

// Where each article screen's scroll was set: the width its line number counts at (none for a
// screen reopened from a saved session) and the top line's width-independent anchor. Screens are
// plain data without a width, so after a resize, or at another terminal's width, the line number
// alone would point at another place in the re-wrapped text.
const scrollPlaces = new WeakMap<ArticleScreen, { columns?: number; anchor: ArticleAnchor }>();

/** Records that the screen's scroll counts lines at `columns`, and the text at its top; returns the screen. */
export function withScrollWidth(screen: ArticleScreen, columns: number, catalog: Catalog): ArticleScreen {
  const lines = articleLines(catalog, screen.releaseId, columns, screen.find?.terms ?? []);
  const top = lines?.[Math.min(screen.scroll, lines.length - 1)];
  if (top) scrollPlaces.set(screen, { columns, anchor: top.anchor });
  return screen;
}

/** Records the text the screen's top line starts at (a saved reading place), at no known width; returns the screen. */
export function withScrollAnchor(screen: ArticleScreen, anchor: ArticleAnchor): ArticleScreen {
  scrollPlaces.set(screen, { anchor });
  return screen;
}

/** The anchor of the text at the top of the screen when its scroll was set, if it was recorded. */
export function scrollAnchor(screen: ArticleScreen): ArticleAnchor | undefined {
  return scrollPlaces.get(screen)?.anchor;
}

/**
 * The screen's first visible line at `columns`: the line that starts at (or holds) the text that
 * was at the top when the scroll was set, so a resize or a resumed session keeps the reading place.
 */
export function articleScroll(catalog: Catalog, screen: ArticleScreen, columns: number): number {
  const place = scrollPlaces.get(screen);
  if (!place || place.columns === columns) return screen.scroll;
  const lines = articleLines(catalog, screen.releaseId, columns, screen.find?.terms ?? []);
  return lines ? lineAtAnchor(lines, place.anchor) : screen.scroll;
}

/** The line of `to` holding the text that starts line `scroll` of `from` (the same article laid out otherwise). */
export function carryScroll(from: readonly ArticleLine[], scroll: number, to: readonly ArticleLine[]): number {
  const top = from[Math.min(scroll, from.length - 1)];
  return top ? lineAtAnchor(to, top.anchor) : 0;
}

/** The line holding the text at `anchor`: the last line starting at or before it. */
function lineAtAnchor(lines: readonly ArticleLine[], anchor: ArticleAnchor): number {
  let low = 0;
  let high = lines.length - 1;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (compareAnchors(lines[middle]!.anchor, anchor) <= 0) low = middle;
    else high = middle - 1;
  }
  return Math.max(0, low);
}
