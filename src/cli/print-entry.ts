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

// Handles of stdout and stderr (a terminal, a pipe or a Unix socket, a TCP socket): they stay
// open until the end but hold no work.
const STDIO_HANDLES = new Set(['TTYWrap', 'PipeWrap', 'TCPWrap']);

// Once the command is done and nothing is left for the event loop, the process ends here, as
// Node would right after, but without tearing down its heap, the SQLite addon and the rest
// (~5 ms of a print command's start). 'exit' listeners still run (the code cache is saved in
// one) and the exit code is the one set. Checked at the next turn of the event loop, after what
// the command left for the next tick (a stream's 'error', such as a full disk's); a write still
// queued (a full pipe), a timer or any other request keeps the usual ending, which waits for it.
function endNow(): void {
  if (process.getActiveResourcesInfo().every((name) => STDIO_HANDLES.has(name))) process.exit();
}

void main(process.argv).then(() => setImmediate(endNow));
