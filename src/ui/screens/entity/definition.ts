import { clean, entryName } from '../../../text/labels.js';
import { isEntry, isObject, readList } from '../resume-fields.js';
import type { RestoreEnvironment, ScreenDefinition } from '../screen-definition.js';
import { entityKeys } from './keys.js';
import { type EntityModel, entityModel, entityPosition, entityTargets } from './model.js';
import type { EntityFilters, EntityScreen } from './state.js';
import { EntityView } from './view.js';

/** An entity page. */
export const entityScreen: ScreenDefinition<EntityScreen, EntityModel | undefined> = {
  width: 'terminal',
  context: () => 'entity',
  crumbs: (screen, catalog) => {
    const name = entryName(catalog.taxonomy.get(screen.entryId));
    return screen.filters.refine ? [name, clean(screen.filters.refine.label)] : [name];
  },
  model: entityModel,
  position: entityPosition,
  keys: entityKeys,
  targets: entityTargets,
  View: EntityView,
  save: (screen) => screen,
  restore: (saved, env) => {
    const list = readList(saved.list);
    const filters = readFilters(saved.filters, env);
    return list && filters && isEntry(saved.entryId, env.catalog)
      ? { kind: 'entity', entryId: saved.entryId, filters, list }
      : undefined;
  },
};

function readFilters(raw: unknown, { catalog }: RestoreEnvironment): EntityFilters | undefined {
  if (!isObject(raw)) return undefined;
  const filters: EntityFilters = {};
  if (raw.year !== undefined) {
    if (!Number.isInteger(raw.year) && raw.year !== 'undated') return undefined;
    filters.year = raw.year as number | 'undated';
  }
  if (raw.type !== undefined) {
    if (typeof raw.type !== 'string') return undefined;
    filters.type = raw.type;
  }
  if (raw.refine !== undefined) {
    const refine = raw.refine;
    if (!isObject(refine) || typeof refine.label !== 'string' || !isEntry(refine.key, catalog)) return undefined;
    if (refine.facet !== 'field' && refine.facet !== 'country' && refine.facet !== 'source') return undefined;
    filters.refine = { facet: refine.facet, key: refine.key, label: refine.label };
  }
  return filters;
}
