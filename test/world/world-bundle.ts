/**
 * Writes the world (test/world/world.ts) as a bundle, two ways: with the program's writer
 * (`writeFixtureBundle`, whose output is committed in test/fixtures/bundle/; rerun
 * `UPDATE_FIXTURES=1 npx vitest run test/bundle/fixture-bundle.test.ts` after changing the world,
 * that test fails when the two drift apart), and by hand (`writeBundleFiles`), so a test chooses
 * the file order and can add broken lines.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Release, TaxonomyEntry } from '../../src/bundle/types.js';
import { writeBundle } from '../../src/bundle/write-bundle.js';
import { WORLD_RELEASES, WORLD_TAXONOMY } from './world.js';

/** The committed copy of the world's bundle. */
export const FIXTURE_BUNDLE_DIR = join(import.meta.dirname, '..', 'fixtures', 'bundle');
export const FIXTURE_TITLE = 'Fictional test bundle';
export const FIXTURE_BUILT_AT = '2025-01-01T00:00:00.000Z';

/** Writes the world's bundle with the program's writer into `dir` (default: a new temp folder); returns the folder. */
export async function writeFixtureBundle(dir?: string): Promise<string> {
  const target = dir ?? (await mkdtemp(join(tmpdir(), 'osce-tui-fixture-')));
  await writeBundle(target, {
    title: FIXTURE_TITLE,
    taxonomy: WORLD_TAXONOMY,
    releases: WORLD_RELEASES,
    // Invented data: marked synthetic so nothing mistakes it for real releases.
    synthetic: true,
    builtAt: FIXTURE_BUILT_AT,
  });
  return target;
}

/** Writes a bundle (manifest, taxonomy, releases) to `dir`; returns `dir`. */
export function writeBundleFiles(
  dir: string,
  releases: Release[],
  taxonomy: TaxonomyEntry[] = WORLD_TAXONOMY,
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
  const bundleDir = writeBundleFiles(join(root, 'bundle'), WORLD_RELEASES);
  return { root, bundleDir, cacheDir: join(root, 'cache') };
}
