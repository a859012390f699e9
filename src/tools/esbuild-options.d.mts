import type { BuildOptions } from 'esbuild';

/** What every bundled Ink program needs: ESM for Node 20, React in production mode. */
export function inkProgramOptions(root: string): BuildOptions;
/** Everything of the CLI's build but where it starts and where it goes: for benchmarks that must measure the same code. */
export function cliProgramOptions(root: string): BuildOptions;
/** The CLI bundle: dist/cli.js (the command definitions) and the chunks its commands load when they run. */
export function cliOptions(root: string): BuildOptions & { outdir: string };
