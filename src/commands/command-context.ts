import type { Command } from 'commander';
import { createTextStyle, colourEnabled, type TextStyle } from '../cards/text-style.js';
import { openCatalog } from '../catalog/open-catalog.js';
import type { Catalog } from '../catalog/types.js';
import { UserError } from '../cli/errors.js';
import { resolveBundleDir } from '../cli/paths.js';
import { openUserState, type UserState } from '../state/user-state.js';

/** Opens the bundle named by --bundle (or the default), as a UserError when it cannot be read. */
export async function openCommandCatalog(command: Command): Promise<Catalog> {
  const dir = resolveBundleDir(command.optsWithGlobals<{ bundle?: string }>().bundle);
  try {
    return await openCatalog(dir, { onWarning: (message) => process.stderr.write(`osce-tui: warning: ${message}\n`) });
  } catch (error) {
    throw new UserError(`cannot open the bundle in ${dir}: ${(error as Error).message}`);
  }
}

/** The text style of a command's output: colour on a terminal unless NO_COLOR or the global --no-color. */
export function commandTextStyle(command: Command): TextStyle {
  return createTextStyle(colourEnabled(process.stdout, process.env, command.optsWithGlobals<{ color?: boolean }>().color !== false));
}

/** The user state for a command: warnings go to stderr as one line each. */
export function openCommandUserState(): UserState {
  return openUserState({ onWarning: (message) => process.stderr.write(`osce-tui: warning: ${message}\n`) });
}
