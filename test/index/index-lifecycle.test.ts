import {
  existsSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bundleNoticeText } from '../../src/catalog/bundle-problems.js';
import { openCatalog } from '../../src/catalog/open-catalog.js';
import { indexFileFor, resolveCacheDir } from '../../src/index/cache-location.js';
import { openIndex } from '../../src/index/open-index.js';
import { buildTaxonomyEntries } from '../../src/taxonomy/build-taxonomy.js';
import { Taxonomy } from '../../src/taxonomy/taxonomy.js';
import { WORLD_RELEASES } from '../world/world.js';
import { makeTempBundle, writeBundleFiles } from '../world/world-bundle.js';

let temp: ReturnType<typeof makeTempBundle>;
let indexFile: string;

beforeEach(() => {
  temp = makeTempBundle();
  indexFile = indexFileFor(temp.bundleDir, temp.cacheDir);
});

afterEach(() => {
  rmSync(temp.root, { recursive: true, force: true });
});

async function openCounting(): Promise<{ releases: number; progressCalls: [number, number][] }> {
  const progressCalls: [number, number][] = [];
  const catalog = await openCatalog(temp.bundleDir, {
    cacheDir: temp.cacheDir,
    onProgress: (done, total) => progressCalls.push([done, total]),
  });
  const releases = catalog.list({}, 0, 1000).length;
  catalog.close();
  return { releases, progressCalls };
}

describe('the derived index', () => {
  it('is built on first open with progress that only grows and ends complete, then reused', async () => {
    const first = await openCounting();
    expect(first.releases).toBe(37);
    expect(first.progressCalls.length).toBeGreaterThan(1);
    const dones = first.progressCalls.map(([done]) => done);
    expect(dones).toEqual([...dones].sort((a, b) => a - b));
    const [lastDone, lastTotal] = first.progressCalls.at(-1)!;
    expect(lastDone).toBe(lastTotal);
    const builtAt = statSync(indexFile).mtimeMs;

    const second = await openCounting();
    expect(second.progressCalls).toEqual([]);
    expect(second.releases).toBe(37);
    expect(statSync(indexFile).mtimeMs).toBe(builtAt);
    expect(readdirSync(temp.cacheDir)).toEqual([indexFile.split('/').at(-1)]);
  });

  it('is rebuilt when the bundle changes', async () => {
    await openCounting();
    writeBundleFiles(temp.bundleDir, WORLD_RELEASES.slice(0, 5));
    const after = await openCounting();
    expect(after.progressCalls.length).toBeGreaterThan(0);
    expect(after.releases).toBe(5);
  });

  it('is rebuilt when releases.jsonl is edited without a new manifest', async () => {
    await openCounting();
    const file = join(temp.bundleDir, 'releases.jsonl');
    const lines = readFileSync(file, 'utf8').trimEnd().split('\n');
    writeFileSync(file, `${lines.slice(0, 3).join('\n')}\n`);
    expect((await openCounting()).releases).toBe(3);
  });

  it.each([
    ['truncated', () => truncateSync(indexFile, Math.floor(statSync(indexFile).size / 2))],
    ['garbage', () => writeFileSync(indexFile, 'this is not a database '.repeat(500))],
    ['empty', () => writeFileSync(indexFile, '')],
  ])('is rebuilt when the index file is %s', async (_name, damage) => {
    await openCounting();
    damage();
    const after = await openCounting();
    expect(after.progressCalls.length).toBeGreaterThan(0);
    expect(after.releases).toBe(37);
  });

  it('is built in memory, not fatal, when the cache folder cannot be created', async () => {
    const blocker = join(temp.root, 'blocker');
    writeFileSync(blocker, 'a file where the cache folder should be');
    const catalog = await openCatalog(temp.bundleDir, { cacheDir: join(blocker, 'cache') });
    expect(catalog.count({})).toBe(37);
    catalog.close();
  });

  it('is built in memory, not fatal, when the cache folder is a dangling symlink or lies under one', async () => {
    symlinkSync(join(temp.root, 'gone', 'cache'), join(temp.root, 'dangling'));
    for (const cacheDir of [join(temp.root, 'dangling'), join(temp.root, 'dangling', 'deeper')]) {
      const catalog = await openCatalog(temp.bundleDir, { cacheDir });
      expect(catalog.count({})).toBe(37);
      expect(catalog.list({}, 0, 1)).toHaveLength(1);
      catalog.close();
    }
    // Nothing was created through the link.
    expect(existsSync(join(temp.root, 'gone'))).toBe(false);
  });

  it('says why the cache could not be used when it falls back to memory, and nothing when it could', async () => {
    const source = {
      bundleDir: temp.bundleDir,
      taxonomy: new Taxonomy(buildTaxonomyEntries()),
      expectedReleases: 37,
      meta: { schema: 'test' },
    };
    symlinkSync(join(temp.root, 'gone'), join(temp.root, 'dangling'));
    const fallback = await openIndex(join(temp.root, 'dangling', 'index.sqlite'), source);
    expect(fallback.file).toBe(':memory:');
    expect(fallback.cacheProblem).toMatch(/dangling/);
    fallback.db.close();
    const cached = await openIndex(join(temp.cacheDir, 'index.sqlite'), source);
    expect(cached.file).toBe(join(temp.cacheDir, 'index.sqlite'));
    expect(cached.cacheProblem).toBeUndefined();
    cached.db.close();
  });

  it('keeps the valid releases of a bundle with bad lines, and leaves no temporary files', async () => {
    writeBundleFiles(temp.bundleDir, WORLD_RELEASES, undefined, ['{not json', '{"id": "half"}', '']);
    expect((await openCounting()).releases).toBe(37);
    expect(readdirSync(temp.cacheDir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('lives in OSCE_TUI_CACHE_DIR, else XDG_CACHE_HOME/osce-tui, else ~/.cache/osce-tui', () => {
    expect(resolveCacheDir({ OSCE_TUI_CACHE_DIR: '/tmp/a', XDG_CACHE_HOME: '/tmp/b' })).toBe('/tmp/a');
    expect(resolveCacheDir({ XDG_CACHE_HOME: '/tmp/b' })).toBe('/tmp/b/osce-tui');
    expect(resolveCacheDir({})).toMatch(/\.cache\/osce-tui$/);
    expect(indexFileFor('/x/bundle', '/c')).not.toBe(indexFileFor('/y/bundle', '/c'));
    expect(existsSync(temp.cacheDir)).toBe(false);
  });

  it('keeps its name for a bundle path from one version to the next (a new name orphans every index)', () => {
    expect(indexFileFor('/x/bundle', '/c')).toBe('/c/index-18fcc5d1944504.sqlite');
    expect(indexFileFor('/x/bündle', '/c')).toBe('/c/index-17d1d8d4bc58bb.sqlite');
    expect(indexFileFor('/x/./bundle/', '/c')).toBe(indexFileFor('/x/bundle', '/c'));
  });
});

describe('a larger generated bundle', () => {
  it('indexes every release across many write batches, in list order, and finds them', async () => {
    const { generateSyntheticBundle } = await import('../bench/generate-synthetic-bundle.js');
    const bundleDir = join(temp.root, 'synthetic');
    await generateSyntheticBundle(bundleDir, 1_200);
    const catalog = await openCatalog(bundleDir, { cacheDir: temp.cacheDir });
    try {
      expect(catalog.title).toBe('SYNTHETIC benchmark corpus');
      expect(catalog.totalReleases).toBe(1_200);
      const rows = catalog.list({}, 0, 1_200);
      const dated = rows.filter((row) => row.date.iso !== null).map((row) => row.date.iso!);
      expect(dated).toEqual([...dated].sort().reverse());
      expect(rows.every((row) => row.title.startsWith('[Synthetic] '))).toBe(true);
      const found = await catalog.search('trafficking');
      expect(found.totalReleases).toBeGreaterThan(50);
      expect(found.releases[0]?.titleHighlights.length).toBeGreaterThan(0);
      expect(found.releases).toHaveLength(50);
      // "the" is in every release: counting stops at 1,000 and says so.
      const broad = await catalog.search('the ');
      expect(broad.totalReleases).toBe(1_000);
      expect(broad.totalIsLowerBound).toBe(true);
    } finally {
      catalog.close();
    }
  });
});

describe('abandoned builds', () => {
  it('removes the temporary file of a build whose process is gone, and keeps a running one', async () => {
    await openCounting();
    const abandoned = `${indexFile}.999999999-deadbeef.tmp`;
    // A threaded build's worker fills a part of the full text beside it.
    const abandonedPart = `${abandoned}-text2`;
    const running = `${indexFile}.${process.pid}-cafe0001.tmp`;
    writeFileSync(abandoned, 'half a database');
    writeFileSync(abandonedPart, 'half a full-text part');
    writeFileSync(running, 'a build in progress');
    rmSync(indexFile);
    await openCounting();
    expect(existsSync(abandoned)).toBe(false);
    expect(existsSync(abandonedPart)).toBe(false);
    expect(existsSync(running)).toBe(true);
  });
});

describe('unusual bundles', () => {
  it('opens a bundle with no releases', async () => {
    writeBundleFiles(temp.bundleDir, []);
    const catalog = await openCatalog(temp.bundleDir, { cacheDir: temp.cacheDir });
    expect(catalog.totalReleases).toBe(0);
    expect(catalog.list({}, 0, 10)).toEqual([]);
    expect((await catalog.search('anything')).releases).toEqual([]);
    catalog.close();
  });

  it('opens a bundle whose releases.jsonl is gone with no release, and its notice names the file', async () => {
    rmSync(join(temp.bundleDir, 'releases.jsonl'));
    const catalog = await openCatalog(temp.bundleDir, { cacheDir: temp.cacheDir });
    try {
      expect(catalog.totalReleases).toBe(0);
      expect(await bundleNoticeText(temp.bundleDir, catalog)).toBe(
        'bundle has no valid release (1 problem, first at releases.jsonl) — osce-tui stats lists them',
      );
    } finally {
      catalog.close();
    }
  });
});
