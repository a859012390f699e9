import type { Command } from 'commander';

/** A command module adds itself to the program. */
export type RegisterCommand = (program: Command) => void;

// Each command lives in its own module; this list is their only meeting point.
const registrations: RegisterCommand[] = [];

/** Adds every command to the program. */
export function registerCommands(program: Command): void {
  for (const register of registrations) register(program);
}
