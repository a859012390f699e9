/**
 * Builds the browsing world as a real bundle and opens it with the real catalog (the one the
 * program uses), in temp folders: never the user's config or cache. A world is written and
 * indexed once per test file and options; each call opens a fresh catalog on that index, which
 * takes milliseconds.
 */
import { rmSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import type { Release, TaxonomyEntry } from '../../src/bundle/types.js';
import { writeBundle } from '../../src/bundle/write-bundle.js';
import { openCatalog } from '../../src/catalog/open-catalog.js';
import type { SqliteCatalog } from '../../src/catalog/sqlite-catalog.js';
import { bulletins, WORLD_RELEASES, WORLD_TAXONOMY } from './world.js';

/** What to change in the browsing world. */
export interface WorldOptions {
  /** Generated bulletins besides the named releases (default 240). */
  fillers?: number;
  /** Releases added to the world (a test's own article). */
  extra?: Release[];
  /** A different taxonomy (default: the world's). */
  taxonomy?: TaxonomyEntry[];
}

/** Writes the browsing world (as `options` change it) as a bundle into `dir`. */
export async function writeWorldBundle(dir: string, options: WorldOptions = {}): Promise<void> {
  await writeBundle(dir, {
    title: 'Fake bundle',
    taxonomy: options.taxonomy ?? WORLD_TAXONOMY,
    releases: [...WORLD_RELEASES, ...bulletins(options.fillers ?? 240), ...(options.extra ?? [])],
    // Invented data: marked synthetic so nothing mistakes it for real releases.
    synthetic: true,
    builtAt: '2025-01-01T00:00:00.000Z',
  });
}

interface BuiltWorld {
  bundleDir: string;
  cacheDir: string;
}

const built = new Map<string, Promise<BuiltWorld>>();
const made: string[] = [];
const opened: SqliteCatalog[] = [];
function removeWorlds(): void {
  for (const catalog of opened.splice(0)) catalog.close();
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
  built.clear();
}
// Imported while a test file is collected: its worlds go when the file ends. Outside vitest (a
// benchmark script) there is no file to end, so they go when the process does.
try {
  afterAll(removeWorlds);
} catch {
  process.once('exit', removeWorlds);
}

async function buildWorld(options: WorldOptions): Promise<BuiltWorld> {
  const root = await mkdtemp(join(tmpdir(), 'osce-tui-world-'));
  made.push(root);
  const world = { bundleDir: join(root, 'bundle'), cacheDir: join(root, 'cache') };
  await writeWorldBundle(world.bundleDir, options);
  // Opening once builds the index; later opens only read it.
  (await openCatalog(world.bundleDir, { cacheDir: world.cacheDir })).close();
  return world;
}

/** The real catalog on the browsing world (built on first use); each call returns a fresh one. */
export async function openWorldCatalog(options: WorldOptions = {}): Promise<SqliteCatalog> {
  const key = JSON.stringify(options);
  if (!built.has(key)) built.set(key, buildWorld(options));
  const { bundleDir, cacheDir } = await (built.get(key) as Promise<BuiltWorld>);
  const catalog = await openCatalog(bundleDir, { cacheDir });
  opened.push(catalog);
  return catalog;
}
