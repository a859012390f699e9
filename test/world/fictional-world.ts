/**
 * The shared test bundle: a small fictional taxonomy (Ruritania, Freedonia, the "Office for
 * Imaginary Affairs"...) and 11 invented releases about neutral invented events. Nothing here
 * describes real people, States or events. Other test suites may use it; keep it stable:
 * add releases at the end rather than changing existing ones, and rerun
 * `UPDATE_FIXTURES=1 npx vitest run test/bundle/fixture-bundle.test.ts` to refresh the committed
 * copy in test/fixtures/bundle/ (that test fails when the two drift apart).
 *
 * What it covers: every date precision (day, month, year, day+month without year, unknown), a
 * summary, quotes, a heading, a list, a glossary note, CJK/emoji/accented text, a title with
 * terminal escape sequences, two releases whose titles share words ("Imaginary media training"),
 * and every EntryKind a command lists.
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Release, TaxonomyEntry } from '../../src/bundle/types.js';
import { writeBundle } from '../../src/bundle/write-bundle.js';
import { makeRelease } from './make.js';
import { WORLD_RELEASES, WORLD_TAXONOMY } from './world.js';

export { makeRelease };

/** The committed copy of the fixture bundle. */
export const FIXTURE_BUNDLE_DIR = join(import.meta.dirname, '..', 'fixtures', 'bundle');
export const FIXTURE_TITLE = 'Fictional test bundle';
export const FIXTURE_BUILT_AT = '2025-01-01T00:00:00.000Z';

/** The world's taxonomy and named releases (test/world/world.ts). */
export const FIXTURE_TAXONOMY: TaxonomyEntry[] = WORLD_TAXONOMY;
export const FIXTURE_RELEASES: Release[] = WORLD_RELEASES;

/** Writes the fixture bundle into `dir` (default: a new temp folder) and returns the folder. */
export async function writeFixtureBundle(dir?: string): Promise<string> {
  const target = dir ?? (await mkdtemp(join(tmpdir(), 'osce-tui-fixture-')));
  await writeBundle(target, {
    title: FIXTURE_TITLE,
    taxonomy: FIXTURE_TAXONOMY,
    releases: FIXTURE_RELEASES,
    // Invented data: marked synthetic so nothing mistakes it for real releases.
    synthetic: true,
    builtAt: FIXTURE_BUILT_AT,
  });
  return target;
}
