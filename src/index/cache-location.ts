import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { textHash } from '../system/text-hash.js';

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
  // Not sha256: node:crypto would load ~17 internal modules at the start of every index command.
  return join(cacheDir, `index-${textHash(resolve(bundleDir))}.sqlite`);
}
