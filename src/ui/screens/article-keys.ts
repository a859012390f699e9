import type { Action } from '../keymap.js';
import { fitScroll, movePager } from '../layout/virtual-window.js';
import type { ReleaseOrigin, Screen } from '../navigation.js';
import { articleView, neighbour, releaseEntityIds, scrollToLine } from './article-model.js';
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
  const replace = (next: ArticleScreen): KeyResult => [{ type: 'replace', screen: next }];

  if (screen.prompt !== undefined) {
    if (action === 'cancel') return replace(withoutPrompt(screen));
    if (action === 'submit') {
      const query = screen.prompt.trim();
      if (query === '') return replace({ ...withoutPrompt(screen), find: undefined });
      const found = articleView(ctx.catalog, screen.releaseId, ctx.columns, [query])!.matches;
      const match = Math.max(0, found.findIndex((line) => line >= screen.scroll));
      const scroll = found.length > 0 ? scrollToLine(found[match]!, height, total) : screen.scroll;
      return replace({ ...withoutPrompt(screen), find: { terms: [query], match }, scroll });
    }
    const prompt = editText(screen.prompt, action, input);
    return prompt === undefined ? [] : replace({ ...screen, prompt });
  }

  if (isMove(action)) return replace({ ...screen, scroll: movePager(fitScroll(screen.scroll, total, height), action, total, height) });
  switch (action) {
    case 'find':
      return replace({ ...screen, prompt: '' });
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
