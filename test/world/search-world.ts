import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Release, TaxonomyEntry } from '../../src/bundle/types.js';
import { entry } from './make.js';
import { WORLD_RELEASES, WORLD_TAXONOMY } from './world.js';

export { entry };

/** The world's taxonomy and named releases (test/world/world.ts), for the catalog, index and search tests. */
export const fixtureTaxonomy: TaxonomyEntry[] = WORLD_TAXONOMY;

/** The world's releases, in file order (not list order, on purpose), the id first as the bundle's files have it. */
export const fixtureReleases: Release[] = WORLD_RELEASES.map(({ id, ...rest }) => ({ id, ...rest }));

/** Writes a bundle (manifest, taxonomy, releases) to `dir`; returns `dir`. */
export function writeBundleFiles(
  dir: string,
  releases: Release[],
  taxonomy: TaxonomyEntry[] = fixtureTaxonomy,
  extraLines: string[] = [],
): string {
  mkdirSync(dir, { recursive: true });
  const jsonl = `${[...releases.map((release) => JSON.stringify(release)), ...extraLines].join('\n')}\n`;
  writeFileSync(join(dir, 'releases.jsonl'), jsonl);
  writeFileSync(
    join(dir, 'taxonomy.json'),
    JSON.stringify({ format: 'osce-tui-taxonomy', version: 1, entries: taxonomy }),
  );
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({
      format: 'osce-tui-bundle',
      version: 1,
      title: 'Fixture bundle',
      builtAt: '2024-01-01T00:00:00.000Z',
      synthetic: true,
      counts: { releases: releases.length, taxonomy: taxonomy.length },
      releasesDigest: createHash('sha256').update(jsonl).digest('hex'),
    }),
  );
  return dir;
}

/** A fresh temporary folder holding a bundle dir and a cache dir. */
export function makeTempBundle(): { root: string; bundleDir: string; cacheDir: string } {
  const root = mkdtempSync(join(tmpdir(), 'osce-tui-test-'));
  const bundleDir = writeBundleFiles(join(root, 'bundle'), fixtureReleases);
  return { root, bundleDir, cacheDir: join(root, 'cache') };
}
