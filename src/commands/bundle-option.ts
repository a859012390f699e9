import type { Command } from 'commander';
import { resolveBundleDir } from '../cli/paths.js';

/** The bundle folder a command works on: --bundle, else OSCE_TUI_BUNDLE, else the packaged bundle. */
export function commandBundleDir(command: Command): string {
  return resolveBundleDir(command.optsWithGlobals<{ bundle?: string }>().bundle);
}
