import type { Action } from '../keymap.js';
import { fitScroll, movePager } from '../layout/virtual-window.js';
import type { ReleaseOrigin, Screen } from '../navigation.js';
import { articleScroll, articleView, carryScroll, neighbour, releaseEntityIds, scrollToLine, withScrollWidth } from './article-model.js';
import { mentionsPicker } from './pickers.js';
import { isMove, type KeyResult, type ScreenContext } from './screen-context.js';
import { editText } from './text-entry.js';

type ArticleScreen = Extract<Screen, { kind: 'article' }>;

/** Keys of the article reader, including its `/` prompt. */
export function articleKeys(screen: ArticleScreen, action: Action | undefined, input: string, ctx: ScreenContext): KeyResult {
  const terms = screen.find?.terms ?? [];
  const view = articleView(ctx.catalog, screen.releaseId, ctx.columns, terms);
  if (!view) return [];
  const total = view.lines.length;
  const height = ctx.bodyHeight;
  // The scroll may have been set at another width (before a resize): read it at this one.
  const current = fitScroll(articleScroll(ctx.catalog, screen, ctx.columns), total, height);
  const replace = (next: ArticleScreen): KeyResult => [{ type: 'replace', screen: withScrollWidth(next, ctx.columns, ctx.catalog) }];

  if (screen.prompt !== undefined) {
    if (action === 'cancel') return replace({ ...withoutPrompt(screen), scroll: current });
    if (action === 'submit') {
      const query = screen.prompt.trim();
      // Matches are laid out with room for their marks, so the lines change with the terms:
      // the top line moves with its text.
      const found = articleView(ctx.catalog, screen.releaseId, ctx.columns, query === '' ? [] : [query])!;
      const top = carryScroll(view.lines, current, found.lines);
      if (query === '') return replace({ ...withoutPrompt(screen), find: undefined, scroll: top });
      const match = Math.max(0, found.matches.findIndex((line) => line >= top));
      const scroll = found.matches.length > 0 ? scrollToLine(found.matches[match]!, height, found.lines.length) : top;
      return replace({ ...withoutPrompt(screen), find: { terms: [query], match }, scroll });
    }
    const prompt = editText(screen.prompt, action, input);
    return prompt === undefined ? [] : replace({ ...screen, prompt, scroll: current });
  }

  if (isMove(action)) return replace({ ...screen, scroll: movePager(current, action, total, height) });
  switch (action) {
    case 'find':
      return replace({ ...screen, prompt: '', scroll: current });
    case 'next-match':
    case 'previous-match': {
      if (!screen.find || view.matches.length === 0) return [];
      const count = view.matches.length;
      const match = (screen.find.match + (action === 'next-match' ? 1 : -1) + count) % count;
      return replace({ ...screen, find: { ...screen.find, match }, scroll: scrollToLine(view.matches[match]!, height, total) });
    }
    case 'next-release':
    case 'previous-release': {
      if (!screen.origin) return [];
      const next = neighbour(ctx.catalog, screen.origin, action === 'next-release' ? 1 : -1);
      if (!next) return [];
      const find = screen.find ? { terms: screen.find.terms, match: 0 } : undefined;
      const article: ArticleScreen = { kind: 'article', releaseId: next.id, scroll: 0, origin: next.origin, find };
      // The list underneath follows, so Back lands on the release being read.
      const list = ctx.below ? followSelection(ctx.below, next.origin) : undefined;
      return list ? [{ type: 'pop' }, { type: 'replace', screen: list }, { type: 'push', screen: article }] : replace(article);
    }
    case 'mentions': {
      const picker = mentionsPicker(ctx.catalog, releaseEntityIds(view.release));
      return picker ? [{ type: 'push', screen: picker }] : [];
    }
    default:
      return [];
  }
}

function followSelection(list: Screen, origin: ReleaseOrigin): Screen | undefined {
  if (origin.kind === 'filter' && (list.kind === 'entity' || list.kind === 'latest')) {
    return { ...list, list: { ...list.list, selected: origin.index } };
  }
  if (origin.kind === 'ids' && list.kind === 'search') {
    const names = list.results?.entities.length ?? 0;
    return { ...list, list: { ...list.list, selected: names + origin.index } };
  }
  return undefined;
}

function withoutPrompt(screen: ArticleScreen): ArticleScreen {
  const { prompt: _prompt, ...rest } = screen;
  return rest;
}
