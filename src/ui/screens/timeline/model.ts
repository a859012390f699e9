import type { Catalog, ReleaseRow } from '../../../catalog/types.js';
import { entryName } from '../../../text/labels.js';
import { layoutTimeline, SERIES_GLYPHS, type TimelineLayout } from '../../../timeline/layout-timeline.js';
import { fitWindow, positionLabel } from '../../layout/virtual-window.js';
import { articleInList } from '../article/state.js';
import { listHeight, moveList } from '../list-keys.js';
import { type ListPosition, START } from '../list-position.js';
import type { PickerScreen } from '../picker/state.js';
import type { KeyEnvironment, KeyResult, KeyTargets, ScreenEnvironment, ScreenKey } from '../screen-definition.js';
import type { TimelineScreen, YearReleasesScreen } from './state.js';

/** The chart laid out at the screen's width, and the visible window of its year rows. */
export interface TimelineModel {
  layout: TimelineLayout;
  /** Lines above the year rows: legend, blank, header. */
  head: string[];
  window: ListPosition;
}

/** The side-by-side chart at the screen's width. */
export function timelineModel(screen: TimelineScreen, env: ScreenEnvironment): TimelineModel {
  const { catalog } = env;
  const series = screen.entryIds.map((id) => ({
    name: entryName(catalog.taxonomy.get(id), id),
    perYear: catalog.perYear({ entities: [id] }),
  }));
  const layout = layoutTimeline(series, env.columns);
  const head = [...layout.legend, layout.header];
  return {
    layout,
    head,
    window: fitWindow(screen.list, layout.rows.length, Math.max(1, env.bodyHeight - head.length)),
  };
}

/** Move over the years; Enter opens the year's releases of all; C adds a third entry. */
export function timelineKeys(
  screen: TimelineScreen,
  model: TimelineModel,
  { action }: ScreenKey,
  env: KeyEnvironment,
): KeyResult {
  const list = moveList(screen.list, action, model.layout.rows.length, Math.max(1, env.bodyHeight - model.head.length));
  if (list) return [{ type: 'replace', screen: { ...screen, list } }];
  if (action === 'compare') {
    const picker = comparePicker(env.catalog, screen.entryIds);
    return picker ? [{ type: 'push', screen: picker }] : [];
  }
  const row = model.layout.rows[screen.list.selected];
  if (action !== 'open' || !row) return [];
  return [{ type: 'push', screen: { kind: 'year-releases', entryIds: screen.entryIds, year: row.year, list: START } }];
}

/** "2017 · 3/12". */
export function timelinePosition(screen: TimelineScreen, model: TimelineModel): string {
  return positionLabel(screen.list.selected, model.layout.rows.length);
}

/**
 * The entries to compare with: those of the same kind as the first (States with States, field
 * operations with field operations), most releases first; undefined once three are compared.
 */
export function comparePicker(catalog: Catalog, entryIds: readonly string[]): PickerScreen | undefined {
  const first = catalog.taxonomy.get(entryIds[0] ?? '');
  if (!first || entryIds.length >= SERIES_GLYPHS.length) return undefined;
  const options = catalog.taxonomy
    .ofKind(first.kind)
    .filter((entry) => !entryIds.includes(entry.id) && catalog.entityCount(entry.id) > 0)
    .map((entry) => ({ key: entry.id, label: entryName(entry), count: catalog.entityCount(entry.id) }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
  return {
    kind: 'picker',
    title: 'Compare with',
    purpose: { kind: 'compare', with: [...entryIds] },
    options,
    list: START,
  };
}

/** The year's releases of the compared entries, newest first. */
export interface YearReleasesModel {
  title: string;
  rows: ReleaseRow[];
  window: ListPosition;
}

// At most this many releases a year per entry are listed.
const YEAR_LIMIT = 5000;

/** The releases of any of the entries in the year. */
export function yearReleasesModel(
  screen: YearReleasesScreen,
  env: ScreenEnvironment,
  previous?: { screen: YearReleasesScreen; model: YearReleasesModel },
): YearReleasesModel {
  const height = Math.max(1, listHeight(env.bodyHeight) - 1);
  if (previous && previous.screen.year === screen.year && previous.screen.entryIds.join() === screen.entryIds.join()) {
    return { ...previous.model, window: fitWindow(screen.list, previous.model.rows.length, height) };
  }
  const { catalog } = env;
  const ids = [
    ...new Set(
      screen.entryIds.flatMap((id) =>
        catalog.list({ entities: [id], year: screen.year }, 0, YEAR_LIMIT).map((row) => row.id),
      ),
    ),
  ];
  const rows = ids.length === 0 ? [] : catalog.list({ ids }, 0, ids.length);
  const names = screen.entryIds.map((id) => entryName(catalog.taxonomy.get(id), id));
  return { title: `${screen.year}: ${names.join(', ')}`, rows, window: fitWindow(screen.list, rows.length, height) };
}

/** Move, and Enter reads the release with [ and ] stepping through the year's list. */
export function yearReleasesKeys(
  screen: YearReleasesScreen,
  model: YearReleasesModel,
  { action }: ScreenKey,
  env: KeyEnvironment,
): KeyResult {
  const list = moveList(screen.list, action, model.rows.length, Math.max(1, listHeight(env.bodyHeight) - 1));
  if (list) return [{ type: 'replace', screen: { ...screen, list } }];
  const row = model.rows[screen.list.selected];
  if (action !== 'open' || !row) return [];
  const ids = model.rows.map((item) => item.id);
  return [{ type: 'push', screen: articleInList(ids, screen.list.selected) }];
}

/** The selected release. */
export function yearReleasesTargets(screen: YearReleasesScreen, model: YearReleasesModel): KeyTargets {
  const row = model.rows[screen.list.selected];
  return row ? { selected: { kind: 'release', id: row.id } } : {};
}
