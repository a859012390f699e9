import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type Database from 'better-sqlite3';

const requireHere = createRequire(import.meta.url);
let addonPath: string | null | undefined;
let DatabaseClass: typeof Database | undefined;

// better-sqlite3 finds its addon with the `bindings` package, which tries a dozen candidate
// paths through require(): ~50 ms of a ~0.4 s start. Naming the file it builds into skips that;
// when the file is elsewhere (another build layout), better-sqlite3's own search still runs.
function nativeAddon(): string | null {
  if (addonPath !== undefined) return addonPath;
  try {
    const packageDir = packageNearby() ?? dirname(requireHere.resolve('better-sqlite3/package.json'));
    const built = join(packageDir, 'build', 'Release', 'better_sqlite3.node');
    addonPath = existsSync(built) ? built : null;
  } catch {
    addonPath = null;
  }
  return addonPath;
}

// Where require() finds the package when it is in one of the first node_modules folders it
// looks in (this file's folder, its parent, and the project's, two up: dist/chunks/ and
// src/index/ alike), the package having no "exports": the same folder, found with three
// stats instead of the first require.resolve of a print command (~2 ms, most of it setting
// up the resolver). Elsewhere, require.resolve looks further up.
function packageNearby(): string | undefined {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let level = 0; level < 3; level += 1) {
    const packageDir = join(dir, 'node_modules', 'better-sqlite3');
    if (existsSync(join(packageDir, 'package.json'))) return packageDir;
    dir = dirname(dir);
  }
  return undefined;
}

/** Opens (or creates) an SQLite database with better-sqlite3, loading its addon directly. */
export function openDatabase(file: string, options: Database.Options = {}): Database.Database {
  // Loaded on first use rather than imported: an ESM import of this CommonJS package is loaded
  // and scanned for its exports before the program's first line runs, at every start.
  DatabaseClass ??= requireHere('better-sqlite3') as typeof Database;
  const nativeBinding = nativeAddon();
  return new DatabaseClass(file, nativeBinding === null ? options : { ...options, nativeBinding });
}
