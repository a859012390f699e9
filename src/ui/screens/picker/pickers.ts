import type { Catalog, Facet, ReleaseFilter } from '../../../catalog/types.js';
import { entryName, kindLabel, oneLine } from '../../../text/labels.js';
import { entityFilter, undatedCount } from '../entity/entity-filter.js';
import type { EntityFilters } from '../entity/state.js';
import { START } from '../list-position.js';
import type { PickerOption, PickerPurpose, PickerScreen } from './state.js';

const UNDATED = 'undated';

const REFINE_FACETS: { facet: Facet; label: string }[] = [
  { facet: 'field', label: 'Field' },
  { facet: 'country', label: 'Country' },
  { facet: 'source', label: 'Source' },
];

/** The year picker of an entity page, with live counts under the other filters; undated releases come last. */
export function yearPicker(catalog: Catalog, entryId: string, filters: EntityFilters): PickerScreen {
  const base = entityFilter(entryId, { ...filters, year: undefined }, catalog);
  const undated = undatedCount(catalog, base);
  const options: PickerOption[] = [
    { key: '', label: 'All years', count: catalog.count(base) },
    ...catalog
      .facet(base, 'year')
      .sort((a, b) => Number(b.key) - Number(a.key))
      .map((f) => ({ key: f.key, label: oneLine(f.label), count: f.count })),
    ...(undated > 0 ? [{ key: UNDATED, label: 'Undated', count: undated }] : []),
  ];
  return picker(
    'Filter by year',
    { kind: 'filter-year' },
    options,
    filters.year === undefined ? '' : String(filters.year),
  );
}

/** The content-type picker of an entity page. */
export function typePicker(catalog: Catalog, entryId: string, filters: EntityFilters): PickerScreen {
  const base = entityFilter(entryId, { ...filters, type: undefined }, catalog);
  const options: PickerOption[] = [
    { key: '', label: 'All types', count: catalog.count(base) },
    ...catalog.facet(base, 'type').map((f) => ({ key: f.key, label: oneLine(f.label), count: f.count })),
  ];
  return picker('Filter by type', { kind: 'filter-type' }, options, filters.type ?? '');
}

/** The second-facet picker: fields, countries and sources that co-occur, with counts. */
export function refinePicker(catalog: Catalog, entryId: string, filters: EntityFilters): PickerScreen {
  const base: ReleaseFilter = entityFilter(entryId, { ...filters, refine: undefined }, catalog);
  const excluded = new Set([entryId, ...catalog.taxonomy.ancestors(entryId).map((e) => e.id)]);
  const options: PickerOption[] = [{ key: '', label: 'Any', count: catalog.count(base) }];
  for (const { facet, label } of REFINE_FACETS) {
    for (const value of catalog.facet(base, facet)) {
      if (excluded.has(value.key) || value.count === 0) continue;
      options.push({ key: `${facet}|${value.key}`, label: `${label}: ${oneLine(value.label)}`, count: value.count });
    }
  }
  return picker(
    'Refine by',
    { kind: 'refine' },
    options,
    filters.refine ? `${filters.refine.facet}|${filters.refine.key}` : '',
  );
}

/** The entities a release mentions or concerns, to open one; undefined when there are none. */
export function mentionsPicker(catalog: Catalog, ids: readonly string[]): PickerScreen | undefined {
  const options = entityOptions(catalog, ids);
  return options.length > 0 ? picker('Mentioned in this release', { kind: 'open-entity' }, options, '') : undefined;
}

/** A choice between several entries (an ambiguous `open NAME`); the choice opens like `open` would. */
export function entityChoice(catalog: Catalog, title: string, ids: readonly string[]): PickerScreen {
  return picker(title, { kind: 'start-at-entity' }, entityOptions(catalog, ids), '');
}

function entityOptions(catalog: Catalog, ids: readonly string[]): PickerOption[] {
  const options: PickerOption[] = [];
  for (const id of new Set(ids)) {
    const entry = catalog.taxonomy.get(id);
    if (!entry) continue;
    options.push({ key: id, label: `${entryName(entry)} (${kindLabel(entry.kind)})`, count: catalog.entityCount(id) });
  }
  return options;
}

/** Applies a picker choice to the entity filters it was opened for. */
export function applyChoice(filters: EntityFilters, purpose: PickerPurpose, option: PickerOption): EntityFilters {
  const next = { ...filters };
  if (purpose.kind === 'filter-year') {
    if (option.key === '') delete next.year;
    else next.year = option.key === UNDATED ? UNDATED : Number(option.key);
  } else if (purpose.kind === 'filter-type') {
    if (option.key === '') delete next.type;
    else next.type = option.key;
  } else if (purpose.kind === 'refine') {
    const [facet, key] = option.key.split('|') as [Facet, string | undefined];
    if (!key) delete next.refine;
    else next.refine = { facet, key, label: option.label.replace(/^[^:]*: /, '') };
  }
  return next;
}

function picker(title: string, purpose: PickerPurpose, options: PickerOption[], current: string): PickerScreen {
  const selected = Math.max(
    0,
    options.findIndex((o) => o.key === current),
  );
  return { kind: 'picker', title, purpose, options, list: { ...START, selected } };
}
