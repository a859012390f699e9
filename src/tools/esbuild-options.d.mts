import type { BuildOptions } from 'esbuild';

/** What every bundled Ink program needs: ESM for Node 20, React in production mode. */
export function inkProgramOptions(root: string): BuildOptions;
/** The CLI bundle: everything a first frame does not need is left out or made cheaper to load. */
export function cliOptions(root: string): BuildOptions & { outfile: string };
