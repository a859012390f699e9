import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBundle } from '../../src/bundle/load-bundle.js';
import { useTempDirs } from '../helpers/temp-dir.js';
import { WORLD_RELEASES } from '../world/world.js';
import { FIXTURE_BUNDLE_DIR, writeFixtureBundle } from '../world/world-bundle.js';

describe('the fixture bundle', () => {
  const tempDir = useTempDirs();

  it('is committed exactly as the writer writes it (UPDATE_FIXTURES=1 refreshes it)', async () => {
    if (process.env.UPDATE_FIXTURES) await writeFixtureBundle(FIXTURE_BUNDLE_DIR);
    const fresh = await writeFixtureBundle(await tempDir());
    for (const name of ['manifest.json', 'taxonomy.json', 'releases.jsonl']) {
      expect(await readFile(join(FIXTURE_BUNDLE_DIR, name), 'utf8'), name).toBe(
        await readFile(join(fresh, name), 'utf8'),
      );
    }
    expect((await readdir(FIXTURE_BUNDLE_DIR)).sort()).toEqual(['manifest.json', 'releases.jsonl', 'taxonomy.json']);
  });

  it('loads without a single problem', async () => {
    const bundle = await loadBundle(FIXTURE_BUNDLE_DIR);
    expect(bundle.problems).toEqual([]);
    expect(bundle.releases).toHaveLength(WORLD_RELEASES.length);
    expect(bundle.manifest.synthetic).toBe(true);
  });
});
