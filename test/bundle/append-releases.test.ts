import { spawn } from 'node:child_process';
import { appendFile, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appendReleases, type WriteHooks } from '../../src/bundle/append-releases.js';
import { compactBundle } from '../../src/bundle/compact-bundle.js';
import { createStreamingLookup } from '../../src/bundle/existing-releases.js';
import { loadBundle } from '../../src/bundle/load-bundle.js';
import { serializeRelease } from '../../src/bundle/serialize-release.js';
import type { Release } from '../../src/bundle/types.js';
import { useCompiledScript } from '../helpers/compiled-script.js';
import { useTempDirs } from '../helpers/temp-dir.js';
import { makeRelease } from '../world/make.js';
import { WORLD_RELEASES } from '../world/world.js';
import { writeFixtureBundle } from '../world/world-bundle.js';

/** The releases a bundle loads, by id, as their serialized lines: what a reader sees. */
async function loadedById(dir: string): Promise<Map<string, string>> {
  const bundle = await loadBundle(dir, { allowEmpty: true });
  return new Map(bundle.releases.map((release) => [release.id, serializeRelease(release)]));
}

const retitled = (release: Release, title: string): Release => ({ ...release, title });

const appendForever = useCompiledScript(join(import.meta.dirname, 'append-forever.ts'));

describe('appendReleases', () => {
  const tempDir = useTempDirs();

  it('writes exactly the given releases as the next segment, later files win, and the manifest becomes version 2', async () => {
    const dir = await writeFixtureBundle(await tempDir());
    const baseBefore = await readFile(join(dir, 'releases.jsonl'), 'utf8');
    const changed = retitled(WORLD_RELEASES[0]!, 'A retitled invented workshop');
    const added = makeRelease({
      id: 'fx-new-one',
      date: { iso: '2025-02-02', precision: 'day', month: 2, day: 2, text: '2 February 2025' },
    });
    const manifest = await appendReleases(dir, [changed, added], {}, { newReleases: 1 });

    expect(await readFile(join(dir, 'releases.jsonl'), 'utf8')).toBe(baseBefore);
    expect(await readdir(join(dir, 'releases'))).toEqual(['000001.jsonl']);
    expect(await readFile(join(dir, 'releases', '000001.jsonl'), 'utf8')).toBe(
      `${serializeRelease(added)}\n${serializeRelease(changed)}\n`,
    );
    expect(manifest).toMatchObject({ version: 2, counts: { releases: WORLD_RELEASES.length + 1 } });
    expect(manifest.files?.map((file) => file.name)).toEqual(['releases.jsonl', 'releases/000001.jsonl']);

    const bundle = await loadBundle(dir);
    expect(bundle.problems).toEqual([]);
    expect(bundle.manifest.releasesDigest).toBe(manifest.releasesDigest);
    expect(bundle.releases).toHaveLength(WORLD_RELEASES.length + 1);
    // Replaced in place; a new id comes after the base's releases.
    expect(bundle.releases.find((release) => release.id === changed.id)?.title).toBe('A retitled invented workshop');
    expect(bundle.releases.at(-1)?.id).toBe('fx-new-one');

    await appendReleases(dir, [retitled(changed, 'Retitled again')]);
    expect(await readdir(join(dir, 'releases'))).toEqual(['000001.jsonl', '000002.jsonl']);
    const again = await loadBundle(dir);
    expect(again.problems).toEqual([]);
    expect(again.manifest.counts.releases).toBe(WORLD_RELEASES.length + 1);
    expect(again.releases.find((release) => release.id === changed.id)?.title).toBe('Retitled again');
  });

  it('writes nothing when there is nothing to append and the manifest is sound', async () => {
    const dir = await writeFixtureBundle(await tempDir());
    const before = await readFile(join(dir, 'manifest.json'), 'utf8');
    await appendReleases(dir, []);
    expect(await readFile(join(dir, 'manifest.json'), 'utf8')).toBe(before);
    expect(await readdir(dir)).not.toContain('releases');
  });

  it('reports a repeated id within one file (the first wins) but not one replaced by a later file', async () => {
    const dir = await writeFixtureBundle(await tempDir());
    const first = makeRelease({ id: 'fx-twice', title: 'First' });
    await appendReleases(dir, [first]);
    await appendFile(join(dir, 'releases', '000001.jsonl'), `${serializeRelease({ ...first, title: 'Second' })}\n`);
    const bundle = await loadBundle(dir);
    expect(bundle.releases.find((release) => release.id === 'fx-twice')?.title).toBe('First');
    expect(
      bundle.problems.map(
        (problem) => `${problem.file.replace(`${dir}/`, '')}:${problem.line ?? ''} ${problem.message}`,
      ),
    ).toEqual([
      'releases/000001.jsonl:2 duplicate id "fx-twice" (first on line 1); this line is ignored',
      expect.stringMatching(/^releases\/000001\.jsonl: content differs from manifest\.json/),
    ]);
  });

  it('reports a torn last line with its file and line, ignores it, and the next write cuts it off', async () => {
    const dir = await writeFixtureBundle(await tempDir());
    await appendReleases(dir, [makeRelease({ id: 'fx-whole' })]);
    const before = await loadedById(dir);
    await appendFile(
      join(dir, 'releases', '000001.jsonl'),
      serializeRelease(makeRelease({ id: 'fx-torn' })).slice(0, 60),
    );
    const torn = await loadBundle(dir);
    expect(await loadedById(dir)).toEqual(before);
    expect(torn.problems[0]).toMatchObject({
      file: join(dir, 'releases', '000001.jsonl'),
      line: 2,
      message: expect.stringMatching(/^torn last line/),
    });

    await appendReleases(dir, []);
    const repaired = await loadBundle(dir);
    expect(repaired.problems).toEqual([]);
    expect(await loadedById(dir)).toEqual(before);
    expect(await readFile(join(dir, 'releases', '000001.jsonl'), 'utf8')).toMatch(/\n$/);
  });

  it('cuts a torn line off the releases.jsonl of a version 1 bundle on the first append', async () => {
    const dir = await writeFixtureBundle(await tempDir());
    const whole = await readFile(join(dir, 'releases.jsonl'), 'utf8');
    await appendFile(join(dir, 'releases.jsonl'), '{"id":"fx-cut-short","tit');
    await appendReleases(dir, [makeRelease({ id: 'fx-after-the-tear' })]);
    expect(await readFile(join(dir, 'releases.jsonl'), 'utf8')).toBe(whole);
    const bundle = await loadBundle(dir);
    expect(bundle.problems).toEqual([]);
    expect(bundle.releases).toHaveLength(WORLD_RELEASES.length + 1);
  });

  it('tolerates a manifest that lags behind a segment and repairs it on the next write', async () => {
    const dir = await writeFixtureBundle(await tempDir());
    const manifest = await readFile(join(dir, 'manifest.json'), 'utf8');
    await appendReleases(dir, [makeRelease({ id: 'fx-landed' })]);
    await writeFile(join(dir, 'manifest.json'), manifest); // as if killed before the manifest's rename
    const stale = await loadBundle(dir);
    expect(stale.releases.some((release) => release.id === 'fx-landed')).toBe(true);
    expect(stale.problems.map((problem) => problem.message)).toEqual([
      expect.stringMatching(/^content differs from manifest\.json/),
    ]);
    await appendReleases(dir, [makeRelease({ id: 'fx-next' })]);
    const repaired = await loadBundle(dir);
    expect(repaired.problems).toEqual([]);
    expect(repaired.manifest.counts.releases).toBe(WORLD_RELEASES.length + 2);
    expect(JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8'))).toMatchObject({
      counts: { releases: WORLD_RELEASES.length + 2 },
    });
  });

  it('leaves the bundle as before or as after when it dies between any two steps, and cleans up after itself', async () => {
    const changes = [
      retitled(WORLD_RELEASES[3]!, 'Changed by the crashing import'),
      makeRelease({ id: 'fx-crash-new' }),
    ];
    const reference = await writeFixtureBundle(await tempDir());
    const before = await loadedById(reference);
    await appendReleases(reference, changes);
    const after = await loadedById(reference);

    for (let crashAt = 1; ; crashAt += 1) {
      const dir = await writeFixtureBundle(await tempDir());
      let calls = 0;
      const crash = (): void => {
        calls += 1;
        if (calls === crashAt) throw new Error('simulated crash');
      };
      const hooks: WriteHooks = { beforeRename: crash, afterStep: crash };
      const outcome = await appendReleases(dir, changes, hooks).then(
        () => 'finished',
        (error: Error) => error.message,
      );
      const loaded = await loadedById(dir);
      expect([before, after]).toContainEqual(loaded);
      // The next import (of the same pages) writes what is still missing, and repairs the rest.
      const landed = JSON.stringify([...loaded]) === JSON.stringify([...after]);
      await appendReleases(dir, landed ? [] : changes);
      expect(await loadedById(dir)).toEqual(after);
      expect((await loadBundle(dir)).problems).toEqual([]);
      const names = [...(await readdir(dir)), ...(await readdir(join(dir, 'releases')))];
      expect(names.filter((name) => name.endsWith('.tmp'))).toEqual([]);
      if (outcome === 'finished') {
        // After cleaning, before and after the segment's rename, before and after the manifest's.
        expect(crashAt).toBe(6);
        break;
      }
      expect(outcome).toBe('simulated crash');
    }
  });

  it("survives SIGKILL at a random moment: every import is whole or absent, and dead writers' temp files go", async () => {
    const dir = await writeFixtureBundle(await tempDir());
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const child = spawn(process.execPath, [await appendForever(), dir], { stdio: ['ignore', 'pipe', 'inherit'] });
      await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
      // A random delay on purpose: the kill must land at an unpredictable point of a write.
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 300));
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGKILL');
      await exited;
      const bundle = await loadBundle(dir);
      expect(bundle.problems.filter((problem) => !problem.message.startsWith('content differs'))).toEqual([]);
      // Each batch is 50 releases with ids batch-N-M: whole batches only, never part of one.
      const batches = new Map<string, number>();
      for (const release of bundle.releases.filter((candidate) => candidate.id.startsWith('batch-'))) {
        const batch = release.id.split('-').slice(0, 3).join('-');
        batches.set(batch, (batches.get(batch) ?? 0) + 1);
      }
      expect([...batches.values()].every((count) => count === 50)).toBe(true);
    }
    await writeFile(join(dir, 'releases', '.000099.jsonl.4194305.0a1b2c.tmp'), '{"partial":');
    await appendReleases(dir, [makeRelease({ id: 'fx-after-the-kills' })]);
    expect((await readdir(join(dir, 'releases'))).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    expect((await loadBundle(dir)).problems).toEqual([]);
  }, 60_000);
});

describe('compactBundle', () => {
  const tempDir = useTempDirs();

  it('folds the segments into one sorted releases.jsonl with the same releases, and says so', async () => {
    const dir = await writeFixtureBundle(await tempDir());
    await appendReleases(dir, [retitled(WORLD_RELEASES[0]!, 'Compacted title'), makeRelease({ id: 'fx-segment-one' })]);
    await appendReleases(dir, [makeRelease({ id: 'fx-segment-two' })]);
    const before = await loadedById(dir);
    const report = await compactBundle(dir);
    expect(report).toMatchObject({
      changed: true,
      before: { files: 3, releases: before.size },
      after: { files: 1, releases: before.size },
    });
    expect(await readdir(dir)).not.toContain('releases');
    expect(await loadedById(dir)).toEqual(before);
    const loaded = await loadBundle(dir);
    expect(loaded.problems).toEqual([]);
    expect(loaded.manifest.version).toBe(1);
    // Canonical: what a full write of the same releases gives, byte for byte.
    const fresh = await writeFixtureBundle(await tempDir());
    await appendReleases(fresh, [
      retitled(WORLD_RELEASES[0]!, 'Compacted title'),
      makeRelease({ id: 'fx-segment-one' }),
      makeRelease({ id: 'fx-segment-two' }),
    ]);
    await compactBundle(fresh);
    expect(await readFile(join(dir, 'releases.jsonl'), 'utf8')).toBe(
      await readFile(join(fresh, 'releases.jsonl'), 'utf8'),
    );

    const manifest = await readFile(join(dir, 'manifest.json'), 'utf8');
    expect(await compactBundle(dir)).toMatchObject({ changed: false });
    expect(await readFile(join(dir, 'manifest.json'), 'utf8')).toBe(manifest);
  });

  it('loads the same releases when it dies between any two steps', async () => {
    for (let crashAt = 1; ; crashAt += 1) {
      const dir = await writeFixtureBundle(await tempDir());
      await appendReleases(dir, [retitled(WORLD_RELEASES[1]!, 'First change'), makeRelease({ id: 'fx-a' })]);
      await appendReleases(dir, [retitled(WORLD_RELEASES[1]!, 'Second change')]);
      const before = await loadedById(dir);
      let calls = 0;
      const crash = (): void => {
        calls += 1;
        if (calls === crashAt) throw new Error('simulated crash');
      };
      const outcome = await compactBundle(dir, { beforeRename: crash, afterStep: crash }).then(
        () => 'finished',
        (error: Error) => error.message,
      );
      expect(await loadedById(dir)).toEqual(before);
      await compactBundle(dir);
      expect(await loadedById(dir)).toEqual(before);
      expect((await loadBundle(dir)).problems).toEqual([]);
      if (outcome === 'finished') {
        expect(crashAt).toBe(6);
        break;
      }
    }
  });
});

describe('createStreamingLookup', () => {
  const tempDir = useTempDirs();

  it('finds the current release of each id asked for, later files first, and nothing else', async () => {
    const dir = await writeFixtureBundle(await tempDir());
    await appendReleases(dir, [retitled(WORLD_RELEASES[2]!, 'Newer')]);
    // A line written by hand, keys in another order: found by parsing it.
    const { id, ...rest } = makeRelease({ id: 'fx-hand-written' });
    await appendFile(join(dir, 'releases', '000001.jsonl'), `${JSON.stringify({ ...rest, id })}\n`);
    const lookup = createStreamingLookup(dir);
    const found = await lookup([WORLD_RELEASES[2]!.id, WORLD_RELEASES[0]!.id, 'fx-hand-written', 'fx-absent']);
    expect([...found.keys()].sort()).toEqual([WORLD_RELEASES[0]!.id, WORLD_RELEASES[2]!.id, 'fx-hand-written'].sort());
    expect(found.get(WORLD_RELEASES[2]!.id)?.title).toBe('Newer');
    const loaded = await loadBundle(dir);
    for (const [key, release] of found)
      expect(release).toEqual(loaded.releases.find((candidate) => candidate.id === key));
    expect((await lookup([])).size).toBe(0);
  });
});
