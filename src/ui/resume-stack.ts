import type { Catalog, ReleaseFilter } from '../catalog/types.js';
import type { JsonValue } from '../state/state-data.js';
import type { UserStore } from './user-store.js';
import { scrollAnchor, withScrollAnchor } from './screens/article-model.js';
import { START, type EntityFilters, type ListPosition, type ReleaseOrigin, type Screen } from './navigation.js';

/** Version of the stored snapshot; another version starts at Home. */
const SNAPSHOT_VERSION = 1;

/**
 * The screen stack as saved for resuming: plain JSON, without search results (they are searched
 * again), half-typed prompts or pickers (their options are counts of the moment).
 */
export function stackSnapshot(stack: readonly Screen[]): JsonValue {
  const kept: object[] = [];
  for (const screen of stack) {
    if (screen.kind === 'picker') break;
    if (screen.kind === 'search') {
      const { results: _results, openWhenReady: _open, fetched: _fetched, followEnd: _follow, ...rest } = screen;
      kept.push({ ...rest, editing: rest.query === '' ? true : rest.editing, recall: -1 });
    } else if (screen.kind === 'article') {
      const { prompt: _prompt, ...rest } = screen;
      // The line number counts lines at this terminal's width; the place (block, characters
      // before) finds the same text at any width. Both are kept: older versions read the line.
      const place = scrollAnchor(screen);
      kept.push(place ? { ...rest, place: [place[0], place[1]] } : rest);
    } else {
      kept.push(screen);
    }
  }
  return JSON.parse(JSON.stringify({ version: SNAPSHOT_VERSION, stack: kept })) as JsonValue;
}

/**
 * The stack to reopen from a stored snapshot, checked against the bundle now loaded: undefined
 * (start at Home) when the snapshot is malformed or any release or entry on it is gone.
 */
export function resumeStack(snapshot: unknown, catalog: Catalog): Screen[] | undefined {
  if (!isObject(snapshot) || snapshot.version !== SNAPSHOT_VERSION || !Array.isArray(snapshot.stack)) return undefined;
  const stack: Screen[] = [];
  let searchId = 0;
  for (const raw of snapshot.stack) {
    const screen = readScreen(raw, catalog, () => --searchId);
    if (!screen) return undefined;
    stack.push(screen);
  }
  return stack[0]?.kind === 'home' ? stack : undefined;
}

/**
 * The stack the browser starts with: where the reader left, checked against this bundle; Home
 * (an empty stack) with `--home`, or when nothing fitting was saved.
 */
export function resumeOrHome(catalog: Catalog, user: Pick<UserStore, 'loadResume'>, home = false): Screen[] {
  if (home) return [];
  return user.loadResume((snapshot) => resumeStack(snapshot, catalog)) ?? [];
}

function readScreen(raw: unknown, catalog: Catalog, nextSearchId: () => number): Screen | undefined {
  if (!isObject(raw)) return undefined;
  const list = readList(raw.list);
  switch (raw.kind) {
    case 'home':
    case 'latest':
    case 'settings':
      return list ? { kind: raw.kind, list } : undefined;
    case 'menu':
      return list && isEntry(raw.entryId, catalog) ? { kind: 'menu', entryId: raw.entryId, list } : undefined;
    case 'entity': {
      const filters = readFilters(raw.filters, catalog);
      return list && filters && isEntry(raw.entryId, catalog) ? { kind: 'entity', entryId: raw.entryId, filters, list } : undefined;
    }
    case 'article': {
      if (typeof raw.releaseId !== 'string' || !catalog.get(raw.releaseId) || !isCount(raw.scroll)) return undefined;
      const screen: Extract<Screen, { kind: 'article' }> = { kind: 'article', releaseId: raw.releaseId, scroll: raw.scroll };
      const origin = readOrigin(raw.origin);
      if (origin) screen.origin = origin;
      if (isObject(raw.find) && isStrings(raw.find.terms) && isCount(raw.find.match)) screen.find = { terms: raw.find.terms, match: raw.find.match };
      // Snapshots saved before the place was kept reopen at their line number.
      const place = raw.place;
      return Array.isArray(place) && place.length === 2 && isCount(place[0]) && isCount(place[1]) ? withScrollAnchor(screen, [place[0], place[1]]) : screen;
    }
    case 'help':
      return isCount(raw.scroll) ? { kind: 'help', scroll: raw.scroll } : undefined;
    case 'search':
      if (typeof raw.query !== 'string' || !list) return undefined;
      // Stored ids belong to the last run; resumed searches get ids that new ones never take.
      return {
        kind: 'search',
        id: nextSearchId(),
        query: raw.query,
        editing: raw.editing === true,
        recall: -1,
        list,
        // As many rows as were loaded when the reader left, so the selection is there again.
        ...(isCount(raw.limit) && raw.limit > 0 ? { limit: raw.limit } : {}),
      };
    case 'saved':
      return list && (raw.which === 'bookmarks' || raw.which === 'recent' || raw.which === 'synced') ? { kind: 'saved', which: raw.which, list } : undefined;
    default:
      return undefined;
  }
}

function readList(raw: unknown): ListPosition | undefined {
  if (raw === undefined) return START;
  return isObject(raw) && isCount(raw.selected) && isCount(raw.scroll) ? { selected: raw.selected, scroll: raw.scroll } : undefined;
}

function readFilters(raw: unknown, catalog: Catalog): EntityFilters | undefined {
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

// `[` and `]` are a convenience: an origin that does not check out is dropped, not fatal.
function readOrigin(raw: unknown): ReleaseOrigin | undefined {
  if (!isObject(raw) || !isCount(raw.index)) return undefined;
  if (raw.kind === 'ids' && isStrings(raw.ids)) return { kind: 'ids', ids: raw.ids, index: raw.index };
  if (raw.kind === 'filter' && isObject(raw.filter)) return { kind: 'filter', filter: raw.filter as ReleaseFilter, index: raw.index };
  return undefined;
}

function isEntry(id: unknown, catalog: Catalog): id is string {
  return typeof id === 'string' && catalog.taxonomy.get(id) !== undefined;
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

function isStrings(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
