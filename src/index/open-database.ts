import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';

let addonPath: string | null | undefined;

// better-sqlite3 finds its addon with the `bindings` package, which tries a dozen candidate
// paths through require(): ~50 ms of a ~0.4 s start. Naming the file it builds into skips that;
// when the file is elsewhere (another build layout), better-sqlite3's own search still runs.
function nativeAddon(): string | null {
  if (addonPath !== undefined) return addonPath;
  try {
    const packageDir = dirname(createRequire(import.meta.url).resolve('better-sqlite3/package.json'));
    const built = join(packageDir, 'build', 'Release', 'better_sqlite3.node');
    addonPath = existsSync(built) ? built : null;
  } catch {
    addonPath = null;
  }
  return addonPath;
}

/** Opens (or creates) an SQLite database with better-sqlite3, loading its addon directly. */
export function openDatabase(file: string, options: Database.Options = {}): Database.Database {
  const nativeBinding = nativeAddon();
  return new Database(file, nativeBinding === null ? options : { ...options, nativeBinding });
}
