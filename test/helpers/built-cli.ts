import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The repository root. */
export const ROOT = join(import.meta.dirname, '..', '..');
/** The built program, as `npm test` builds it (`build.mjs --if-needed`) before the tests run. */
export const BUILT_CLI = join(ROOT, 'dist', 'cli.js');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/**
 * Fails with what to run when dist/cli.js is missing or older than src/ (the rule of
 * `build.mjs --if-needed`). Tests never build it themselves: workers building at once would
 * delete each other's chunks under running processes.
 */
export function assertBuiltCliFresh(): void {
  if (!existsSync(BUILT_CLI))
    throw new Error(`${BUILT_CLI} is missing: run \`npm run build\` (npm test builds it first)`);
  const inputs = Math.max(newestMtime(join(ROOT, 'src')), statSync(join(ROOT, 'package.json')).mtimeMs);
  if (statSync(BUILT_CLI).mtimeMs < inputs)
    throw new Error(`${BUILT_CLI} is older than src/: run \`npm run build\` (npm test builds it first)`);
}
