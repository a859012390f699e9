import { readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The file names in the code cache folder of the cache folder `cacheDir`. */
export const codeCaches = (cacheDir: string): string[] => readdirSync(join(cacheDir, 'code-cache'));

/**
 * Writes `count` caches of older builds of `program`, written an hour apart, oldest first; their
 * names in that order.
 */
export function writeOlderBuilds(cacheDir: string, program: string, count: number): string[] {
  const now = Date.now() / 1000;
  return Array.from({ length: count }, (_, index) => {
    const name = `${program}-${String(index).padStart(16, '0')}.bin`;
    const file = join(cacheDir, 'code-cache', name);
    writeFileSync(file, 'an older build');
    const written = now - 3600 * (count - index);
    utimesSync(file, written, written);
    return name;
  });
}
