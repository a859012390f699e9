import { afterEach, describe, expect, it } from 'vitest';
import { newestFirst, syncNotices } from '../../src/sync/sync-notice.js';
import { START } from '../../src/ui/navigation.js';
import { tempDir } from '../state/temp-config.js';
import { DOWN, ENTER } from '../ui/keys.js';
import { press } from '../ui/press.js';
import { cleanupSized } from '../ui/render-app.js';
import { renderUserApp } from '../ui/render-user-app.js';
import { makeRelease } from '../world/make.js';

afterEach(cleanupSized);

const NOW = Date.parse('2026-03-01T12:00:00Z');

describe('what the browser says about the last sync', () => {
  it('calls a bundle synced more than 30 days ago old, and one of 30 days not', () => {
    expect(syncNotices({ syncedAt: '2026-01-19T10:00:00Z', added: [], complete: true }, 500, NOW)).toEqual([
      'bundle synced 41 days ago · osce-tui sync',
    ]);
    expect(syncNotices({ syncedAt: '2026-01-30T13:00:00Z', added: [], complete: true }, 500, NOW)).toEqual([]);
    expect(syncNotices(undefined, 500, NOW)).toEqual([]);
  });

  it('tells how to get the archive on a bundle of fewer than 10 releases', () => {
    expect(syncNotices(undefined, 1, NOW)).toEqual(['this bundle has 1 release · get the archive: osce-tui sync']);
    expect(syncNotices(undefined, 10, NOW)).toEqual([]);
  });

  it('shows a warning before information that came with it, counting both', () => {
    const app = renderUserApp({
      configDir: tempDir(),
      initialStack: [{ kind: 'home', list: START }],
      notices: ['bundle has 2 problems (first at releases.jsonl:2)'],
      infos: ['this bundle has 1 release · get the archive: osce-tui sync'],
    });
    expect(app.lastFrame()).toContain('Warning: bundle has 2 problems (first at releases.jsonl:2) (+1 more)');
  });

  it('orders the releases a sync added newest first, leaving those the bundle no longer has', () => {
    const releases = new Map([
      ['a', makeRelease({ id: 'a', date: { iso: '2020-01-02', precision: 'day', text: null } })],
      ['b', makeRelease({ id: 'b', date: { iso: '2021-05-06', precision: 'day', text: null } })],
      ['c', makeRelease({ id: 'c', date: { iso: null, precision: 'unknown', text: null } })],
    ]);
    expect(newestFirst(['a', 'gone', 'c', 'b'], (id) => releases.get(id))).toEqual(['b', 'a', 'c']);
  });

  it('shows the notice in the notice line and Home › New since last sync lists the releases', async () => {
    const app = renderUserApp({
      configDir: tempDir(),
      initialStack: [{ kind: 'home', list: START }],
      newSinceSync: ['fake-forest', 'fake-chess-festival'],
      infos: ['bundle synced 41 days ago · osce-tui sync'],
    });
    expect(app.lastFrame()).toContain('bundle synced 41 days ago · osce-tui sync');
    // Information, not a fault of the bundle: no "Warning:" label.
    expect(app.lastFrame()).not.toContain('Warning');
    expect(app.lastFrame()).toMatch(/New since last sync\s+2/);
    const rows = app.lastFrame()!.split('\n');
    const row =
      rows.findIndex((line) => line.includes('New since last sync')) -
      rows.findIndex((line) => line.includes('Latest releases'));
    for (let i = 0; i < row; i++) await press(app, DOWN, new RegExp(` ${i + 2}/\\d+`));
    await press(app, ENTER, 'Home › New since last sync');
    const frame = app.lastFrame()!;
    expect(frame).toContain('New since last sync · 2');
    expect(frame.indexOf('Ruritanian volunteers')).toBeLessThan(frame.indexOf('chess festival'));
    await press(app, ENTER, 'Text of Ruritanian volunteers');
  });
});
