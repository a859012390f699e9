import type { ReleaseFilter } from '../../../catalog/types.js';
import { oneLine } from '../../../text/labels.js';
import { isCount, isObject, isStrings } from '../resume-fields.js';
import type { ScreenDefinition } from '../screen-definition.js';
import { articleKeys } from './keys.js';
import { type ArticleModel, articleModel, articlePosition, articleTargets } from './model.js';
import type { ArticleScreen, ReleaseOrigin } from './state.js';
import { ArticleView } from './view.js';

/** The article reader. */
export const articleScreen: ScreenDefinition<ArticleScreen, ArticleModel | undefined> = {
  width: 'reading',
  context: (screen) => (screen.prompt !== undefined ? 'text-entry' : 'article'),
  crumbs: (screen, catalog) => [oneLine(catalog.get(screen.releaseId)?.title ?? 'Release')],
  model: articleModel,
  position: articlePosition,
  keys: articleKeys,
  targets: articleTargets,
  View: ArticleView,
  save: (screen) => {
    const { prompt: _prompt, place, ...rest } = screen;
    // The line number counts lines at this terminal's width; the place (block, characters
    // before) finds the same text at any width. Both are kept: older versions read the line.
    return place ? { ...rest, place: [place.anchor[0], place.anchor[1]] } : rest;
  },
  restore: (saved, { catalog }) => {
    if (typeof saved.releaseId !== 'string' || !catalog.get(saved.releaseId) || !isCount(saved.scroll))
      return undefined;
    const screen: ArticleScreen = { kind: 'article', releaseId: saved.releaseId, scroll: saved.scroll };
    const origin = readOrigin(saved.origin);
    if (origin) screen.origin = origin;
    if (isObject(saved.find) && isStrings(saved.find.terms) && isCount(saved.find.match))
      screen.find = { terms: saved.find.terms, match: saved.find.match };
    // Snapshots saved before the place was kept reopen at their line number.
    const place = saved.place;
    if (Array.isArray(place) && place.length === 2 && isCount(place[0]) && isCount(place[1]))
      screen.place = { anchor: [place[0], place[1]] };
    return screen;
  },
};

// `[` and `]` are a convenience: an origin that does not check out is dropped, not fatal.
function readOrigin(raw: unknown): ReleaseOrigin | undefined {
  if (!isObject(raw) || !isCount(raw.index)) return undefined;
  if (raw.kind === 'ids' && isStrings(raw.ids)) return { kind: 'ids', ids: raw.ids, index: raw.index };
  if (raw.kind === 'filter' && isObject(raw.filter))
    return { kind: 'filter', filter: raw.filter as ReleaseFilter, index: raw.index };
  return undefined;
}
