import { describe, expect, it } from 'vitest';
import type { SearchResults } from '../../src/search/types.js';
import { initialNavigation, navigate, type Screen, START, topScreen } from '../../src/ui/navigation.js';
import { applySearchResults } from '../../src/ui/screens/search/results.js';

const menu = (entryId: string, selected = 0): Screen => ({ kind: 'menu', entryId, list: { selected, scroll: 0 } });
const search = (id: number, query: string): Screen => ({
  kind: 'search',
  id,
  query,
  editing: true,
  recall: -1,
  list: START,
});
const results = (query: string, extra: Partial<SearchResults> = {}): SearchResults => ({
  query,
  entities: [],
  releases: [],
  totalReleases: 0,
  terms: [query],
  ...extra,
});

describe('navigate', () => {
  it('starts at Home and pushes, replaces and pops screens, keeping the state of those below', () => {
    let state = initialNavigation();
    expect(topScreen(state).kind).toBe('home');
    state = navigate(state, { type: 'push', screen: menu('section:countries', 3) });
    state = navigate(state, { type: 'push', screen: menu('group:participating-states') });
    state = navigate(state, { type: 'replace', screen: menu('group:participating-states', 5) });
    expect(topScreen(state)).toEqual(menu('group:participating-states', 5));
    state = navigate(state, { type: 'pop' });
    expect(topScreen(state)).toEqual(menu('section:countries', 3));
  });

  it('never pops Home; back-or-quit quits only at Home', () => {
    const home = initialNavigation();
    expect(navigate(home, { type: 'pop' })).toBe(home);
    expect(navigate(home, { type: 'back-or-quit' }).quit).toBe(true);
    const deeper = navigate(home, { type: 'push', screen: menu('x') });
    const back = navigate(deeper, { type: 'back-or-quit' });
    expect(back.quit).toBe(false);
    expect(back.stack).toHaveLength(1);
  });

  it('pop-and-update applies a picker choice to the screen below it', () => {
    let state = initialNavigation([{ kind: 'entity', entryId: 'state:ruritania', filters: {}, list: START }]);
    state = navigate(state, {
      type: 'push',
      screen: { kind: 'picker', title: 'Year', purpose: { kind: 'filter-year' }, options: [], list: START },
    });
    state = navigate(state, {
      type: 'pop-and-update',
      screen: { kind: 'entity', entryId: 'state:ruritania', filters: { year: 2017 }, list: START },
    });
    expect(state.stack.map((s) => s.kind)).toEqual(['home', 'entity']);
    expect(topScreen(state)).toMatchObject({ filters: { year: 2017 } });
  });

  it('keeps search results only for the latest query of the right screen', () => {
    let state = initialNavigation([search(1, 'ital')]);
    state = applySearchResults(state, { type: 'search-results', screenId: 1, results: results('ita') });
    expect(topScreen(state)).not.toHaveProperty('results');
    state = applySearchResults(state, { type: 'search-results', screenId: 2, results: results('ital') });
    expect(topScreen(state)).not.toHaveProperty('results');
    state = applySearchResults(state, {
      type: 'search-results',
      screenId: 1,
      results: results('ital', { superseded: true }),
    });
    expect(topScreen(state)).not.toHaveProperty('results');
    state = applySearchResults(state, { type: 'search-results', screenId: 1, results: results('ital') });
    expect(topScreen(state)).toMatchObject({ results: { query: 'ital' } });
  });

  it('remembers recent queries newest first, without duplicates or blanks', () => {
    let state = initialNavigation();
    for (const query of ['ruritania', 'ofia', ' ', 'ruritania'])
      state = navigate(state, { type: 'remember-query', query });
    expect(state.recentQueries).toEqual(['ruritania', 'ofia']);
  });

  it('accepts a whole stack to start from, adding Home when missing', () => {
    expect(initialNavigation([menu('a')]).stack.map((s) => s.kind)).toEqual(['home', 'menu']);
    const full: Screen[] = [{ kind: 'home', list: { selected: 3, scroll: 0 } }, menu('a')];
    expect(initialNavigation(full).stack).toEqual(full);
  });
});
