import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type BundleWatcher, type CatalogFeed, watchBundle } from '../../src/catalog/bundle-watcher.js';
import { openCatalog } from '../../src/catalog/open-catalog.js';
import type { Catalog } from '../../src/catalog/types.js';
import { App } from '../../src/ui/app.js';
import { MONO_THEME } from '../../src/ui/theme.js';
import { WORLD_RELEASES } from '../world/world.js';
import { makeTempBundle } from '../world/world-bundle.js';
import { ENTER } from './keys.js';
import { cleanupSized, renderSized } from './render-app.js';
import { openWorldCatalog } from './world-catalog.js';

afterEach(cleanupSized);

/** A feed the test pushes catalogs into. */
function manualFeed(): CatalogFeed & { push(catalog: Catalog, notice?: string): void; pokes: number } {
  const listeners = new Set<(catalog: Catalog, notice: string | undefined) => void>();
  return {
    pokes: 0,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    poke() {
      this.pokes += 1;
    },
    push(catalog, notice) {
      for (const listener of listeners) listener(catalog, notice);
    },
  };
}

describe('the browser when the bundle changes under it', () => {
  it('shows the newer catalog in place, says what changed, and asks for a check on each screen change', async () => {
    const feed = manualFeed();
    const app = renderSized(<App catalog={await openWorldCatalog()} theme={MONO_THEME} catalogFeed={feed} />, 80, 24);
    expect(app.lastFrame()).toMatch(/> Latest releases\s+277/);
    const pokesAtStart = feed.pokes;
    feed.push(await openWorldCatalog({ fillers: 252 }), 'Bundle updated: 12 new releases');
    await vi.waitFor(() => expect(app.lastFrame()).toMatch(/> Latest releases\s+289/));
    expect(app.lastFrame()).toContain('Bundle updated: 12 new releases');
    app.stdin.write(ENTER);
    await vi.waitFor(() => expect(app.lastFrame()).toMatch(/^Home › Latest/));
    expect(app.lastFrame()).not.toContain('Bundle updated');
    await vi.waitFor(() => expect(feed.pokes).toBeGreaterThan(pokesAtStart));
  });
});

describe('watchBundle with the browser open', () => {
  let temp: ReturnType<typeof makeTempBundle>;
  let watcher: BundleWatcher | undefined;

  beforeEach(() => {
    temp = makeTempBundle();
  });

  afterEach(() => {
    watcher?.stop();
    rmSync(temp.root, { recursive: true, force: true });
  });

  async function openBrowser() {
    const catalog = await openCatalog(temp.bundleDir, { cacheDir: temp.cacheDir });
    // A long interval: the test checks by hand, so nothing races it.
    watcher = watchBundle(temp.bundleDir, catalog, { cacheDir: temp.cacheDir, intervalMs: 60_000 });
    const app = renderSized(<App catalog={catalog} theme={MONO_THEME} catalogFeed={watcher} />, 80, 24);
    expect(app.lastFrame()).toMatch(/> Latest releases\s+37/);
    return { app, watcher };
  }

  it('counts an import that lands while it is open', async () => {
    const { app, watcher } = await openBrowser();
    mkdirSync(join(temp.bundleDir, 'releases'));
    const added = [1, 2, 3].map((n) => ({ ...WORLD_RELEASES[0]!, id: `added-${n}`, title: `Added release ${n}` }));
    writeFileSync(
      join(temp.bundleDir, 'releases', '000001.jsonl'),
      added.map((release) => `${JSON.stringify(release)}\n`).join(''),
    );
    await watcher.check();
    await vi.waitFor(() => expect(app.lastFrame()).toMatch(/> Latest releases\s+40/));
    expect(app.lastFrame()).toContain('Bundle updated: 3 new releases');
  });

  it('survives a bundle that shrinks in place, then one that vanishes, with one notice each', async () => {
    const { app, watcher } = await openBrowser();
    writeFileSync(
      join(temp.bundleDir, 'releases.jsonl'),
      WORLD_RELEASES.slice(0, 4)
        .map((release) => `${JSON.stringify(release)}\n`)
        .join(''),
    );
    await watcher.check();
    await vi.waitFor(() => expect(app.lastFrame()).toMatch(/> Latest releases\s+4/));
    expect(app.lastFrame()).toContain('Bundle changed on disk: now 4 releases (33 fewer)');

    rmSync(temp.bundleDir, { recursive: true });
    await watcher.check();
    await vi.waitFor(() => expect(app.lastFrame()).toContain('the bundle changed and cannot be read now'));
    const frames = app.stdout.frames.length;
    await watcher.check();
    expect(app.stdout.frames.length).toBe(frames);
    expect(app.lastFrame()).toMatch(/> Latest releases\s+4/);
  });
});
