import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeKey } from '../../src/ui/keymap.js';
import { splitKeyPresses } from '../../src/ui/key-presses.js';
import { DOWN, ENTER, ESC } from './keys.js';
import { PATIENCE, press } from './press.js';
import { cleanupSized, renderApp } from './render-app.js';

afterEach(cleanupSized);

// Ink hands a run of printable characters that arrived in one read to the input handler as one
// string: key repeat over SSH, tmux send-keys, a paste, a fast typist.
describe('splitKeyPresses', () => {
  it('splits a run of characters into one key press each, as Ink reports a single key', () => {
    const presses = splitKeyPresses('jJ \r\u007f\t\u0003', makeKey());
    expect(presses.map((p) => p.input)).toEqual(['j', 'J', ' ', '\r', '', '', 'c']);
    expect(presses[1]!.key.shift).toBe(true);
    expect(presses[3]!.key.return).toBe(true);
    expect(presses[4]!.key.delete).toBe(true);
    expect(presses[5]!.key.tab).toBe(true);
    expect(presses[6]!.key.ctrl).toBe(true);
  });

  it('keeps a character made of several code points whole', () => {
    expect(splitKeyPresses('a👩‍👩‍👧é', makeKey()).map((p) => p.input)).toEqual(['a', '👩‍👩‍👧', 'é']);
  });

  it('leaves single keys and named keys alone', () => {
    const down = makeKey({ downArrow: true });
    expect(splitKeyPresses('', down)).toEqual([{ input: '', key: down }]);
    expect(splitKeyPresses('j', makeKey())).toEqual([{ input: 'j', key: makeKey() }]);
    const altJ = makeKey({ meta: true });
    expect(splitKeyPresses('j', altJ)).toEqual([{ input: 'j', key: altJ }]);
  });
});

describe('keys that arrive in one read', () => {
  it('moves once per j in a burst', async () => {
    const app = renderApp();
    await press(app, 'jjj', '> Countries');
    await press(app, 'kk', '> Search');
  });

  it('opens the search box and types the rest of a burst into it', async () => {
    const app = renderApp();
    await press(app, '/kosovo', 'Search: kosovo▏');
    await press(app, `${ESC}`, /^Home\n/);
  });

  it('takes Enter inside a burst as Enter, and escape sequences around a burst still work', async () => {
    const app = renderApp();
    await press(app, `${DOWN}${DOWN}j${ENTER}`, 'Home › Countries');
    await vi.waitFor(() => expect(app.lastFrame()).toContain('Participating States'), PATIENCE);
    await press(app, `j${ENTER}`, 'Home › Countries › Participating States');
  });
});
