import type { Command } from 'commander';
import { bundleNoticeText } from '../catalog/bundle-problems.js';
import { openCatalog } from '../catalog/open-catalog.js';
import type { SqliteCatalog } from '../catalog/sqlite-catalog.js';
import type { Catalog } from '../catalog/types.js';
import { UserError } from '../cli/errors.js';
import { colourEnabled, createTextStyle, type TextStyle } from '../print/text-style.js';
import { openUserState, type UserState } from '../state/user-state.js';
import { commandBundleDir } from './bundle-option.js';
import { writeWarning } from './warn-of-problems.js';

/**
 * Opens the bundle named by --bundle (or the default), as a UserError when it cannot be read.
 * A bundle with problems opens with what is valid and one warning line on stderr, the browser's
 * notice: how many problems (or that no release is valid), where the first is, and that
 * `osce-tui stats` lists them (counted
 * when the index applied the release files, so the releases are not read again).
 */
export async function openCommandCatalog(command: Command): Promise<Catalog> {
  const dir = commandBundleDir(command);
  let catalog: SqliteCatalog;
  try {
    catalog = await openCatalog(dir, { onWarning: writeWarning });
  } catch (error) {
    throw new UserError(`cannot open the bundle in ${dir}: ${(error as Error).message}`);
  }
  const problems = await bundleNoticeText(dir, catalog).catch(() => undefined);
  if (problems) writeWarning(problems);
  return catalog;
}

/** The text style of a command's output: colour as colourEnabled decides, with the global --no-color. */
export function commandTextStyle(command: Command): TextStyle {
  return createTextStyle(
    colourEnabled(process.stdout, process.env, command.optsWithGlobals<{ color?: boolean }>().color !== false),
  );
}

/** The user state for a command: warnings go to stderr as one line each. */
export function openCommandUserState(): UserState {
  return openUserState({ onWarning: writeWarning });
}
