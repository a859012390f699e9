import { movePager } from '../../layout/virtual-window.js';
import type { Screen } from '../../navigation.js';
import { isMove } from '../list-keys.js';
import { START } from '../list-position.js';
import { mentionsPicker } from '../picker/pickers.js';
import type { KeyEnvironment, KeyResult, ScreenKey } from '../screen-definition.js';
import { editText } from '../text-entry.js';
import {
  type ArticleModel,
  articleText,
  carryScroll,
  neighbour,
  releaseEntityIds,
  scrollToLine,
  withReadingPlace,
} from './model.js';
import type { ArticleScreen, ReleaseOrigin } from './state.js';

/** Keys of the article reader, including its `/` prompt. */
export function articleKeys(
  screen: ArticleScreen,
  model: ArticleModel | undefined,
  { action, input }: ScreenKey,
  env: KeyEnvironment,
): KeyResult {
  if (!model) return [];
  const total = model.lines.length;
  const height = env.bodyHeight;
  // The scroll may have been set at another width (before a resize): the model reads it at this one.
  const current = model.scroll;
  const replace = (next: ArticleScreen, lines = model.lines): KeyResult => [
    { type: 'replace', screen: withReadingPlace(next, model.columns, lines) },
  ];

  if (screen.prompt !== undefined) {
    if (action === 'cancel') return replace({ ...withoutPrompt(screen), scroll: current });
    if (action === 'submit') {
      const query = screen.prompt.trim();
      // Matches are laid out with room for their marks, so the lines change with the terms:
      // the top line moves with its text.
      const found = articleText(model.release, env.catalog.taxonomy, model.columns, query === '' ? [] : [query]);
      const top = carryScroll(model.lines, current, found.lines);
      if (query === '') return replace({ ...withoutPrompt(screen), find: undefined, scroll: top }, found.lines);
      const match = Math.max(
        0,
        found.matches.findIndex((line) => line >= top),
      );
      const scroll = found.matches.length > 0 ? scrollToLine(found.matches[match]!, height, found.lines.length) : top;
      return replace({ ...withoutPrompt(screen), find: { terms: [query], match }, scroll }, found.lines);
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
      if (!screen.find || model.matches.length === 0) return [];
      const count = model.matches.length;
      const match = (screen.find.match + (action === 'next-match' ? 1 : -1) + count) % count;
      return replace({
        ...screen,
        find: { ...screen.find, match },
        scroll: scrollToLine(model.matches[match]!, height, total),
      });
    }
    case 'next-release':
    case 'previous-release': {
      if (!screen.origin) return [];
      const next = neighbour(env.catalog, screen.origin, action === 'next-release' ? 1 : -1);
      if (!next) return [];
      const find = screen.find ? { terms: screen.find.terms, match: 0 } : undefined;
      // At the top, the reading place is the same at every width: no place to keep yet.
      const article: ArticleScreen = { kind: 'article', releaseId: next.id, scroll: 0, origin: next.origin, find };
      // The list underneath follows, so Back lands on the release being read.
      const list = env.below ? followSelection(env.below, next.origin) : undefined;
      return list
        ? [{ type: 'pop' }, { type: 'replace', screen: list }, { type: 'push', screen: article }]
        : [{ type: 'replace', screen: article }];
    }
    case 'related':
      return [{ type: 'push', screen: { kind: 'related', releaseId: screen.releaseId, list: START } }];
    case 'mentions': {
      const picker = mentionsPicker(env.catalog, releaseEntityIds(model.release));
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
