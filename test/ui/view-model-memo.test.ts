import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/catalog/types.js';
import { type Screen, START } from '../../src/ui/navigation.js';
import { createModelMemo } from '../../src/ui/screens/model-memo.js';
import type { ScreenEnvironment } from '../../src/ui/screens/screen-definition.js';
import { catalogWith, LAKEVILLE, openWorldCatalog } from './world-catalog.js';

/** A catalog that counts the calls of the methods a page's view model uses. */
async function countingCatalog(): Promise<{ catalog: Catalog; calls: { perYear: number; list: number; get: number } }> {
  const real = await openWorldCatalog();
  const calls = { perYear: 0, list: 0, get: 0 };
  const catalog: Catalog = catalogWith(real, {
    perYear: (filter) => {
      calls.perYear++;
      return real.perYear(filter);
    },
    list: (filter, offset, limit) => {
      calls.list++;
      return real.list(filter, offset, limit);
    },
    get: (id) => {
      calls.get++;
      return real.get(id);
    },
  });
  return { catalog, calls };
}

// The app hands in the state's own list of recent queries, the same array until a query is added.
const NO_QUERIES: readonly string[] = [];
const environment = (catalog: Catalog, columns = 80): ScreenEnvironment => ({
  catalog,
  columns,
  bodyHeight: 20,
  recentQueries: NO_QUERIES,
  colourForcedOff: false,
});

describe('view models', () => {
  it('are computed once per screen state, however often the view, the keys and the status bar ask', async () => {
    const { catalog, calls } = await countingCatalog();
    const memo = createModelMemo();
    const page: Screen = { kind: 'entity', entryId: 'state:ruritania', filters: {}, list: START };
    const env = environment(catalog);
    const first = memo.modelOf(page, env);
    expect(memo.modelOf(page, environment(catalog))).toBe(first);
    expect(calls).toMatchObject({ perYear: 1, list: 1 });
  });

  it('keep an entity page header while only the selection moves, and lay it out again for new filters', async () => {
    const { catalog, calls } = await countingCatalog();
    const memo = createModelMemo();
    const page = { kind: 'entity', entryId: 'state:ruritania', filters: {}, list: START } as const;
    memo.modelOf(page, environment(catalog));
    memo.modelOf({ ...page, list: { selected: 1, scroll: 0 } }, environment(catalog));
    expect(calls).toMatchObject({ perYear: 1, list: 2 });
    memo.modelOf({ ...page, filters: { year: 2017 } }, environment(catalog));
    expect(calls.perYear).toBe(2);
  });

  it('keep an article laid out while it scrolls, and lay it out again at another width', async () => {
    const { catalog, calls } = await countingCatalog();
    const memo = createModelMemo();
    const article = { kind: 'article', releaseId: LAKEVILLE, scroll: 0 } as const;
    const at80 = memo.modelOf(article, environment(catalog)) as { lines: unknown[] };
    const scrolled = memo.modelOf({ ...article, scroll: 3 }, environment(catalog)) as {
      lines: unknown[];
      scroll: number;
    };
    expect(scrolled.lines).toBe(at80.lines);
    expect(scrolled.scroll).toBe(3);
    expect(calls.get).toBe(1);
    const at40 = memo.modelOf({ ...article, scroll: 3 }, environment(catalog, 40)) as { lines: unknown[] };
    expect(at40.lines).not.toBe(at80.lines);
    expect(calls.get).toBe(2);
  });
});
