import type { ArticleAnchor } from '../../../article/layout-article.js';
import type { ReleaseFilter } from '../../../catalog/types.js';

/** The list an article was opened from, so `[` and `]` can step through it. */
export type ReleaseOrigin =
  | { kind: 'filter'; filter: ReleaseFilter; index: number }
  | { kind: 'ids'; ids: string[]; index: number };

/**
 * Where the reading place was set: the width `scroll` counts lines at (none for a screen reopened
 * from a saved session) and the top line's width-independent anchor. After a resize, or at another
 * terminal's width, the line number alone would point at another place in the re-wrapped text.
 */
export interface ReadingPlace {
  columns?: number;
  anchor: ArticleAnchor;
}

/** The article reader. */
export interface ArticleScreen {
  kind: 'article';
  releaseId: string;
  /** The first visible line, counted at `place.columns`. */
  scroll: number;
  place?: ReadingPlace;
  origin?: ReleaseOrigin;
  /** Terms highlighted in the text: from a search, or typed with `/`. */
  find?: { terms: string[]; match: number };
  /** The `/` prompt while it is being typed. */
  prompt?: string;
}

/** The reader opened on `ids[index]`, with `[` and `]` stepping through `ids`. */
export function articleInList(ids: string[], index: number): ArticleScreen {
  return { kind: 'article', releaseId: ids[index]!, scroll: 0, origin: { kind: 'ids', ids, index } };
}

// This screen's entry in the list of all screens' states.
declare module '../screen-states.js' {
  interface ScreenStates {
    article: ArticleScreen;
  }
}
