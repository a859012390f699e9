import { afterEach, describe, expect, it, vi } from 'vitest';
import { type Screen, START } from '../../src/ui/navigation.js';
import { createResumeSaver } from '../../src/ui/resume-saver.js';
import { resumeStack, stackSnapshot } from '../../src/ui/resume-stack.js';
import { LAKEVILLE, openWorldCatalog } from './world-catalog.js';

const catalog = await openWorldCatalog({ fillers: 5 });
const home: Screen = { kind: 'home', list: { selected: 3, scroll: 0 } };

describe('resume snapshot', () => {
  it('round-trips a stack of every kind, without search results, prompts or pickers', () => {
    const stack: Screen[] = [
      home,
      {
        kind: 'entity',
        entryId: 'state:ruritania',
        filters: { year: 2023, refine: { facet: 'field', key: 'field:elections', label: 'Elections' } },
        list: { selected: 1, scroll: 0 },
      },
      {
        kind: 'search',
        id: 7,
        query: 'lake',
        editing: false,
        recall: 2,
        list: START,
        results: { query: 'lake', entities: [], releases: [], totalReleases: 0, terms: [] },
      },
      {
        kind: 'article',
        releaseId: LAKEVILLE,
        scroll: 12,
        prompt: 'harb',
        find: { terms: ['lake'], match: 1 },
        origin: { kind: 'ids', ids: [LAKEVILLE], index: 0 },
      },
      { kind: 'picker', title: 'Filter by year', purpose: { kind: 'filter-year' }, options: [], list: START },
      { kind: 'help', scroll: 0 },
    ];
    const back = resumeStack(JSON.parse(JSON.stringify(stackSnapshot(stack))), catalog)!;
    expect(back.map((s) => s.kind)).toEqual(['home', 'entity', 'search', 'article']);
    expect(back[2]).toMatchObject({ kind: 'search', query: 'lake', editing: false, recall: -1 });
    expect(back[2]).not.toHaveProperty('results');
    expect((back[2] as { id: number }).id).toBeLessThan(0);
    expect(back[3]).toEqual({
      kind: 'article',
      releaseId: LAKEVILLE,
      scroll: 12,
      find: { terms: ['lake'], match: 1 },
      origin: { kind: 'ids', ids: [LAKEVILLE], index: 0 },
    });
  });

  it('gives Home (undefined) for a vanished release or entry, another version, or a mangled snapshot', () => {
    const snapshot = (stack: unknown[]) => ({ version: 1, stack: [home, ...stack] });
    expect(resumeStack(snapshot([{ kind: 'article', releaseId: 'gone', scroll: 0 }]), catalog)).toBeUndefined();
    expect(
      resumeStack(snapshot([{ kind: 'entity', entryId: 'state:atlantis', filters: {}, list: START }]), catalog),
    ).toBeUndefined();
    expect(resumeStack(snapshot([{ kind: 'latest', list: { selected: -1, scroll: 0 } }]), catalog)).toBeUndefined();
    expect(resumeStack(snapshot([{ kind: 'nonsense' }]), catalog)).toBeUndefined();
    expect(resumeStack({ version: 2, stack: [home] }, catalog)).toBeUndefined();
    expect(resumeStack({ version: 1, stack: [{ kind: 'latest', list: START }] }, catalog)).toBeUndefined();
    expect(resumeStack('home', catalog)).toBeUndefined();
  });
});

describe('resume saver', () => {
  afterEach(() => vi.useRealTimers());

  it('saves the last stack once keys pause, at least every few seconds in a burst, and on flush', () => {
    vi.useFakeTimers();
    const saved: unknown[] = [];
    const saver = createResumeSaver({ saveResume: (snapshot) => saved.push(snapshot) }, 500, 2000);
    const at = (scroll: number): Screen[] => [home, { kind: 'article', releaseId: LAKEVILLE, scroll }];
    for (let scroll = 0; scroll < 10; scroll++) {
      saver.schedule(at(scroll));
      vi.advanceTimersByTime(100);
    }
    expect(saved).toEqual([]);
    vi.advanceTimersByTime(500);
    expect(saved).toEqual([stackSnapshot(at(9))]);
    // A long burst still saves every 2 s.
    for (let scroll = 10; scroll < 35; scroll++) {
      saver.schedule(at(scroll));
      vi.advanceTimersByTime(100);
    }
    expect(saved.length).toBe(2);
    saver.schedule(at(99));
    saver.flush();
    expect(saved[saved.length - 1]).toEqual(stackSnapshot(at(99)));
    saver.flush();
    expect(saved.length).toBe(3);
  });
});
