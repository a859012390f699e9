import { wrapText } from '../../../article/wrap-text.js';
import type { RelationType, TaxonomyEntry } from '../../../bundle/types.js';
import type { Catalog, ReleaseFilter, ReleaseRow } from '../../../catalog/types.js';
import { countUnreadReleases } from '../../../state/unread-count.js';
import { drawYearChart, type YearChart } from '../../../text/bar-chart.js';
import { cellWidth, truncateCells } from '../../../text/cell-text.js';
import { formatCount } from '../../../text/format-count.js';
import { entryName, kindLabel, oneLine } from '../../../text/labels.js';
import { fitWindow, positionLabel } from '../../layout/virtual-window.js';
import type { ListPosition } from '../list-position.js';
import type { KeyTargets, ScreenEnvironment } from '../screen-definition.js';
import { entityFilter } from './entity-filter.js';
import type { EntityFilters, EntityScreen } from './state.js';

/** Everything an entity page shows, laid out for a size. */
export interface EntityLayout {
  entry: TaxonomyEntry;
  title: string;
  info: string[];
  chart: YearChart | null;
  filterLine: string;
  /** Releases of the entry under no filter. */
  entityTotal: number;
  /** Releases under the current filters. */
  total: number;
  filter: ReleaseFilter;
  /** Release rows that fit under the header. */
  listHeight: number;
  list: ListPosition;
}

const RELATION_LABELS: Record<RelationType, string> = {
  'field-operation-in': 'Works in',
  'hosts-field-operation': 'OSCE field operation',
  chaired: 'Chairpersonship',
  'chaired-by': 'Chaired by',
  'partner-group': 'Partner group',
  'part-of': 'Part of',
  related: 'Related',
};

/** Lays out an entity page; undefined when the entry is not in the taxonomy. */
export function layoutEntity(
  catalog: Catalog,
  screen: { entryId: string; filters: EntityFilters; list: ListPosition },
  columns: number,
  bodyHeight: number,
): EntityLayout | undefined {
  const layout = computeLayout(catalog, screen.entryId, screen.filters, columns, bodyHeight);
  return layout && { ...layout, list: fitWindow(screen.list, layout.total, layout.listHeight) };
}

/** An entity page as shown: its layout, the visible release rows and the reader's marks. */
export interface EntityModel extends EntityLayout {
  /** The release rows of the visible window, from `list.scroll`. */
  rows: ReleaseRow[];
  /** Unread releases under the filters; undefined without the reader's state. */
  unread?: number;
  bookmarked: boolean;
}

/**
 * The entity page at the body's size. The header (facts, chart, counts) costs a few queries: when
 * only the selection moved since `previous`, it is kept and only the visible rows are fetched.
 */
export function entityModel(
  screen: EntityScreen,
  env: ScreenEnvironment,
  previous?: { screen: EntityScreen; model: EntityModel | undefined },
): EntityModel | undefined {
  const { catalog, user } = env;
  const last = previous?.model;
  const samePage =
    last !== undefined &&
    previous!.screen.entryId === screen.entryId &&
    JSON.stringify(previous!.screen.filters) === JSON.stringify(screen.filters);
  const page = samePage ? last : computeLayout(catalog, screen.entryId, screen.filters, env.columns, env.bodyHeight);
  if (!page) return undefined;
  const list = fitWindow(screen.list, page.total, page.listHeight);
  const rows = page.entityTotal > 0 && page.total > 0 ? catalog.list(page.filter, list.scroll, page.listHeight) : [];
  const unread = samePage ? last.unread : user ? countUnreadReleases(catalog, page.filter, user.readIds) : undefined;
  return {
    entry: page.entry,
    title: page.title,
    info: page.info,
    chart: page.chart,
    filterLine: page.filterLine,
    entityTotal: page.entityTotal,
    total: page.total,
    filter: page.filter,
    listHeight: page.listHeight,
    list,
    rows,
    unread,
    bookmarked: user?.bookmarked.has(`entity:${screen.entryId}`) ?? false,
  };
}

/** "★ 120/662": the mark of a bookmarked page, then the selected release over the releases. */
export function entityPosition(_screen: EntityScreen, model: EntityModel | undefined): string {
  if (!model) return '';
  return (model.bookmarked ? '★ ' : '') + (model.total > 0 ? positionLabel(model.list.selected, model.total) : '');
}

/** The selected release; the page itself for M (and for m when it lists no release). */
export function entityTargets(screen: EntityScreen, model: EntityModel | undefined): KeyTargets {
  if (!model) return {};
  const row = model.total > 0 ? model.rows[model.list.selected - model.list.scroll] : undefined;
  return { selected: row ? { kind: 'release', id: row.id } : undefined, page: { kind: 'entity', id: screen.entryId } };
}

function computeLayout(
  catalog: Catalog,
  entryId: string,
  filters: EntityFilters,
  columns: number,
  bodyHeight: number,
): Omit<EntityLayout, 'list'> | undefined {
  const entry = catalog.taxonomy.get(entryId);
  if (!entry) return undefined;
  const roomy = bodyHeight >= 16;
  const filter = entityFilter(entry.id, filters, catalog);
  const entityTotal = catalog.entityCount(entry.id);
  const total = catalog.count(filter);
  // The chart follows type and refinement but not the year, so the chosen year stays in context.
  const chartFilter = entityFilter(entry.id, { ...filters, year: undefined }, catalog);
  const chart = entityTotal > 0 ? drawYearChart(catalog.perYear(chartFilter), columns - 2, roomy ? 2 : 1) : null;
  // Title, chart with its axis, the filter line and the table's column header.
  const fixed = 1 + (chart ? chart.rows.length + 1 : 0) + 2;
  // Without releases the whole page is free for the facts (the Chairpersonship's list of chairs);
  // with a few, the lines their list leaves empty are (counted unfiltered, so filtering does not
  // move the page about).
  const infoLines =
    entityTotal === 0 ? Math.max(1, bodyHeight - 3) : Math.max(roomy ? 3 : 1, bodyHeight - fixed - entityTotal);
  const info = packItems(entityFacts(catalog, entry), columns, infoLines);
  const used = fixed + info.length;
  return {
    entry,
    title:
      entryName(entry) === kindLabel(entry.kind) ? entryName(entry) : `${entryName(entry)} · ${kindLabel(entry.kind)}`,
    info,
    chart,
    filterLine: filterLine(filters, total, entityTotal, columns),
    entityTotal,
    total,
    filter,
    listHeight: Math.max(1, bodyHeight - used),
  };
}

/** The facts of an entry as short "Label: value" items, description first. */
export function entityFacts(catalog: Catalog, entry: TaxonomyEntry): string[] {
  const items: string[] = [];
  const description = oneLine(entry.description);
  if (description) items.push(description);
  for (const [key, value] of Object.entries(entry.facts)) {
    items.push(`${capitalise(oneLine(key))}: ${oneLine(value)}`);
  }
  // One item per relation type; the Chairpersonship lists its latest chairs first.
  const byType = new Map<RelationType, { name: string; years: number[] }[]>();
  for (const relation of entry.relations) {
    const target = catalog.taxonomy.get(relation.target);
    if (!target) continue;
    if (relation.type === 'chaired' && entry.facts.chairpersonship) continue;
    const list = byType.get(relation.type) ?? [];
    // As `osce-tui lookup` says it: a State's operation that has ended reads "(closed)".
    const status = relation.type === 'hosts-field-operation' ? oneLine(target.facts.status ?? '') : '';
    list.push({ name: status ? `${entryName(target)} (${status})` : entryName(target), years: relation.years ?? [] });
    byType.set(relation.type, list);
  }
  for (const [type, targets] of byType) {
    const latest = (t: { years: number[] }): number => Math.max(0, ...t.years);
    const ordered = type === 'chaired-by' ? [...targets].sort((a, b) => latest(b) - latest(a)) : targets;
    const text = ordered.map((t) =>
      type === 'chaired' ? t.years.join(', ') : `${t.name}${t.years.length ? ` ${t.years.join(', ')}` : ''}`,
    );
    items.push(`${RELATION_LABELS[type]}: ${text.join('; ')}`);
  }
  if (entry.aliases.length > 0) items.push(`Also: ${entry.aliases.map((a) => oneLine(a)).join(', ')}`);
  const parent = entry.parent ? catalog.taxonomy.get(entry.parent) : undefined;
  if (parent && items.length === 0) items.push(`In ${entryName(parent)}`);
  return items;
}

/**
 * Packs items into at most `maxLines` lines of `width` cells, joined by " · "; an item too long
 * for a line of its own is wrapped. A cut is marked with "…".
 */
export function packItems(items: readonly string[], width: number, maxLines: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const item of items) {
    const candidate = current === '' ? item : `${current} · ${item}`;
    if (cellWidth(candidate) <= width) {
      current = candidate;
      continue;
    }
    if (current !== '') lines.push(current);
    const wrapped = wrapText(item, width);
    lines.push(...wrapped.slice(0, -1));
    current = wrapped[wrapped.length - 1] ?? '';
  }
  if (current !== '') lines.push(current);
  const kept = lines.slice(0, maxLines).map((line) => truncateCells(line, width));
  if (lines.length > maxLines && kept.length > 0) {
    kept[kept.length - 1] = truncateCells(`${kept[kept.length - 1]!} …`, width);
  }
  return kept;
}

/** The filter line: every filter spelled out when it fits, else only the ones that are set. */
function filterLine(filters: EntityFilters, total: number, entityTotal: number, width: number): string {
  const counts = `${formatCount(total)} of ${formatCount(entityTotal)}`;
  const year = filters.year === undefined ? undefined : filters.year === 'undated' ? 'Undated' : String(filters.year);
  const type = filters.type === undefined ? undefined : oneLine(filters.type);
  const refine = filters.refine ? oneLine(filters.refine.label) : undefined;
  const full = [`Year: ${year ?? 'all'}`, `Type: ${type ?? 'all'}`, `With: ${refine ?? 'any'}`, counts].join(' · ');
  if (cellWidth(full) <= width) return full;
  const set = [year, type, refine].filter((part): part is string => part !== undefined);
  return truncateCells([...(set.length > 0 ? set : ['All releases']), counts].join(' · '), width);
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
