#!/usr/bin/env node
// Bundles src/cli.tsx into dist/cli.js and the chunks it loads (dist/chunks/): loading a few
// bundled files starts ~3x faster than resolving node_modules at run time. `--if-needed` skips
// the build when dist/cli.js is newer than src/.
import { build } from 'esbuild';
import { readdirSync, rmSync, statSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cliOptions } from './esbuild-options.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const options = cliOptions(root);
const entry = join(options.outdir, 'cli.js');

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

if (process.argv.includes('--if-needed') && existsSync(entry)) {
  const inputs = Math.max(newestMtime(join(root, 'src')), statSync(join(root, 'package.json')).mtimeMs);
  if (statSync(entry).mtimeMs >= inputs) process.exit(0);
}

// Chunk names carry a hash of their content: without this, every build would leave its old ones behind.
rmSync(join(options.outdir, 'chunks'), { recursive: true, force: true });
await build(options);
