import { readList } from '../resume-fields.js';
import type { ScreenDefinition } from '../screen-definition.js';
import { type RelatedModel, relatedKeys, relatedModel, relatedPosition, relatedTargets } from './model.js';
import type { RelatedScreen } from './state.js';
import { RelatedView } from './view.js';

/** Related releases (R in the reader). */
export const relatedScreen: ScreenDefinition<RelatedScreen, RelatedModel> = {
  width: 'terminal',
  context: () => 'list',
  crumbs: () => ['Related'],
  model: relatedModel,
  position: relatedPosition,
  keys: relatedKeys,
  targets: relatedTargets,
  View: RelatedView,
  save: (screen) => screen,
  restore: (saved, { catalog }) => {
    const list = readList(saved.list);
    return list && typeof saved.releaseId === 'string' && catalog.get(saved.releaseId)
      ? { kind: 'related', releaseId: saved.releaseId, list }
      : undefined;
  },
};
