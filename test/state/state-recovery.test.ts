import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openState, tempDir } from './temp-config.js';

const fixedNow = () => new Date('2026-11-29T04:30:00.000Z');
const BACKUP = 'config.json.corrupt-2026-11-29T04-30-00.000Z';

describe('a corrupt config file', () => {
  it('is moved aside to a timestamped backup, with one warning, and the state starts clean', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'config.json'), '{"bookmarks": [ {"kind": "rel');
    const state = openState(dir, { now: fixedNow });
    expect(state.bookmarks.list()).toEqual([]);
    expect(state.preferences.get().theme).toBe('dark');
    expect(state.warnings).toHaveLength(1);
    expect(state.warnings[0]).toMatch(/not valid JSON; moved it to .*config\.json\.corrupt-2026-11-29T04-30-00\.000Z/);
    expect(readFileSync(join(dir, BACKUP), 'utf8')).toBe('{"bookmarks": [ {"kind": "rel');

    state.bookmarks.add({ kind: 'release', id: 'r-1' });
    expect(
      openState(dir)
        .bookmarks.list()
        .map((b) => b.id),
    ).toEqual(['r-1']);
    expect(state.warnings).toHaveLength(1);
  });

  it('is treated the same when it is JSON but not an object', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'config.json'), '[1, 2, 3]');
    const state = openState(dir, { now: fixedNow });
    expect(state.readMarks.isRead('x')).toBe(false);
    expect(state.warnings).toHaveLength(1);
    expect(existsSync(join(dir, BACKUP))).toBe(true);
    expect(existsSync(join(dir, 'config.json'))).toBe(false);
  });

  it('keeps the valid parts of a hand-edited file, backs it up and names the bad places', () => {
    const dir = tempDir();
    const original = JSON.stringify({
      version: 1,
      preferences: { theme: 'purple', readingWidth: 100 },
      bookmarks: [
        { kind: 'release', id: 'r-1', addedAt: '2026-01-01T00:00:00Z' },
        { kind: 'song', id: 'x' },
      ],
      read: { 'r-2': '2026-01-02T00:00:00Z' },
    });
    writeFileSync(join(dir, 'config.json'), original);
    const state = openState(dir, { now: fixedNow });
    expect(state.preferences.get()).toEqual({ theme: 'dark', readingWidth: 100 });
    expect(state.bookmarks.list().map((b) => b.id)).toEqual(['r-1']);
    expect(state.readMarks.isRead('r-2')).toBe(true);
    expect(state.warnings).toHaveLength(1);
    expect(state.warnings[0]).toContain('$.preferences.theme: expected dark, light, mono, found "purple" (and 1 more)');
    expect(readFileSync(join(dir, BACKUP), 'utf8')).toBe(original);
    // Repaired on disk, so the next start is quiet.
    const next = openState(dir);
    expect(next.preferences.get().readingWidth).toBe(100);
    expect(next.warnings).toEqual([]);
  });
});

describe('a config folder that cannot be written', () => {
  it('keeps state in memory with one warning when the folder cannot be created', () => {
    const parent = tempDir();
    writeFileSync(join(parent, 'a-file'), 'not a folder');
    const state = openState(join(parent, 'a-file', 'osce-tui'));
    expect(state.bookmarks.list()).toEqual([]);
    expect(state.warnings).toEqual([]);
    expect(state.bookmarks.toggle({ kind: 'release', id: 'r-1' })).toBe(true);
    state.readMarks.markRead('r-1');
    state.preferences.set('theme', 'mono');
    expect(state.bookmarks.has({ kind: 'release', id: 'r-1' })).toBe(true);
    expect(state.readMarks.isRead('r-1')).toBe(true);
    expect(state.preferences.get().theme).toBe('mono');
    expect(state.persistent).toBe(false);
    expect(state.warnings).toHaveLength(1);
    expect(state.warnings[0]).toMatch(/cannot save settings .*ENOTDIR/);
  });

  it('keeps state in memory with one warning when config.json cannot be read', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'config.json'));
    const state = openState(dir);
    expect(state.preferences.get().theme).toBe('dark');
    state.readMarks.markRead('r-1');
    expect(state.readMarks.isRead('r-1')).toBe(true);
    expect(state.persistent).toBe(false);
    expect(state.warnings).toHaveLength(1);
    expect(state.warnings[0]).toMatch(/cannot read .*config\.json \(EISDIR\)/);
  });

  const runningAsRoot = process.getuid?.() === 0;
  it.skipIf(runningAsRoot)('reads what is there and keeps changes in memory when the folder is read-only', () => {
    const dir = tempDir();
    openState(dir).bookmarks.add({ kind: 'entity', id: 'state:ruritania' });
    chmodSync(dir, 0o500);
    try {
      const state = openState(dir);
      expect(state.bookmarks.list().map((b) => b.id)).toEqual(['state:ruritania']);
      state.bookmarks.add({ kind: 'release', id: 'r-9' });
      expect(state.bookmarks.list()).toHaveLength(2);
      expect(state.warnings).toHaveLength(1);
      expect(readdirSync(dir)).toEqual(['config.json']);
    } finally {
      chmodSync(dir, 0o700);
    }
  });
});
