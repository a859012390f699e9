import type { Command } from 'commander';
import { register as registerBookmarks } from './bookmarks.js';
import { register as registerBrowse } from './browse.js';
import { register as registerCompact } from './compact.js';
import { register as registerConfig } from './config.js';
import { register as registerExport } from './export.js';
import { register as registerImport } from './import.js';
import { register as registerList } from './list.js';
import { register as registerLookup } from './lookup.js';
import { register as registerSearch } from './search.js';
import { register as registerShow } from './show.js';
import { register as registerStats } from './stats.js';
import { register as registerSync } from './sync.js';
import { register as registerTaxonomy } from './taxonomy.js';
import { register as registerWatch } from './watch.js';

/** A command module adds itself to the program. */
export type RegisterCommand = (program: Command) => void;

// Each command lives in its own module; this list is their only meeting point, keyed by the name a
// user types. A module here only defines its command (cheap); the work is in a module loaded when
// the command runs (lazy-action.ts).
const registrations: ReadonlyArray<readonly [string, RegisterCommand]> = [
  ['open', registerBrowse],
  ['list', registerList],
  ['lookup', registerLookup],
  ['export', registerExport],
  ['bookmarks', registerBookmarks],
  ['config', registerConfig],
  ['search', registerSearch],
  ['import', registerImport],
  ['show', registerShow],
  ['taxonomy', registerTaxonomy],
  ['stats', registerStats],
  ['compact', registerCompact],
  ['sync', registerSync],
  ['watch', registerWatch],
];

/**
 * Adds every command to the program; given `only`, the name of a command, just that one (and the
 * program's own action and options). Defining all of them costs several milliseconds at every
 * start, for a run that uses one; the help and a mistyped name need them all.
 */
export function registerCommands(program: Command, only?: string): void {
  const known = only !== undefined && registrations.some(([name]) => name === only);
  // Browse defines the program's own action and options besides `open`: always there.
  for (const [name, register] of registrations)
    if (!known || register === registerBrowse || name === only) register(program);
}
