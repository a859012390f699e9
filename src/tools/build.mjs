#!/usr/bin/env node
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
// Bundles src/cli.tsx into dist/chunks/cli.mjs and the chunks it loads (dist/chunks/): loading a
// few bundled files starts ~3x faster than resolving node_modules at run time. Then the print
// commands' program and the browser's as one CommonJS file each (dist/chunks/print.cjs,
// browse.cjs), and dist/cli.js, the small CommonJS entry that answers --version and --help
// itself (src/cli/quick-entry.ts), with the texts the built program prints. `--if-needed`
// skips the build when dist/cli.js is newer than src/.
import { build } from 'esbuild';
import {
  BROWSE_PROGRAM,
  browseProgramOptions,
  cliOptions,
  PRINT_PROGRAM,
  printProgramOptions,
  quickEntryOptions,
  YOGA_WASM,
  yogaWasm,
} from './esbuild-options.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const options = cliOptions(root);
const dist = join(root, 'dist');
const entry = join(dist, 'cli.js');

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
rmSync(options.outdir, { recursive: true, force: true });
await build(options);
await build(printProgramOptions(root));
vmProgramChecked(join(dist, PRINT_PROGRAM));
await build(browseProgramOptions(root));
vmProgramChecked(join(dist, BROWSE_PROGRAM));
writeFileSync(join(options.outdir, YOGA_WASM), await yogaWasm(root));
// dist/cli.js is CommonJS, which starts faster than an ES module; the chunks are .mjs.
writeFileSync(join(dist, 'package.json'), '{ "type": "commonjs" }\n');

// dist/cli.js compiles the print and browse programs without Node's module loader, so they may
// hold no import(), and reads them as Latin-1 (src/cli/code-cache.ts): a one-byte string, made and
// compiled faster than one decoded from UTF-8. esbuild escapes non-ASCII text except in regular
// expression literals, where \uXXXX means the same character; String.raw would not.
function vmProgramChecked(file) {
  const source = readFileSync(file, 'utf8');
  if (/\bimport\(/.test(source)) throw new Error(`${file}: import() in a program run by runWithCodeCache`);
  if (/String\.raw`[^`]*[^\x00-\x7f]/.test(source)) throw new Error(`${file}: non-ASCII text in String.raw`);
  const escaped = source.replace(/[^\x00-\x7f]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
  if (escaped !== source) writeFileSync(file, escaped);
}

// What the program prints, run as a user would run it with its output piped (80 columns, no colour).
function programOutput(arg) {
  const env = { ...process.env };
  for (const name of ['FORCE_COLOR', 'CLICOLOR_FORCE', 'NO_COLOR']) delete env[name];
  const result = spawnSync(process.execPath, [join(options.outdir, 'cli.mjs'), arg], {
    cwd: root,
    env,
    encoding: 'utf8',
  });
  if (result.status !== 0 || result.stderr !== '')
    throw new Error(`dist/chunks/cli.mjs ${arg} failed (${result.status}): ${result.stderr}`);
  return result.stdout;
}

// A code cache is only good for the build it was made from.
const buildIdOf = (program) =>
  createHash('sha256')
    .update(readFileSync(join(dist, program)))
    .digest('hex')
    .slice(0, 16);
await build(
  quickEntryOptions(root, {
    version: programOutput('--version'),
    help: programOutput('--help'),
    printBuildId: buildIdOf(PRINT_PROGRAM),
    browseBuildId: buildIdOf(BROWSE_PROGRAM),
  }),
);
