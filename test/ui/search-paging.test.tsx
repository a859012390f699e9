import { describe, expect, it } from 'vitest';
import type { ReleaseHit, SearchResults } from '../../src/search/types.js';
import { initialNavigation, type NavigationState, navigate, START, topScreen } from '../../src/ui/navigation.js';
import {
  fetchMoreNearEnd,
  mayHaveMore,
  type SearchScreen,
  searchRequest,
  searchSummary,
  wantedReleases,
} from '../../src/ui/screens/search/model.js';
import { applySearchResults } from '../../src/ui/screens/search/results.js';

const hit = (index: number): ReleaseHit => ({
  row: {
    id: `r-${index}`,
    type: 'Press release',
    title: `Invented title ${index}`,
    date: { iso: null, precision: 'unknown', text: null },
    place: null,
    sources: [],
    fields: [],
    countries: [],
    summary: false,
  },
  titleHighlights: [],
  snippet: `snippet ${index}`,
  snippetHighlights: [],
});
const hits = (from: number, to: number): ReleaseHit[] =>
  Array.from({ length: to - from }, (_, index) => hit(from + index));
const page = (query: string, from: number, to: number, total = 120): SearchResults => ({
  query,
  entities: [],
  releases: hits(from, to),
  totalReleases: total,
  terms: [query],
});
const searchScreen = (query: string): SearchScreen => ({
  kind: 'search',
  id: 1,
  query,
  editing: false,
  recall: -1,
  list: START,
});
const top = (state: NavigationState): SearchScreen => topScreen(state) as SearchScreen;
const loadedIds = (state: NavigationState): string[] => top(state).results?.releases.map((found) => found.row.id) ?? [];

// The app asks for searchRequest(screen) and reports the results with the same offset and limit.
function fetched(state: NavigationState, total = 120): NavigationState {
  const request = searchRequest(top(state));
  const results = page(top(state).query, request.offset, Math.min(total, request.offset + request.limit), total);
  return applySearchResults(state, { type: 'search-results', screenId: 1, results, ...request });
}

describe('search screen pages', () => {
  it('asks only for the rows after those loaded and appends them, until a short page ends the list', () => {
    let state = initialNavigation([searchScreen('invented')]);
    expect(searchRequest(top(state))).toEqual({ offset: 0, limit: 50 });
    state = fetched(state);
    expect(loadedIds(state)).toEqual(hits(0, 50).map((found) => found.row.id));
    expect(mayHaveMore(top(state))).toBe(true);

    state = navigate(state, {
      type: 'replace',
      screen: fetchMoreNearEnd({ ...top(state), list: { selected: 49, scroll: 40 } }, 20, false),
    });
    const request = searchRequest(top(state));
    expect(request.offset).toBe(50);
    expect(request.offset + request.limit).toBe(wantedReleases(top(state)));
    state = fetched(state);
    expect(loadedIds(state)).toEqual(hits(0, 120).map((found) => found.row.id));
    expect(top(state).list.selected).toBe(49);
    expect(mayHaveMore(top(state))).toBe(false);
    expect(searchSummary(top(state), 0)).toBe('0 names · 120 releases');
  });

  it('drops a page that does not start right after the rows loaded, or belongs to another query', () => {
    let state = initialNavigation([searchScreen('invented')]);
    state = fetched(state);
    const before = top(state);
    state = applySearchResults(state, {
      type: 'search-results',
      screenId: 1,
      results: page('invented', 60, 110),
      offset: 60,
      limit: 50,
    });
    expect(top(state)).toBe(before);
    state = applySearchResults(state, {
      type: 'search-results',
      screenId: 1,
      results: page('invent', 50, 100),
      offset: 50,
      limit: 50,
    });
    expect(top(state)).toBe(before);
    // A new query starts over at the first page, whatever was loaded for the old one.
    state = navigate(state, { type: 'replace', screen: { ...top(state), query: 'invente', list: START } });
    expect(searchRequest(top(state))).toEqual({ offset: 0, limit: 50 });
  });

  it('follows the end page by page when G was pressed', () => {
    let state = initialNavigation([searchScreen('invented')]);
    state = fetched(state, 400);
    state = navigate(state, { type: 'replace', screen: fetchMoreNearEnd(top(state), 20, true) });
    for (let step = 0; step < 10 && top(state).followEnd; step += 1) state = fetched(state, 400);
    expect(loadedIds(state)).toHaveLength(400);
    expect(loadedIds(state).at(-1)).toBe('r-399');
    expect(top(state).list.selected).toBe(399);
  });
});
