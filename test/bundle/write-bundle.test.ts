import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { loadBundle } from '../../src/bundle/load-bundle.js';
import { writeBundle } from '../../src/bundle/write-bundle.js';
import { useCompiledScript } from '../helpers/compiled-script.js';
import { useTempDirs } from '../helpers/temp-dir.js';
import { makeRelease } from '../world/make.js';
import { WORLD_RELEASES, WORLD_TAXONOMY, worldReleases } from '../world/world.js';

const content = {
  title: 'Test',
  taxonomy: WORLD_TAXONOMY,
  releases: WORLD_RELEASES,
  synthetic: true,
  builtAt: '2025-01-01T00:00:00.000Z',
};

const writeForever = useCompiledScript(join(import.meta.dirname, 'write-bundle-forever.ts'));

describe('writeBundle', () => {
  const tempDir = useTempDirs();

  it('writes one release per line, newest first then by id, and a manifest with counts and digest', async () => {
    const dir = join(await tempDir(), 'new', 'bundle');
    // A view of the world with every date precision, a same-day pair and undated releases, shuffled.
    const releases = worldReleases(
      'fx-undated-note',
      'fx-01',
      'fx-media-training-freedonia',
      'fx-annual-review',
      'fake-undated',
      'fx-border-workshop',
      'fx-spot-report',
      'fake-lakeville',
      'fx-pretend-library',
      'fx-media-training-syldavia',
    );
    const manifest = await writeBundle(dir, { ...content, releases });
    const text = await readFile(join(dir, 'releases.jsonl'), 'utf8');
    const ids = text
      .trimEnd()
      .split('\n')
      .map((line) => (JSON.parse(line) as { id: string }).id);
    expect(ids).toEqual([
      'fx-border-workshop', // 2024-03-14
      'fx-pretend-library', // 2024-03
      'fake-lakeville', // 2023-03-14, same day: by id
      'fx-01',
      'fx-annual-review', // 2023
      'fx-media-training-syldavia', // 2020-02-02
      'fx-media-training-freedonia', // 2020-02-01
      'fake-undated', // unknown dates last, by id
      'fx-spot-report',
      'fx-undated-note',
    ]);
    expect(manifest).toEqual({
      format: 'osce-tui-bundle',
      version: 1,
      title: 'Test',
      builtAt: '2025-01-01T00:00:00.000Z',
      synthetic: true,
      counts: { releases: 10, taxonomy: WORLD_TAXONOMY.length },
      releasesDigest: createHash('sha256').update(text).digest('hex'),
    });
    expect(JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8'))).toEqual(manifest);
    expect(await readFile(join(dir, 'taxonomy.json'), 'utf8')).toContain(
      '\n  "entries": [\n    {\n      "id": "section:our-work",',
    );
  });

  it('writes the same bytes for the same content in any order', async () => {
    const first = await tempDir();
    const second = await tempDir();
    await writeBundle(first, content);
    await writeBundle(second, { ...content, releases: [...WORLD_RELEASES].reverse() });
    for (const name of ['manifest.json', 'taxonomy.json', 'releases.jsonl']) {
      expect(await readFile(join(second, name), 'utf8')).toBe(await readFile(join(first, name), 'utf8'));
    }
  });

  it('leaves every file whole and the bundle loadable when it dies between renames', async () => {
    const dir = await tempDir();
    await writeBundle(dir, content);
    const crash = vi.fn((target: string) => {
      if (target === 'manifest.json') throw new Error('simulated crash');
    });
    const changed = { ...content, releases: [...WORLD_RELEASES, makeRelease({ id: 'fx-new' })] };
    await expect(writeBundle(dir, changed, { beforeRename: crash })).rejects.toThrow('simulated crash');
    expect(crash.mock.calls.map(([target]) => target)).toEqual(['releases.jsonl', 'taxonomy.json', 'manifest.json']);
    expect((await readdir(dir)).sort()).toEqual(['manifest.json', 'releases.jsonl', 'taxonomy.json']);
    const bundle = await loadBundle(dir);
    expect(bundle.releases).toHaveLength(WORLD_RELEASES.length + 1);
    expect(bundle.problems.map((problem) => problem.message)).toEqual([
      expect.stringMatching(/^content differs from manifest\.json/),
    ]);
    await writeBundle(dir, changed);
    expect((await loadBundle(dir)).problems).toEqual([]);
  });

  it('keeps the previous file when dying before the first rename, and cleans up temp files of dead writers', async () => {
    const dir = await tempDir();
    await writeBundle(dir, content);
    const before = await readFile(join(dir, 'releases.jsonl'), 'utf8');
    await expect(
      writeBundle(dir, { ...content, releases: [] }, { beforeRename: () => Promise.reject(new Error('killed')) }),
    ).rejects.toThrow('killed');
    expect(await readFile(join(dir, 'releases.jsonl'), 'utf8')).toBe(before);
    // A writer killed with SIGKILL cannot clean up; pid 2^22+1 is beyond any running process.
    await writeFile(join(dir, '.releases.jsonl.4194305.0a1b2c.tmp'), '{"partial":');
    await writeFile(join(dir, 'notes.txt'), 'not ours');
    await writeBundle(dir, content);
    expect((await readdir(dir)).sort()).toEqual(['manifest.json', 'notes.txt', 'releases.jsonl', 'taxonomy.json']);
  });

  it('survives being killed with SIGKILL at a random moment', async () => {
    const dir = await tempDir();
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const child = spawn(process.execPath, [await writeForever(), dir], {
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
      // A random delay on purpose: the kill must land at an unpredictable point of a write.
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 300));
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGKILL');
      await exited;
      for (const name of ['manifest.json', 'taxonomy.json'])
        expect(() => JSON.parse(readFileSyncText(dir, name))).not.toThrow();
      const bundle = await loadBundle(dir);
      expect([2000, 3000]).toContain(bundle.releases.length);
      expect(bundle.problems.filter((problem) => !problem.message.startsWith('content differs'))).toEqual([]);
    }
  }, 30_000);
});

function readFileSyncText(dir: string, name: string): string {
  return readFileSync(join(dir, name), 'utf8');
}
