import { cp, readdir, readFile, writeFile } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { keepBundleMemo, stopBundleMemo } from '../../src/bundle/bundle-memo.js';
import { formatProblem } from '../../src/bundle/format-problem.js';
import { loadBundle } from '../../src/bundle/load-bundle.js';
import { useTempDirs } from '../helpers/temp-dir.js';
import { FIXTURE_BUNDLE_DIR } from '../world/world-bundle.js';

// The print program keeps the validated taxonomy and the release files' sha256 in the cache folder
// (src/bundle/bundle-memo.ts): what a load gives must not depend on whether they came from there.
describe('the bundle memo', () => {
  const tempDir = useTempDirs();
  afterEach(() => stopBundleMemo());

  const copyFixture = async (): Promise<string> => {
    const dir = await tempDir();
    await cp(FIXTURE_BUNDLE_DIR, dir, { recursive: true });
    return dir;
  };
  const memoFiles = async (cacheDir: string): Promise<string[]> =>
    (await readdir(join(cacheDir, 'bundle-memo')).catch(() => [])).map((name) => join(cacheDir, 'bundle-memo', name));
  // What a user sees of a load: the names in the tree, the problems, the releases and the manifest.
  const seen = async (dir: string) => {
    const bundle = await loadBundle(dir);
    return {
      names: bundle.taxonomy.map((entry) => entry.name),
      problems: bundle.problems.map(formatProblem),
      releases: bundle.releases.map((release) => release.id),
      manifest: bundle.manifest,
    };
  };
  // Gives the second entry an unknown kind: a taxonomy.json with a problem. Returns the file.
  const damageTaxonomy = async (dir: string): Promise<string> => {
    const taxonomyFile = join(dir, 'taxonomy.json');
    const taxonomy = JSON.parse(await readFile(taxonomyFile, 'utf8'));
    taxonomy.entries[1].kind = 'no-such-kind';
    await writeFile(taxonomyFile, JSON.stringify(taxonomy));
    return taxonomyFile;
  };
  // Replaces every remembered taxonomy name, to tell a load from the memo from one of the file.
  const rewriteMemoNames = async (cacheDir: string): Promise<void> => {
    for (const file of await memoFiles(cacheDir)) {
      const memo = JSON.parse(await readFile(file, 'utf8'));
      for (const entry of memo.taxonomy.entries) entry.name = 'Remembered';
      await writeFile(file, JSON.stringify(memo));
    }
  };

  it('gives what loading the files gives, and is used while the files are unchanged', async () => {
    const dir = await copyFixture();
    const cacheDir = await tempDir();
    const fresh = await seen(dir);
    keepBundleMemo(cacheDir, 'build 1', 0);
    expect(await seen(dir)).toEqual(fresh);
    expect(await memoFiles(cacheDir)).toHaveLength(1);
    keepBundleMemo(cacheDir, 'build 1', 0);
    expect(await seen(dir)).toEqual(fresh);

    await rewriteMemoNames(cacheDir);
    keepBundleMemo(cacheDir, 'build 1', 0);
    expect(new Set((await seen(dir)).names)).toEqual(new Set(['Remembered']));
    // Another build's memo is not used.
    keepBundleMemo(cacheDir, 'build 2', 0);
    expect(await seen(dir)).toEqual(fresh);
  });

  it('is not used for a taxonomy edited since, and keeps reporting its problems', async () => {
    const dir = await copyFixture();
    const cacheDir = await tempDir();
    const taxonomyFile = await damageTaxonomy(dir);
    const damaged = await seen(dir);
    expect(damaged.problems.join('\n')).toContain('no-such-kind');
    keepBundleMemo(cacheDir, 'build 1', 0);
    expect(await seen(dir)).toEqual(damaged);
    keepBundleMemo(cacheDir, 'build 1', 0);
    expect(await seen(dir)).toEqual(damaged);

    await rewriteMemoNames(cacheDir);
    // The same length, another name: only the file's times and inode tell the change.
    const edited = (await readFile(taxonomyFile, 'utf8')).replace(/"name":"(.)/, '"name":"X');
    await writeFile(taxonomyFile, edited);
    const expected = await (async () => {
      stopBundleMemo();
      return seen(dir);
    })();
    keepBundleMemo(cacheDir, 'build 1', 0);
    expect(await seen(dir)).toEqual(expected);
    expect(expected.names).not.toContain('Remembered');
  });

  it('names the files of problems as this load names the bundle, whichever way the memo was written', async () => {
    const dir = await copyFixture();
    const cacheDir = await tempDir();
    const taxonomyFile = await damageTaxonomy(dir);
    const elsewhere = relative(process.cwd(), dir);
    keepBundleMemo(cacheDir, 'build 1', 0);
    await loadBundle(elsewhere);
    keepBundleMemo(cacheDir, 'build 1', 0);
    const files = (await loadBundle(dir)).problems.map((problem) => problem.file);
    expect(files).toContain(taxonomyFile);
    expect(files).not.toContain(join(elsewhere, 'taxonomy.json'));
  });

  it('still reports release files that differ from the manifest after a hand edit', async () => {
    const dir = await copyFixture();
    const cacheDir = await tempDir();
    keepBundleMemo(cacheDir, 'build 1', 0);
    const before = await seen(dir);
    expect(before.problems).toEqual([]);
    const releasesFile = join(dir, 'releases.jsonl');
    const lines = (await readFile(releasesFile, 'utf8')).trimEnd().split('\n');
    await writeFile(releasesFile, `${lines.slice(1).join('\n')}\n`);
    keepBundleMemo(cacheDir, 'build 1', 0);
    const after = await seen(dir);
    expect(after.problems.join('\n')).toContain('content differs from manifest.json');
    stopBundleMemo();
    expect(await seen(dir)).toEqual(after);
  });

  it('remembers nothing of files changed within the last moments, whose times may not show the next change', async () => {
    const dir = await copyFixture();
    const cacheDir = await tempDir();
    keepBundleMemo(cacheDir, 'build 1');
    await seen(dir);
    expect(await memoFiles(cacheDir)).toEqual([]);
  });

  it('forgets release files removed since (by compact) and temp files of writers killed before their rename', async () => {
    const dir = await copyFixture();
    const cacheDir = await tempDir();
    keepBundleMemo(cacheDir, 'build 1', 0);
    await seen(dir);
    const [memoFile] = await memoFiles(cacheDir);
    const memo = JSON.parse(await readFile(memoFile!, 'utf8'));
    const kept = Object.keys(memo.sha256);
    expect(kept).toEqual([join(dir, 'releases.jsonl')]);
    memo.sha256[join(dir, 'releases-merged-by-compact.jsonl')] = { fingerprint: '1:2:3:4:5', sha256: '0'.repeat(64) };
    // A taxonomy to remember again, so that this start writes the memo.
    delete memo.taxonomy;
    await writeFile(memoFile!, JSON.stringify(memo));
    // 4194305 is above Linux's largest pid; the parent of this process still runs.
    const killed = `${memoFile}.4194305.tmp`;
    const running = `${memoFile}.${process.ppid}.tmp`;
    await writeFile(killed, 'half a memo');
    await writeFile(running, 'a memo being written');

    keepBundleMemo(cacheDir, 'build 1', 0);
    await seen(dir);
    expect(Object.keys(JSON.parse(await readFile(memoFile!, 'utf8')).sha256)).toEqual(kept);
    expect((await readdir(join(cacheDir, 'bundle-memo'))).sort()).toEqual(
      [basename(memoFile!), basename(running)].sort(),
    );
  });

  it('loads as usual with a damaged memo or a cache folder it cannot write', async () => {
    const dir = await copyFixture();
    const fresh = await seen(dir);
    const cacheDir = await tempDir();
    keepBundleMemo(cacheDir, 'build 1', 0);
    await seen(dir);
    for (const file of await memoFiles(cacheDir)) await writeFile(file, '{"program":"build 1","taxonomy":');
    keepBundleMemo(cacheDir, 'build 1', 0);
    expect(await seen(dir)).toEqual(fresh);

    const blocked = join(await tempDir(), 'file-in-the-way');
    await writeFile(blocked, '');
    keepBundleMemo(blocked, 'build 1', 0);
    expect(await seen(dir)).toEqual(fresh);
    expect(await seen(dir)).toEqual(fresh);
  });
});
