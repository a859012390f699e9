// The program's own options that take no value; --bundle takes the next argument (or `=value`).
const PROGRAM_FLAGS = new Set(['--no-color', '--home']);

// The first argument that is neither one of the program's own options nor the value of --bundle;
// undefined when there is none.
function firstOtherArg(args: readonly string[]): string | undefined {
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] ?? '';
    if (arg === '--bundle') i += 1;
    else if (!(arg.startsWith('--bundle=') || PROGRAM_FLAGS.has(arg))) return arg;
  }
  return undefined;
}

/**
 * The command a command line runs: its first word that is neither one of the program's own
 * options nor the value of --bundle; undefined when an option Commander must see first (--help,
 * --version, an unknown one, `--`) comes before it. Pure.
 */
export function commandWord(args: readonly string[]): string | undefined {
  const arg = firstOtherArg(args);
  return arg?.startsWith('-') ? undefined : arg;
}

/**
 * Whether the command line starts the browser: nothing but the program's own options, or the
 * command `open`. Pure.
 */
export function startsBrowser(args: readonly string[]): boolean {
  const arg = firstOtherArg(args);
  return arg === undefined || arg === 'open';
}
