import { writeStdoutDirectly } from './cli/direct-stdout.js';
import { main } from './cli/program.js';

// Node's stream for a file takes a short write for a whole one: output cut at a file size limit
// (ulimit -f) would end the run with code 0 as if complete. Written directly, the rest fails with
// EFBIG, which ends it with one line on stderr and code 1, as in the print program.
writeStdoutDirectly();
await main(process.argv);
