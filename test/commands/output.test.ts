import { describe, expect, it } from 'vitest';
import { MIN_OUTPUT_WIDTH, outputWidth } from '../../src/cli/output.js';
import { colourEnabled } from '../../src/print/text-style.js';

const piped = { isTTY: false };
const terminal = (columns: number) => ({ isTTY: true, columns });

describe('outputWidth', () => {
  it('is 80 when piped, the terminal width on a terminal, and --width when given', () => {
    expect(outputWidth(undefined, piped, {})).toBe(80);
    expect(outputWidth(undefined, terminal(132), {})).toBe(132);
    expect(outputWidth(60, terminal(132), {})).toBe(60);
  });

  it('takes COLUMNS when it holds a number, piped or not, and ignores it otherwise', () => {
    expect(outputWidth(undefined, piped, { COLUMNS: '100' })).toBe(100);
    expect(outputWidth(undefined, terminal(132), { COLUMNS: '72' })).toBe(72);
    expect(outputWidth(undefined, piped, { COLUMNS: 'wide' })).toBe(80);
    expect(outputWidth(undefined, piped, { COLUMNS: '' })).toBe(80);
    expect(outputWidth(undefined, piped, { COLUMNS: '0' })).toBe(80);
  });

  it('never lays text out narrower than the minimum, however narrow the terminal or COLUMNS', () => {
    expect(MIN_OUTPUT_WIDTH).toBe(40);
    expect(outputWidth(undefined, terminal(12), {})).toBe(40);
    expect(outputWidth(undefined, piped, { COLUMNS: '1' })).toBe(40);
    // An explicit --width is the user's choice (show checks its own range).
    expect(outputWidth(20, piped, {})).toBe(20);
  });
});

describe('colourEnabled', () => {
  it('is off when the user said --no-color, even on a terminal', () => {
    expect(colourEnabled({ isTTY: true }, {}, true)).toBe(true);
    expect(colourEnabled({ isTTY: true }, {}, false)).toBe(false);
  });
});
