import type { Key } from 'ink';
import { describe, expect, it } from 'vitest';
import { actionFor, hintsFor, makeKey } from '../../src/ui/keymap.js';
import { editText } from '../../src/ui/screens/text-entry.js';
import { chooseTheme } from '../../src/ui/theme.js';

const NO_KEY = makeKey();
const key = (k: Partial<Key>): Key => makeKey(k);

describe('keymap', () => {
  it('maps the back keys to back everywhere but in text entry', () => {
    for (const context of ['list', 'entity', 'article'] as const) {
      expect(actionFor(context, '', key({ escape: true, meta: true }))).toBe('back');
      expect(actionFor(context, '', key({ delete: true }))).toBe('back');
      expect(actionFor(context, '', key({ backspace: true }))).toBe('back');
      expect(actionFor(context, 'h', NO_KEY)).toBe('back');
      expect(actionFor(context, '', key({ leftArrow: true }))).toBe('back');
      expect(actionFor(context, 'q', NO_KEY)).toBe('quit');
    }
    expect(actionFor('text-entry', '', key({ escape: true, meta: true }))).toBe('cancel');
    expect(actionFor('text-entry', '', key({ delete: true }))).toBe('delete-char');
    expect(actionFor('text-entry', 'q', NO_KEY)).toBeUndefined();
    expect(actionFor('text-entry', 'h', NO_KEY)).toBeUndefined();
  });

  it('lets Ctrl-C quit from every context, and context keys win over global ones', () => {
    for (const context of ['global', 'list', 'entity', 'article', 'text-entry'] as const) {
      expect(actionFor(context, 'c', key({ ctrl: true }))).toBe('quit-now');
    }
    expect(actionFor('list', '/', NO_KEY)).toBe('search');
    expect(actionFor('article', '/', NO_KEY)).toBe('find');
    expect(actionFor('entity', 'j', NO_KEY)).toBe('down');
    expect(actionFor('entity', 'y', NO_KEY)).toBe('filter-year');
    expect(actionFor('list', 'y', NO_KEY)).toBeUndefined();
    expect(actionFor('article', 'G', key({ shift: true }))).toBe('bottom');
    expect(actionFor('article', 'N', key({ shift: true }))).toBe('previous-match');
  });

  it('gives status-bar hints for the current context first', () => {
    expect(hintsFor('article')[0]).toMatchObject({ keys: '/', label: 'find', action: 'find' });
    expect(hintsFor('list').map((h) => h.label)).toEqual(['open', 'mark', 'quit', 'back', 'help', 'search']);
  });
});

describe('text entry', () => {
  it('appends typed and pasted text without control characters and deletes whole characters', () => {
    expect(editText('ita', undefined, 'l')).toBe('ital');
    expect(editText('a', undefined, 'b\u001b[2Jc')).toBe('abc');
    expect(editText('Türkiye 👩‍👩‍👧', 'delete-char', '')).toBe('Türkiye ');
    expect(editText('x', 'submit', '')).toBeUndefined();
    expect(editText('x', undefined, '')).toBeUndefined();
  });
});

describe('theme', () => {
  it('is plain where the terminal shows no colour, coloured otherwise, and marks the selection either way', () => {
    expect(chooseTheme('none').name).toBe('mono');
    expect(chooseTheme('16').name).toBe('colour');
    expect(chooseTheme('256').name).toBe('colour');
    expect(chooseTheme('truecolor').name).toBe('colour');
    const mono = chooseTheme('none');
    expect(mono.selectionMark).not.toBe('');
    expect(JSON.stringify(mono)).not.toMatch(/color/i);
  });
});

describe('reader-state keys', () => {
  it('bind m, u, y, o and , where they apply, with help, and hint each key once', () => {
    expect(actionFor('article', 'm', NO_KEY)).toBe('bookmark');
    expect(actionFor('list', 'm', NO_KEY)).toBe('bookmark');
    expect(actionFor('entity', 'm', NO_KEY)).toBe('bookmark');
    expect(actionFor('article', 'u', NO_KEY)).toBe('toggle-read');
    expect(actionFor('list', 'u', NO_KEY)).toBe('toggle-read');
    expect(actionFor('article', 'y', NO_KEY)).toBe('copy-citation');
    expect(actionFor('entity', 'y', NO_KEY)).toBe('filter-year');
    expect(actionFor('article', 'o', NO_KEY)).toBe('show-link');
    expect(actionFor('list', ',', NO_KEY)).toBe('settings');
    expect(actionFor('text-entry', 'm', NO_KEY)).toBeUndefined();
    expect(actionFor('settings', '', key({ return: true }))).toBe('next-value');
    expect(actionFor('settings', '-', NO_KEY)).toBe('previous-value');
    const keys = hintsFor('settings').map((h) => h.keys);
    expect(keys[0]).toBe('Enter');
    expect(new Set(keys).size).toBe(keys.length);
  });
});
