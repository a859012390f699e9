import type { Command } from 'commander';
import { boundedEditDistance } from '../taxonomy/edit-distance.js';
import { EXIT_USAGE, UserError } from './errors.js';

/** Letters a mistyped command name may have wrong and still be suggested ("serch" → search). */
const SLIPS = 2;

/**
 * Makes `osce-tui WORD`, for a WORD that names no command, a usage error naming the nearest
 * command, and `osce-tui help [COMMAND]` print the help. The program's own action (the browser) takes no arguments, so without this Commander
 * reports "too many arguments", which tells a user nothing about the typo. Call after every
 * command is registered: the setting must not be inherited by them.
 */
export function rejectUnknownCommands(program: Command): void {
  program.allowExcessArguments(true);
  program.hook('preAction', (_hooked, actionCommand) => {
    if (actionCommand !== program || program.args.length === 0) return;
    const typed = program.args[0]!;
    // Commander offers `help [command]` only to programs without an action of their own.
    if (typed === 'help') (program.commands.find((command) => command.name() === program.args[1]) ?? program).help();
    const nearest = nearestCommand(
      typed,
      program.commands.flatMap((command) => [command.name(), ...command.aliases()]),
    );
    const hint = nearest ? `did you mean ${nearest}?` : 'run osce-tui --help for the commands';
    throw new UserError(`unknown command '${typed}' (${hint})`, EXIT_USAGE);
  });
}

/** The command name closest to what was typed, if one is close: a unique start, else within a few slips. Pure. */
export function nearestCommand(typed: string, names: readonly string[]): string | undefined {
  const word = typed.toLowerCase();
  if (word === '') return undefined;
  const starting = names.filter((name) => name.startsWith(word));
  if (starting.length === 1) return starting[0];
  let best: { name: string; distance: number } | undefined;
  for (const name of names) {
    const distance = boundedEditDistance(word, name, SLIPS);
    if (distance <= SLIPS && (!best || distance < best.distance)) best = { name, distance };
  }
  return best?.name;
}
