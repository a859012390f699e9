import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBundle } from '../../src/bundle/load-bundle.js';
import { useTempDirs } from '../helpers/temp-dir.js';

const ROOT = join(import.meta.dirname, '..', '..');
const DEFAULT_BUNDLE = join(ROOT, 'data', 'bundle');

describe('the default bundle in data/bundle', () => {
  const tempDir = useTempDirs();

  it('loads without problems and holds only real pages from data/pages, not synthetic data', async () => {
    const bundle = await loadBundle(DEFAULT_BUNDLE);
    expect(bundle.problems).toEqual([]);
    expect(bundle.manifest.synthetic).toBe(false);
    expect(bundle.releases.length).toBeGreaterThan(0);
    for (const release of bundle.releases) expect(release.provenance.file).toMatch(/^data\/pages\/[^/]+\.txt$/);
  });

  it('is exactly what `npm run data` makes from data/pages and the taxonomy source (rerun it after changing either)', async () => {
    const out = await tempDir();
    // The committed bundle takes builtAt from its data; a SOURCE_DATE_EPOCH in CI must not change that.
    const env = { ...process.env };
    delete env.SOURCE_DATE_EPOCH;
    execFileSync(
      process.execPath,
      ['--import', 'tsx', join(ROOT, 'src', 'tools', 'rebuild-default-bundle.ts'), '--out', out],
      {
        cwd: ROOT,
        env,
        stdio: ['ignore', 'ignore', 'inherit'],
      },
    );
    for (const name of ['manifest.json', 'taxonomy.json', 'releases.jsonl']) {
      expect(await readFile(join(DEFAULT_BUNDLE, name), 'utf8'), `data/bundle/${name} is stale: run npm run data`).toBe(
        await readFile(join(out, name), 'utf8'),
      );
    }
  }, 60_000);
});
