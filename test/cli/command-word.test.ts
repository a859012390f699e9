import { describe, expect, it } from 'vitest';
import { commandWord, startsBrowser } from '../../src/cli/command-word.js';
import { createProgram } from '../../src/cli/program.js';

// A run defines only the command it names (defining all costs several ms at every start): the
// name must be found wherever the program's own options put it, and the command must be the same.
describe('commandWord', () => {
  it('finds the command after the program options and the value of --bundle', () => {
    expect(commandWord(['list', '--limit', '2'])).toBe('list');
    expect(commandWord(['--bundle', 'show', 'stats'])).toBe('stats');
    expect(commandWord(['--bundle=./b', '--no-color', '--home', 'lookup', 'odihr'])).toBe('lookup');
    expect(commandWord(['serch', 'x'])).toBe('serch');
  });

  it('gives none when Commander must see an option first, or there is no word', () => {
    expect(commandWord(['--help', 'list'])).toBeUndefined();
    expect(commandWord(['--version'])).toBeUndefined();
    expect(commandWord(['--', 'list'])).toBeUndefined();
    expect(commandWord(['--bundle', './b'])).toBeUndefined();
    expect(commandWord([])).toBeUndefined();
  });
});

// dist/cli.js runs these in the browse program, which holds the browser and no other command's work.
describe('startsBrowser', () => {
  it('is true for the program options alone and for open', () => {
    expect(startsBrowser([])).toBe(true);
    expect(startsBrowser(['--bundle', './b', '--no-color', '--home'])).toBe(true);
    expect(startsBrowser(['--bundle=./b'])).toBe(true);
    expect(startsBrowser(['--bundle'])).toBe(true);
    expect(startsBrowser(['open', 'italy'])).toBe(true);
    expect(startsBrowser(['--bundle', 'open', 'open', '--help'])).toBe(true);
  });

  it('is false for any other command and for options Commander must see first', () => {
    expect(startsBrowser(['--bundle', 'open', 'list'])).toBe(false);
    expect(startsBrowser(['import', 'open'])).toBe(false);
    expect(startsBrowser(['--help'])).toBe(false);
    expect(startsBrowser(['--home', '--version'])).toBe(false);
    expect(startsBrowser(['--', 'open'])).toBe(false);
    expect(startsBrowser(['--colour'])).toBe(false);
    expect(startsBrowser([''])).toBe(false);
  });
});

describe('createProgram for one command', () => {
  const helpOf = (program: ReturnType<typeof createProgram>, name: string): string | undefined =>
    program
      .configureOutput({ getOutHelpWidth: () => 80 })
      .commands.find((command) => command.name() === name)
      ?.helpInformation();

  it.each(['list', 'show', 'search', 'config', 'open'])(
    'defines %s as the whole program does, and the program options',
    (name) => {
      const one = createProgram(name);
      expect(helpOf(one, name)).toBe(helpOf(createProgram(), name));
      expect(one.options.map((option) => option.flags)).toEqual(createProgram().options.map((option) => option.flags));
    },
  );

  it('defines only open for open', () => {
    expect(createProgram('open').commands.map((command) => command.name())).toEqual(['open']);
  });

  it('defines every command for a name that is not one (the typo hint needs them all)', () => {
    expect(createProgram('serch').commands.length).toBe(createProgram().commands.length);
  });
});
