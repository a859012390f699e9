import { describe, expect, it } from 'vitest';
import { chalkLevel, colourLevel } from '../../src/system/colour-support.js';

const terminal = (env: NodeJS.ProcessEnv, wanted = true) => colourLevel({ env, isTTY: true, wanted });
const pipe = (env: NodeJS.ProcessEnv) => colourLevel({ env, isTTY: false });

describe('the colour level', () => {
  it('follows what TERM and COLORTERM say a terminal shows', () => {
    expect(terminal({ TERM: 'xterm-256color', COLORTERM: 'truecolor' })).toBe('truecolor');
    expect(terminal({ TERM: 'xterm', COLORTERM: '24bit' })).toBe('truecolor');
    expect(terminal({ TERM: 'tmux-256color' })).toBe('256');
    expect(terminal({ TERM: 'xterm' })).toBe('16');
    // A TERM that supports-color does not know, or none at all: still a terminal.
    expect(terminal({ TERM: 'foot-extra' })).toBe('16');
    expect(terminal({})).toBe('16');
    expect(terminal({ TERM: 'dumb', COLORTERM: 'truecolor' })).toBe('none');
  });

  it('is the same where a CI variable is set', () => {
    const ci = { CI: 'true', CONTINUOUS_INTEGRATION: '1', GITHUB_ACTIONS: 'true', BUILD_NUMBER: '7' };
    expect(terminal({ ...ci, TERM: 'xterm-256color' })).toBe('256');
    expect(terminal({ ...ci, TERM: 'xterm' })).toBe('16');
    expect(pipe({ ...ci, TERM: 'xterm-256color' })).toBe('none');
  });

  it('is none for a pipe, under NO_COLOR or with --no-color', () => {
    expect(pipe({ TERM: 'xterm-256color', COLORTERM: 'truecolor' })).toBe('none');
    expect(terminal({ TERM: 'xterm-256color', NO_COLOR: '1' })).toBe('none');
    // no-color.org: an empty NO_COLOR is as if it were not set.
    expect(terminal({ TERM: 'xterm-256color', NO_COLOR: '' })).toBe('256');
    expect(terminal({ TERM: 'xterm-256color' }, false)).toBe('none');
  });

  it('is what FORCE_COLOR says, for a terminal or a pipe, unless colour is turned off', () => {
    expect(terminal({ TERM: 'xterm-256color', COLORTERM: 'truecolor', FORCE_COLOR: '0' })).toBe('none');
    expect(terminal({ TERM: 'xterm-256color', FORCE_COLOR: 'false' })).toBe('none');
    expect(pipe({ FORCE_COLOR: '1' })).toBe('16');
    expect(pipe({ FORCE_COLOR: 'true' })).toBe('16');
    expect(pipe({ FORCE_COLOR: '' })).toBe('16');
    expect(terminal({ TERM: 'dumb', FORCE_COLOR: '2' })).toBe('256');
    expect(terminal({ TERM: 'xterm', FORCE_COLOR: '3' })).toBe('truecolor');
    expect(terminal({ TERM: 'xterm-256color', FORCE_COLOR: '1' })).toBe('16');
    expect(pipe({ FORCE_COLOR: '9' })).toBe('truecolor');
    expect(pipe({ FORCE_COLOR: 'yes' })).toBe('16');
    expect(terminal({ FORCE_COLOR: '3', NO_COLOR: '1' })).toBe('none');
    expect(terminal({ FORCE_COLOR: '3' }, false)).toBe('none');
  });

  it('numbers as chalk does', () => {
    expect((['none', '16', '256', 'truecolor'] as const).map(chalkLevel)).toEqual([0, 1, 2, 3]);
  });
});
