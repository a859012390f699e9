import { type ArticleLine, compareAnchors, layoutArticle } from '../../../article/layout-article.js';
import type { Release } from '../../../bundle/types.js';
import type { Catalog } from '../../../catalog/types.js';
import type { Taxonomy } from '../../../taxonomy/taxonomy.js';
import { matchingLines } from '../../layout/match-ranges.js';
import { fitScroll } from '../../layout/virtual-window.js';
import { percentLabel } from '../percent-label.js';
import type { KeyTargets, ScreenEnvironment } from '../screen-definition.js';
import type { ArticleScreen, ReleaseOrigin } from './state.js';

/**
 * Cells a find match takes besides its text: the mono theme's two brackets. The layout leaves
 * room for them whatever the theme, so key handling (which knows no theme) and the view agree
 * on the lines.
 */
export const MATCH_MARK_WIDTH = 2;

/** An article laid out for a width, with the lines holding a match of the find terms. */
export interface ArticleText {
  lines: ArticleLine[];
  /** Line indexes holding a match of the find terms. */
  matches: number[];
}

/** The article reader as shown: the laid-out text and the first visible line at this width. */
export interface ArticleModel extends ArticleText {
  release: Release;
  terms: readonly string[];
  /** Columns the text is laid out in (the terminal's, capped by the reading width). */
  columns: number;
  height: number;
  /** The first visible line: the reading place found again at this width, kept within the text. */
  scroll: number;
  bookmarked: boolean;
}

/** A release laid out at a width, with room for the marks of `terms` and the lines they match. */
export function articleText(
  release: Release,
  taxonomy: Taxonomy,
  columns: number,
  terms: readonly string[],
): ArticleText {
  const marks = terms.length > 0 ? { terms, markWidth: MATCH_MARK_WIDTH } : undefined;
  const lines = layoutArticle(release, taxonomy, columns, Number.MAX_SAFE_INTEGER, marks);
  return {
    lines,
    matches:
      terms.length > 0
        ? matchingLines(
            lines.map((l) => l.text),
            terms,
          )
        : [],
  };
}

/**
 * The article at the body's size; undefined when the bundle lacks the release. Layout is pure but
 * not free on long articles: it is kept from `previous` while the release and terms stay the same.
 */
export function articleModel(
  screen: ArticleScreen,
  env: ScreenEnvironment,
  previous?: { screen: ArticleScreen; model: ArticleModel | undefined },
): ArticleModel | undefined {
  const terms = screen.find?.terms ?? [];
  const last = previous?.model;
  const reuse =
    last !== undefined && last.release.id === screen.releaseId && last.terms.join('\u0000') === terms.join('\u0000');
  const release = reuse ? last.release : env.catalog.get(screen.releaseId);
  if (!release) return undefined;
  const text = reuse ? last : articleText(release, env.catalog.taxonomy, env.columns, terms);
  const place = screen.place;
  // The scroll counts lines at the width it was set at; at another, the anchored text is found again.
  const top = !place || place.columns === env.columns ? screen.scroll : lineAtAnchor(text.lines, place.anchor);
  return {
    release,
    lines: text.lines,
    matches: text.matches,
    terms,
    columns: env.columns,
    height: env.bodyHeight,
    scroll: fitScroll(top, text.lines.length, env.bodyHeight),
    bookmarked: env.user?.bookmarked.has(`release:${release.id}`) ?? false,
  };
}

/** "★ 42%": the mark of a bookmarked release, then how far the bottom of the page is through it. */
export function articlePosition(_screen: ArticleScreen, model: ArticleModel | undefined): string {
  if (!model) return '';
  return (model.bookmarked ? '★ ' : '') + percentLabel(model.scroll, model.height, model.lines.length);
}

/** The open release. */
export function articleTargets(_screen: ArticleScreen, model: ArticleModel | undefined): KeyTargets {
  return model ? { selected: { kind: 'release', id: model.release.id } } : {};
}

/** The screen with its reading place: `scroll` counts `lines` laid out at `columns`, and the text at its top. */
export function withReadingPlace(screen: ArticleScreen, columns: number, lines: readonly ArticleLine[]): ArticleScreen {
  const top = lines[Math.min(screen.scroll, lines.length - 1)];
  return top ? { ...screen, place: { columns, anchor: top.anchor } } : screen;
}

/** The release next to the current one in the list it was opened from, or undefined at an end. */
export function neighbour(
  catalog: Catalog,
  origin: ReleaseOrigin,
  step: 1 | -1,
): { id: string; origin: ReleaseOrigin } | undefined {
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

/** The line of `to` holding the text that starts line `scroll` of `from` (the same article laid out otherwise). */
export function carryScroll(from: readonly ArticleLine[], scroll: number, to: readonly ArticleLine[]): number {
  const top = from[Math.min(scroll, from.length - 1)];
  return top ? lineAtAnchor(to, top.anchor) : 0;
}

/** The line holding the text at `anchor`: the last line starting at or before it. */
function lineAtAnchor(lines: readonly ArticleLine[], anchor: ArticleLine['anchor']): number {
  let low = 0;
  let high = lines.length - 1;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (compareAnchors(lines[middle]!.anchor, anchor) <= 0) low = middle;
    else high = middle - 1;
  }
  return Math.max(0, low);
}
