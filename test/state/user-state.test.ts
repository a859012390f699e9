import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RECENT_QUERIES_CAP, RECENT_RELEASES_CAP } from '../../src/state/history.js';
import { openState, tempDir } from './temp-config.js';

const onDisk = (dir: string) => JSON.parse(readFileSync(join(dir, 'config.json'), 'utf8')) as Record<string, unknown>;

function clock(start = Date.parse('2026-03-01T10:00:00Z')): () => Date {
  let tick = 0;
  return () => new Date(start + 1000 * tick++);
}

describe('bookmarks on disk', () => {
  it('toggles releases and entities and lists them newest first after a restart', () => {
    const dir = tempDir();
    const state = openState(dir, { now: clock() });
    expect(state.bookmarks.toggle({ kind: 'release', id: 'r-1' })).toBe(true);
    expect(state.bookmarks.toggle({ kind: 'entity', id: 'state:ruritania' })).toBe(true);
    state.bookmarks.add({ kind: 'release', id: 'r-2' });
    expect(state.bookmarks.toggle({ kind: 'release', id: 'r-1' })).toBe(false);

    const again = openState(dir);
    expect(again.bookmarks.list()).toEqual([
      { kind: 'release', id: 'r-2', addedAt: '2026-03-01T10:00:02.000Z' },
      { kind: 'entity', id: 'state:ruritania', addedAt: '2026-03-01T10:00:01.000Z' },
    ]);
    expect(again.bookmarks.list('entity').map((b) => b.id)).toEqual(['state:ruritania']);
    expect(again.bookmarks.has({ kind: 'release', id: 'r-1' })).toBe(false);
    expect(again.bookmarks.has({ kind: 'entity', id: 'r-2' })).toBe(false);
    expect(onDisk(dir).bookmarks).toHaveLength(2);
  });
});

describe('read marks on disk', () => {
  it('marks, toggles and counts unread releases across instances', () => {
    const dir = tempDir();
    const state = openState(dir);
    state.readMarks.markRead('r-1');
    state.readMarks.markRead('r-2');
    expect(state.readMarks.toggle('r-2')).toBe(false);
    expect(state.readMarks.toggle('r-3')).toBe(true);

    const again = openState(dir);
    expect(again.readMarks.isRead('r-1')).toBe(true);
    expect(again.readMarks.isRead('r-2')).toBe(false);
    expect(again.readMarks.countUnread(['r-1', 'r-2', 'r-3', 'r-4', 'r-4'])).toBe(2);
    expect([...again.readMarks.readIds()].sort()).toEqual(['r-1', 'r-3']);
  });

  it('keeps the first time a release was read', () => {
    const dir = tempDir();
    const state = openState(dir, { now: clock() });
    state.readMarks.markRead('r-1');
    state.readMarks.markRead('r-1');
    expect((onDisk(dir).read as Record<string, string>)['r-1']).toBe('2026-03-01T10:00:00.000Z');
  });
});

describe('history on disk', () => {
  it('keeps recent releases once each, most recent first, capped', () => {
    const dir = tempDir();
    const state = openState(dir, { now: clock() });
    for (let i = 0; i < RECENT_RELEASES_CAP + 5; i += 1) state.history.recordRelease(`r-${i}`);
    state.history.recordRelease('r-10');
    const releases = openState(dir).history.releases();
    expect(releases).toHaveLength(RECENT_RELEASES_CAP);
    expect(releases[0]!.id).toBe('r-10');
    expect(releases.filter((entry) => entry.id === 'r-10')).toHaveLength(1);
    expect(releases.some((entry) => entry.id === 'r-0')).toBe(false);
  });

  it('keeps recent queries, ignoring blanks and merging ones that differ only in case or accents', () => {
    const dir = tempDir();
    const state = openState(dir);
    state.history.recordQuery('Türkiye  border');
    state.history.recordQuery('   ');
    state.history.recordQuery('elections');
    state.history.recordQuery('turkiye border');
    expect(
      openState(dir)
        .history.queries()
        .map((entry) => entry.query),
    ).toEqual(['turkiye border', 'elections']);
    for (let i = 0; i < RECENT_QUERIES_CAP + 3; i += 1) state.history.recordQuery(`q${i}`);
    expect(state.history.queries()).toHaveLength(RECENT_QUERIES_CAP);
  });

  it('records a reading as read and recent in one go; clearing history keeps read marks', () => {
    const dir = tempDir();
    const state = openState(dir);
    state.recordReading('r-7');
    expect(openState(dir).readMarks.isRead('r-7')).toBe(true);
    expect(
      openState(dir)
        .history.releases()
        .map((entry) => entry.id),
    ).toEqual(['r-7']);
    state.history.clear();
    expect(openState(dir).history.releases()).toEqual([]);
    expect(openState(dir).readMarks.isRead('r-7')).toBe(true);
  });
});

describe('preferences on disk', () => {
  it('starts from defaults and keeps what was set', () => {
    const dir = tempDir();
    const state = openState(dir);
    expect(state.preferences.get()).toEqual({ theme: 'dark', readingWidth: 100 });
    state.preferences.set('theme', 'mono');
    expect(state.preferences.setFromText('readingWidth', '120')).toEqual({ ok: true });
    expect(openState(dir).preferences.get()).toEqual({ theme: 'mono', readingWidth: 120 });
    state.preferences.reset('theme');
    expect(openState(dir).preferences.get().theme).toBe('dark');
  });

  it('refuses unknown keys and bad values, naming what is allowed, and saves nothing', () => {
    const dir = tempDir();
    const state = openState(dir);
    const unknown = state.preferences.setFromText('colour', 'red');
    expect(unknown).toEqual({ ok: false, message: expect.stringContaining('theme, readingWidth') });
    const badTheme = state.preferences.setFromText('theme', 'purple');
    expect(badTheme).toEqual({ ok: false, message: expect.stringContaining('dark, light, mono') });
    expect(state.preferences.setFromText('readingWidth', '39')).toMatchObject({ ok: false });
    expect(state.preferences.setFromText('readingWidth', '80.5')).toMatchObject({ ok: false });
    expect(() => state.preferences.set('readingWidth', 500)).toThrow(TypeError);
    expect(openState(dir).preferences.get()).toEqual({ theme: 'dark', readingWidth: 100 });
  });
});

describe('resume on disk', () => {
  const validateStack = (known: Set<string>) => (snapshot: unknown) => {
    const stack = (snapshot as { stack?: { screen: string; id?: string }[] }).stack;
    if (!Array.isArray(stack)) return undefined;
    return stack.every((screen) => screen.id === undefined || known.has(screen.id)) ? stack : undefined;
  };

  it('stores a snapshot and gives it back when it is still valid', () => {
    const dir = tempDir();
    openState(dir).resume.save({ stack: [{ screen: 'home' }, { screen: 'article', id: 'r-1', scroll: 12 } as never] });
    const stack = openState(dir).resume.load(validateStack(new Set(['r-1'])));
    expect(stack).toEqual([{ screen: 'home' }, { screen: 'article', id: 'r-1', scroll: 12 }]);
  });

  it('gives nothing (Home) when the item is gone, the validator throws, or nothing was saved', () => {
    const dir = tempDir();
    const state = openState(dir);
    expect(state.resume.load(() => 'anything')).toBeUndefined();
    state.resume.save({ stack: [{ screen: 'article', id: 'r-gone' }] });
    expect(openState(dir).resume.load(validateStack(new Set(['r-1'])))).toBeUndefined();
    expect(
      openState(dir).resume.load(() => {
        throw new Error('bad');
      }),
    ).toBeUndefined();
    state.resume.clear();
    expect(openState(dir).resume.load((snapshot) => snapshot)).toBeUndefined();
  });

  it('refuses a snapshot that is not JSON', () => {
    const state = openState(tempDir());
    expect(() => state.resume.save(undefined as never)).toThrow(TypeError);
  });
});

describe('two instances at once', () => {
  it("keeps both instances' interleaved changes", () => {
    const dir = tempDir();
    const first = openState(dir);
    const second = openState(dir);
    // Both have read the file before either writes.
    expect(first.bookmarks.list()).toEqual([]);
    expect(second.bookmarks.list()).toEqual([]);
    first.bookmarks.toggle({ kind: 'release', id: 'r-a' });
    second.bookmarks.toggle({ kind: 'release', id: 'r-b' });
    first.readMarks.markRead('r-c');
    second.preferences.set('theme', 'light');
    first.history.recordQuery('elections');
    second.readMarks.markRead('r-d');

    for (const state of [first, second, openState(dir)]) {
      expect(
        state.bookmarks
          .list()
          .map((b) => b.id)
          .sort(),
      ).toEqual(['r-a', 'r-b']);
      expect(state.readMarks.countUnread(['r-c', 'r-d'])).toBe(0);
      expect(state.preferences.get().theme).toBe('light');
      expect(state.history.queries().map((q) => q.query)).toEqual(['elections']);
    }
  });

  it('sees a change made by another instance on its next read', () => {
    const dir = tempDir();
    const first = openState(dir);
    const second = openState(dir);
    expect(first.readMarks.isRead('r-1')).toBe(false);
    second.readMarks.markRead('r-1');
    expect(first.readMarks.isRead('r-1')).toBe(true);
  });
});

describe('unknown keys', () => {
  it('writes back keys a newer version added', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'config.json'), JSON.stringify({ version: 1, futureFeature: { a: 1 } }));
    openState(dir).readMarks.markRead('r-1');
    expect(onDisk(dir).futureFeature).toEqual({ a: 1 });
  });
});
