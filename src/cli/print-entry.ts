/**
 * The print commands' program (dist/chunks/print.cjs): the program of src/cli.tsx, bundled as one
 * CommonJS file without the browser and the other commands' work, which dist/cli.js runs for the
 * print commands (see PRINT_COMMANDS in src/tools/esbuild-options.mjs). One file compiled from a
 * code cache starts faster than the ES module chunks.
 */
import { fileURLToPath } from 'node:url';
import { fileFingerprint, keepBundleMemo } from '../bundle/bundle-memo.js';
import { resolveCacheDir } from '../index/cache-location.js';
import { writeStdoutDirectly } from './direct-stdout.js';
import { main } from './program.js';

writeStdoutDirectly();
// What it derives from a bundle at every start is kept for the next one (see bundle-memo.ts), as
// long as this very file (this build) is what runs.
const program = fileFingerprint(fileURLToPath(import.meta.url));
if (program !== undefined) keepBundleMemo(resolveCacheDir(), program);
void main(process.argv);
