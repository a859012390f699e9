import { rm } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { build } from 'esbuild';
import { afterAll } from 'vitest';
import { ROOT } from './built-cli.js';

/**
 * A test's helper script (a child process it starts and kills), bundled once per test file into
 * plain JavaScript: `node script.mjs` starts in a fraction of the time and CPU of
 * `node --import tsx script.ts`, which compiles every imported file at each start. Packages stay
 * external, so the output lives under node_modules/.cache where they resolve; removed after the file.
 */
export function useCompiledScript(scriptPath: string): () => Promise<string> {
  const outfile = join(
    ROOT,
    'node_modules',
    '.cache',
    'osce-tui-test-scripts',
    `${basename(scriptPath, '.ts')}-${process.pid}.mjs`,
  );
  let built: Promise<unknown> | undefined;
  afterAll(() => rm(outfile, { force: true }));
  return async () => {
    built ??= build({
      entryPoints: [scriptPath],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      packages: 'external',
      logLevel: 'warning',
    });
    await built;
    return outfile;
  };
}
