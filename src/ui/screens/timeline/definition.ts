import { entryName } from '../../../text/labels.js';
import { positionLabel } from '../../layout/virtual-window.js';
import { RelatedView } from '../related/view.js';
import { readList } from '../resume-fields.js';
import type { ScreenDefinition } from '../screen-definition.js';
import {
  type TimelineModel,
  timelineKeys,
  timelineModel,
  timelinePosition,
  type YearReleasesModel,
  yearReleasesKeys,
  yearReleasesModel,
  yearReleasesTargets,
} from './model.js';
import type { TimelineScreen, YearReleasesScreen } from './state.js';
import { TimelineView } from './view.js';

/** Timelines side by side (C on an entity page). */
export const timelineScreen: ScreenDefinition<TimelineScreen, TimelineModel> = {
  width: 'terminal',
  context: () => 'timeline',
  crumbs: (screen, catalog) => [screen.entryIds.map((id) => entryName(catalog.taxonomy.get(id), id)).join(' vs ')],
  model: timelineModel,
  position: timelinePosition,
  keys: timelineKeys,
  targets: () => ({}),
  View: TimelineView,
  save: (screen) => screen,
  restore: (saved, { catalog }) => {
    const list = readList(saved.list);
    const ids = saved.entryIds;
    const valid =
      Array.isArray(ids) &&
      ids.length >= 2 &&
      ids.length <= 3 &&
      ids.every((id) => typeof id === 'string' && catalog.taxonomy.get(id));
    return list && valid ? { kind: 'timeline', entryIds: ids as string[], list } : undefined;
  },
};

/** A year's releases of the compared entries (Enter on a year of the timeline). */
export const yearReleasesScreen: ScreenDefinition<YearReleasesScreen, YearReleasesModel> = {
  width: 'terminal',
  context: () => 'list',
  crumbs: (screen) => [String(screen.year)],
  model: yearReleasesModel,
  position: (screen, model) => positionLabel(screen.list.selected, model.rows.length),
  keys: yearReleasesKeys,
  targets: yearReleasesTargets,
  View: RelatedView,
  // Counts of the moment: the stack is saved up to the timeline.
  save: () => undefined,
  restore: () => undefined,
};
