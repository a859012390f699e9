/**
 * The command tests' bundle: the world's taxonomy and its command view (test/world/world.ts),
 * in a temp folder, with a fresh config folder for every test.
 */
import { rmSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { writeBundle } from '../../src/bundle/write-bundle.js';
import { useTempDirs } from '../helpers/temp-dir.js';
import { bulletins, COMMAND_VIEW, meetings, WORLD_TAXONOMY, worldReleases } from './world.js';

/**
 * Writes the world into a new temp folder (remove it with removeDir); `filler` adds as many
 * long bulletins and meetings, so every kind of output is larger than a pipe's buffer.
 */
export async function makeFixtureBundle(options: { filler?: number } = {}): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'osce-tui-cmd-bundle-'));
  await writeBundle(dir, {
    title: 'Fictional command-test bundle',
    taxonomy: [...WORLD_TAXONOMY, ...meetings(options.filler ?? 0)],
    releases: [...worldReleases(...COMMAND_VIEW), ...bulletins(options.filler ?? 0, 8)],
    synthetic: true,
    builtAt: '2026-01-01T00:00:00.000Z',
  });
  return dir;
}

/** Removes a folder made by makeFixtureBundle (synchronously: callers use it in plain afterAll hooks). */
export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** Folders of a command test: the fixture bundle, and the config folder of the current test. */
export interface CommandFixture {
  bundle: string;
  configDir: string;
}

/**
 * Makes the fixture bundle once per file and a fresh config folder for every test (set as
 * OSCE_TUI_CONFIG_DIR, with OSCE_TUI_CACHE_DIR in a temp folder), so no test touches the user's.
 */
export function useCommandFixture(options: { filler?: number } = {}): CommandFixture {
  const fixture: CommandFixture = { bundle: '', configDir: '' };
  const tempDir = useTempDirs('osce-tui-cmd-config-');
  let cacheDir = '';
  beforeAll(async () => {
    cacheDir = await mkdtemp(join(tmpdir(), 'osce-tui-cmd-cache-'));
    process.env.OSCE_TUI_CACHE_DIR = cacheDir;
    fixture.bundle = await makeFixtureBundle(options);
  });
  beforeEach(async () => {
    fixture.configDir = await tempDir();
    process.env.OSCE_TUI_CONFIG_DIR = fixture.configDir;
  });
  afterAll(() => {
    removeDir(fixture.bundle);
    removeDir(cacheDir);
  });
  return fixture;
}
