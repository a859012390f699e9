/**
 * The browser's program (dist/chunks/browse.cjs): the program of src/cli.tsx, bundled as one
 * CommonJS file with the browser but without the other commands' work, which dist/cli.js runs when
 * a command line starts the browser (see startsBrowser). One file compiled from a code cache
 * reaches the first frame sooner than the ES module chunks, whose compilation was the largest
 * part of the start.
 */
import { main } from './program.js';

void main(process.argv);
