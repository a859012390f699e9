import type { Command } from 'commander';
import { register as registerBrowse } from './browse.js';
import { register as registerList } from './list.js';
import { register as registerLookup } from './lookup.js';
import { register as registerExport } from './export.js';
import { register as registerBookmarks } from './bookmarks.js';
import { register as registerConfig } from './config.js';
import { register as registerSearch } from './search.js';
import { register as registerImport } from './import.js';
import { register as registerShow } from './show.js';
import { register as registerTaxonomy } from './taxonomy.js';
import { register as registerStats } from './stats.js';
import { register as registerCompact } from './compact.js';
import { register as registerSync } from './sync.js';
import { register as registerWatch } from './watch.js';

/** A command module adds itself to the program. */
export type RegisterCommand = (program: Command) => void;

// Each command lives in its own module; this list is their only meeting point. A module here only
// defines its command (cheap); the work is in a module loaded when the command runs (lazy-action.ts).
const registrations: RegisterCommand[] = [registerBrowse, registerList, registerLookup, registerExport, registerBookmarks, registerConfig, registerSearch, registerImport, registerShow, registerTaxonomy, registerStats, registerCompact, registerSync, registerWatch];

/** Adds every command to the program. */
export function registerCommands(program: Command): void {
  for (const register of registrations) register(program);
}
