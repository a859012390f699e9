import { afterEach, describe, expect, it, vi } from 'vitest';
import { type Screen, START } from '../../src/ui/navigation.js';
import { tempDir } from '../state/temp-config.js';
import { DOWN, ENTER, ESC } from './keys.js';
import { PATIENCE, press } from './press.js';
import { cleanupSized, renderApp } from './render-app.js';
import { renderUserApp } from './render-user-app.js';
import { LAKEVILLE } from './world-catalog.js';

afterEach(cleanupSized);

/** The hints of the status bar: its last line without the position on the right. */
const statusLine = (frame: string): string => frame.trimEnd().split('\n').at(-1)!;

describe('status bar hints', () => {
  it('name on Home only the keys that act there: no mark, no back', () => {
    const app = renderUserApp({ configDir: tempDir(), home: true });
    const status = statusLine(app.lastFrame());
    expect(status).toMatch(/^Enter open {2}q quit {2}\? help {2}\/ search/);
    expect(status).not.toContain('mark');
    expect(status).not.toContain('back');
  });

  it('offer mark where m bookmarks: a release list, an entity page, the reader', async () => {
    const dir = tempDir();
    const latest = renderUserApp({ configDir: dir, initialStack: [{ kind: 'latest', list: START }] });
    expect(statusLine(latest.lastFrame())).toMatch(/Enter open {2}m mark {2}q quit {2}Esc back/);
    const reader = renderUserApp({
      configDir: dir,
      initialStack: [{ kind: 'article', releaseId: LAKEVILLE, scroll: 0 }],
    });
    expect(statusLine(reader.lastFrame())).toContain('m mark');
    // No n hint before anything was searched for in the article.
    expect(statusLine(reader.lastFrame())).not.toContain('n next');
  });

  it('leave mark out without a user state, and entity filters out on a page with no releases', async () => {
    const app = renderApp({ initialStack: [{ kind: 'latest', list: START }] });
    expect(statusLine(app.lastFrame())).not.toContain('mark');
    const empty: Screen[] = [{ kind: 'entity', entryId: 'state:grand-fenwick', filters: {}, list: START }];
    const page = renderApp({ initialStack: empty });
    const status = statusLine(page.lastFrame());
    expect(status).not.toMatch(/y year|t type|r refine|open/);
    expect(status).toContain('q quit');
  });

  it('keep ? help in view when the width cannot hold every hint', () => {
    const reader = renderUserApp({
      configDir: tempDir(),
      columns: 40,
      rows: 12,
      initialStack: [{ kind: 'article', releaseId: LAKEVILLE, scroll: 0 }],
    });
    const status = statusLine(reader.lastFrame());
    expect(status).toMatch(/^\/ find .*\? help +\d+%$/);
    expect(status.length).toBeLessThanOrEqual(40);
    const list = renderUserApp({
      configDir: tempDir(),
      columns: 40,
      rows: 12,
      initialStack: [{ kind: 'latest', list: START }],
    });
    expect(statusLine(list.lastFrame())).toMatch(/^Enter open .*\? help +1\/\d+$/);
  });

  it('follow the search box: go once something is typed, results once there are some', async () => {
    const app = renderApp();
    await press(app, '/', 'Search: ▏');
    expect(statusLine(app.lastFrame())).not.toMatch(/Enter go|↓ results|↑ recent/);
    expect(statusLine(app.lastFrame())).toContain('Esc back');
    await press(app, 'lakev', 'Search: lakev▏');
    await vi.waitFor(() => expect(statusLine(app.lastFrame())).toMatch(/Enter go {2}Esc back {2}↓ results/), PATIENCE);
    await press(app, ENTER, 'Date: 14 May 2024');
    await press(app, ESC, 'Search: lakev');
    await press(app, DOWN, /> 2024-05-14/);
    await press(app, '/', 'Search: lakev▏');
    await vi.waitFor(() => expect(statusLine(app.lastFrame())).toContain('↑ recent'), PATIENCE);
  });
});
