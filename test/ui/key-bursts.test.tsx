import { afterEach, describe, expect, it, vi } from 'vitest';
import { splitKeyPresses } from '../../src/ui/input/split-key-presses.js';
import { makeKey } from '../../src/ui/keymap.js';
import { START } from '../../src/ui/navigation.js';
import { DOWN, ENTER, ESC } from './keys.js';
import { PATIENCE, press } from './press.js';
import { cleanupSized, renderApp } from './render-app.js';
import { LAKEVILLE, openWorldCatalog } from './world-catalog.js';

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
    const shiftUp = makeKey({ upArrow: true, shift: true });
    expect(splitKeyPresses('', shiftUp)).toEqual([{ input: '', key: shiftUp }]);
  });

  it('gives back the Esc of Esc and a key read together', () => {
    const escapeKey = { input: '', key: makeKey({ escape: true, meta: true }) };
    // Ink's Alt+j, its one Esc for Esc Esc, and its bare ? for Esc ?.
    expect(splitKeyPresses('j', makeKey({ meta: true }), '\u001bj')).toEqual([
      escapeKey,
      { input: 'j', key: makeKey() },
    ]);
    expect(splitKeyPresses('', makeKey({ escape: true, meta: true }), '\u001b\u001b')).toEqual([escapeKey, escapeKey]);
    expect(splitKeyPresses('?', makeKey(), '\u001b?')).toEqual([escapeKey, { input: '?', key: makeKey() }]);
    expect(splitKeyPresses('', makeKey({ downArrow: true, meta: true }), '\u001b\u001b[B')).toEqual([
      escapeKey,
      { input: '', key: makeKey({ downArrow: true }) },
    ]);
    // A raw sequence that is not what Ink parsed (listener order) changes nothing.
    expect(splitKeyPresses('/', makeKey(), '\u001b?')).toEqual([{ input: '/', key: makeKey() }]);
    expect(splitKeyPresses('', makeKey({ escape: true, meta: true }), '\u001b')).toEqual([escapeKey]);
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

  it('takes Esc arriving together with the next key (a sign, Esc, an arrow) as Esc, then that key', async () => {
    const app = renderApp({ initialStack: [{ kind: 'article', releaseId: LAKEVILLE, scroll: 0 }] });
    await press(app, 'e', 'Mentioned in this release');
    await press(app, `${ESC}?`, /› Help\n/);
    expect(app.lastFrame()).not.toContain('Mentioned');
    await press(app, ESC, 'Workshop in Lakeville');
    await press(app, 'e', 'Mentioned in this release');
    await press(app, `${ESC}/`, /^\/▏/m);
    await press(app, `${ESC}${ESC}`, /^Home\n/);
    await press(app, ENTER, 'Home › Latest releases');
    await press(app, `${ESC}${DOWN}`, /^> Search/m);
  });

  it("moves by a held key's whole burst (50 ↓ in one read) and draws it as one frame, not 50", async () => {
    const app = renderApp({
      catalog: await openWorldCatalog({ fillers: 100 }),
      initialStack: [{ kind: 'latest', list: START }],
    });
    await vi.waitFor(() => expect(app.lastFrame()).toMatch(/\b1\/137\b/), PATIENCE);
    const before = app.stdout.frames.length;
    await press(app, DOWN.repeat(50), /\b51\/137\b/);
    // Anything a second render would draw has been drawn by the time a new timer fires.
    await new Promise((resolve) => setImmediate(resolve));
    expect(app.stdout.frames.length - before).toBe(1);
  });

  it('takes Enter inside a burst as Enter, and escape sequences around a burst still work', async () => {
    const app = renderApp();
    await press(app, `${DOWN}${DOWN}j${ENTER}`, 'Home › Countries');
    await vi.waitFor(() => expect(app.lastFrame()).toContain('Participating States'), PATIENCE);
    await press(app, `j${ENTER}`, 'Home › Countries › Participating States');
  });
});
