import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * The folder derived indexes live in: OSCE_TUI_CACHE_DIR, else $XDG_CACHE_HOME/osce-tui, else
 * ~/.cache/osce-tui. Nothing there is the only copy of anything; it may be deleted at any time.
 */
export function resolveCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.OSCE_TUI_CACHE_DIR) return resolve(env.OSCE_TUI_CACHE_DIR);
  if (env.XDG_CACHE_HOME) return join(resolve(env.XDG_CACHE_HOME), 'osce-tui');
  return join(homedir(), '.cache', 'osce-tui');
}

/** The index file for a bundle folder: one file per bundle path, so bundles never share an index. */
export function indexFileFor(bundleDir: string, cacheDir: string): string {
  return join(cacheDir, `index-${pathKey(resolve(bundleDir))}.sqlite`);
}

const FNV_OFFSET = 0xcbf29ce484222325n;
const FNV_PRIME = 0x100000001b3n;
const MASK_64 = (1n << 64n) - 1n;

// 64-bit FNV-1a over the path's UTF-8 bytes, as 16 hex digits. A name, not a security boundary:
// a hash from node:crypto would load ~17 internal modules at the start of every index command.
function pathKey(path: string): string {
  let hash = FNV_OFFSET;
  for (const byte of Buffer.from(path, 'utf8')) hash = ((hash ^ BigInt(byte)) * FNV_PRIME) & MASK_64;
  return hash.toString(16).padStart(16, '0');
}
