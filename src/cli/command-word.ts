/**
 * The command a command line runs: its first word that is neither one of the program's own
 * options nor the value of --bundle; undefined when an option Commander must see first (--help,
 * --version, an unknown one, `--`) comes before it. Pure.
 */
export function commandWord(args: readonly string[]): string | undefined {
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] ?? '';
    if (arg === '--bundle') i += 1;
    else if (!(arg.startsWith('--bundle=') || arg === '--no-color' || arg === '--home'))
      return arg.startsWith('-') ? undefined : arg;
  }
  return undefined;
}
