/**
 * The print commands' program (dist/chunks/print.cjs): the program of src/cli.tsx, bundled as one
 * CommonJS file without the browser and the other commands' work, which dist/cli.js runs for the
 * print commands (see PRINT_COMMANDS in src/tools/esbuild-options.mjs). One file compiled from a
 * code cache starts faster than the ES module chunks.
 */
import { writeStdoutDirectly } from './direct-stdout.js';
import { main } from './program.js';

writeStdoutDirectly();
void main(process.argv);
