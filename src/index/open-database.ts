import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
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
    const packageDir = dirname(requireHere.resolve('better-sqlite3/package.json'));
    const built = join(packageDir, 'build', 'Release', 'better_sqlite3.node');
    addonPath = existsSync(built) ? built : null;
  } catch {
    addonPath = null;
  }
  return addonPath;
}

/** Opens (or creates) an SQLite database with better-sqlite3, loading its addon directly. */
export function openDatabase(file: string, options: Database.Options = {}): Database.Database {
  // Loaded on first use rather than imported: an ESM import of this CommonJS package is loaded
  // and scanned for its exports before the program's first line runs, at every start.
  DatabaseClass ??= requireHere('better-sqlite3') as typeof Database;
  const nativeBinding = nativeAddon();
  return new DatabaseClass(file, nativeBinding === null ? options : { ...options, nativeBinding });
}
