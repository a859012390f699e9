import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatCitation } from '../../src/print/citation.js';
import { type Screen, START } from '../../src/ui/navigation.js';
import { tempDir } from '../state/temp-config.js';
import { DOWN, ENTER, ESC } from './keys.js';
import { PATIENCE, press } from './press.js';
import { cleanupSized } from './render-app.js';
import { configOnDisk, renderUserApp } from './render-user-app.js';
import { catalogWith, LAKEVILLE, openWorldCatalog } from './world-catalog.js';

afterEach(cleanupSized);

const article = (releaseId: string): Screen[] => [{ kind: 'article', releaseId, scroll: 0 }];
const ruritania: Screen[] = [{ kind: 'entity', entryId: 'state:ruritania', filters: {}, list: START }];
const latest: Screen[] = [{ kind: 'latest', list: START }];
/** The newest release of the world: the first row of Latest releases. */
const NEWEST = 'cx-01';

describe('bookmarks in the browser', () => {
  it('says how to add a bookmark when there is none, whole even at 40 columns', () => {
    const app = renderUserApp({
      configDir: tempDir(),
      columns: 40,
      rows: 12,
      initialStack: [{ kind: 'saved', which: 'bookmarks', list: START }],
    });
    expect(app.lastFrame()).toMatch(/^No bookmarks yet: press m on a release,\nM on an entity page\.\n/m);
  });

  it('m in the reader bookmarks the release in config.json, marks it ★, and m again removes it', async () => {
    const dir = tempDir();
    const app = renderUserApp({ configDir: dir, initialStack: article(LAKEVILLE) });
    await press(app, 'm', '★ Bookmarked: Workshop in Lakeville');
    expect(configOnDisk(dir).bookmarks).toEqual([expect.objectContaining({ kind: 'release', id: LAKEVILLE })]);
    await press(app, 'j', /★ \d+%/);
    await press(app, 'm', 'Bookmark removed: Workshop in Lakeville');
    expect(configOnDisk(dir).bookmarks).toEqual([]);
  });

  it('m on a list bookmarks the selected row, on an entity page too; M bookmarks the entity page', async () => {
    const dir = tempDir();
    const list = renderUserApp({ configDir: dir, initialStack: latest });
    await press(list, DOWN, /> • 2024-03-14/);
    await press(list, 'm', '★ Bookmarked: Ruritania hosts a fictional workshop');
    await vi.waitFor(() => expect(list.lastFrame()).toMatch(/> •★2024-03-14/), PATIENCE);
    expect(configOnDisk(dir).bookmarks.map((b: { id: string }) => b.id)).toEqual(['fx-border-workshop']);

    // The same release leads Ruritania's page, selected as it opens.
    const page = renderUserApp({ configDir: dir, initialStack: ruritania });
    await vi.waitFor(() => expect(page.lastFrame()).toMatch(/> •★2024-03-14/), PATIENCE);
    await press(page, 'm', 'Bookmark removed: Ruritania hosts a fictional workshop');
    await vi.waitFor(() => expect(page.lastFrame()).toMatch(/> • 2024-03-14/), PATIENCE);
    expect(configOnDisk(dir).bookmarks).toEqual([]);
    await press(page, 'M', /★ Bookmarked: Ruritania$/m);
    await vi.waitFor(() => expect(page.lastFrame()).toContain('★ Ruritania · Participating State'), PATIENCE);
    await press(page, 'm', '★ Bookmarked: Ruritania hosts a fictional workshop');
    expect(configOnDisk(dir).bookmarks).toEqual([
      expect.objectContaining({ kind: 'entity', id: 'state:ruritania' }),
      expect.objectContaining({ kind: 'release', id: 'fx-border-workshop' }),
    ]);
  });

  it('m on an entity page with no releases bookmarks the page', async () => {
    const dir = tempDir();
    const page = renderUserApp({
      configDir: dir,
      initialStack: [{ kind: 'entity', entryId: 'page:about-us', filters: {}, list: START }],
    });
    await press(page, 'm', '★ Bookmarked: About us');
    expect(configOnDisk(dir).bookmarks).toEqual([expect.objectContaining({ kind: 'entity', id: 'page:about-us' })]);
  });

  it('Home › Bookmarks lists bookmarked releases and entities and opens them', async () => {
    const dir = tempDir();
    const seed = renderUserApp({ configDir: dir, initialStack: article(LAKEVILLE) });
    await press(seed, 'm', '★ Bookmarked');
    const page = renderUserApp({ configDir: dir, initialStack: ruritania });
    await press(page, 'M', '★ Bookmarked: Ruritania');
    cleanupSized();

    const app = renderUserApp({ configDir: dir, home: true });
    expect(app.lastFrame()).toMatch(/Bookmarks\s+releases and entries\s+2/);
    for (let row = 2; row <= 6; row++) await press(app, DOWN, ` ${row}/8`);
    expect(app.lastFrame()).toMatch(/> Bookmarks/);
    await press(app, ENTER, 'Home › Bookmarks');
    expect(app.lastFrame()).toContain('Bookmarks · 2');
    expect(app.lastFrame()).toMatch(/> +★Ruritania \(Participating State\)/);
    expect(app.lastFrame()).toMatch(/ ★2023-03-14 +Press release +Workshop in Lakeville/);
    await press(app, ENTER, 'Ruritania · Participating State');
    await press(app, ESC, 'Bookmarks · 2');
    await press(app, DOWN, /> .★2023-03-14/);
    await press(app, ENTER, 'Paragraph 1 of the invented Lakeville');
  });
});

describe('read marks', () => {
  it('opening a release marks it read and records it; lists mark unread rows with •; u toggles on disk', async () => {
    const dir = tempDir();
    const app = renderUserApp({ configDir: dir, initialStack: latest });
    expect(app.lastFrame()).toMatch(/> • 2024-05-14 +Press release +Border officials/);
    await press(app, ENTER, 'Twelve officers met in Lakeview');
    await vi.waitFor(() => expect(configOnDisk(dir).read).toHaveProperty(NEWEST), PATIENCE);
    expect(configOnDisk(dir).history.releases[0].id).toBe(NEWEST);
    await press(app, ESC, /> {3}2024-05-14 +Press release +Border officials/);
    await press(app, 'u', 'Marked unread: Border officials');
    await vi.waitFor(() => expect(app.lastFrame()).toMatch(/> • 2024-05-14/), PATIENCE);
    expect(configOnDisk(dir).read).not.toHaveProperty(NEWEST);
    await press(app, 'u', 'Marked read: Border officials');
    expect(configOnDisk(dir).read).toHaveProperty(NEWEST);
  });

  it('u in the reader marks the open article unread and it stays so while it is open', async () => {
    const dir = tempDir();
    const app = renderUserApp({ configDir: dir, initialStack: article(LAKEVILLE) });
    await vi.waitFor(() => expect(configOnDisk(dir).read).toHaveProperty(LAKEVILLE), PATIENCE);
    await press(app, 'u', 'Marked unread');
    await press(app, 'j', /\d+%/);
    expect(configOnDisk(dir).read).not.toHaveProperty(LAKEVILLE);
  });

  it('entity pages show how many of their releases are unread', async () => {
    const dir = tempDir();
    const app = renderUserApp({ configDir: dir, initialStack: ruritania });
    expect(app.lastFrame()).toMatch(/6 of 6 · 6 unread/);
    await press(app, ENTER, 'STRELSAU, Ruritania, 14 March 2024');
    await press(app, ESC, /6 of 6 · 5 unread/);
  });

  it('Home › Recently read lists what was opened, newest first, and opens it', async () => {
    const dir = tempDir();
    const app = renderUserApp({ configDir: dir, initialStack: latest });
    await press(app, ENTER, 'Twelve officers met in Lakeview');
    await press(app, ESC, /^Home › Latest releases\n/);
    await press(app, DOWN, /> .{2}2024-03-14/);
    await press(app, ENTER, 'STRELSAU, Ruritania, 14 March 2024');
    await press(app, ESC, /^Home › Latest releases\n/);
    await press(app, ESC, /^Home\n/);
    for (let row = 2; row <= 7; row++) await press(app, DOWN, ` ${row}/8`);
    expect(app.lastFrame()).toMatch(/> Recently read\s+2/);
    await press(app, ENTER, 'Home › Recently read');
    const frame = app.lastFrame();
    expect(frame.indexOf('Ruritania hosts')).toBeLessThan(frame.indexOf('Border officials'));
    await press(app, ENTER, 'STRELSAU, Ruritania, 14 March 2024');
    // `]` steps to the next release of the history.
    await press(app, ']', 'Twelve officers met in Lakeview');
  });
});

describe('y and o in the reader', () => {
  it('y puts the citation on the clipboard and confirms in the status line', async () => {
    const app = renderUserApp({ configDir: tempDir(), initialStack: article(LAKEVILLE) });
    await press(app, 'y', 'Citation copied to the clipboard');
    const release = app.catalog.get(LAKEVILLE)!;
    expect(app.clipboard).toEqual([formatCitation(release, app.catalog.taxonomy)]);
    await press(app, 'j', /\/ find/);
  });

  it('o shows the source URL as an OSC 8 link where supported, plainly otherwise, and says when there is none', async () => {
    const fake = await openWorldCatalog();
    const url = 'https://example.org/fictional/lakeville-workshop';
    const catalog = catalogWith(fake, {
      get: (id: string) => (id === LAKEVILLE ? { ...fake.get(id)!, url } : fake.get(id)),
    });
    const linked = renderUserApp({ configDir: tempDir(), catalog, initialStack: article(LAKEVILLE), hyperlinks: true });
    await press(linked, 'o', `Source: ${url}`);
    expect(linked.stdout.frames.at(-1)).toContain(`\u001b]8;;${url}\u001b\\`);
    const plain = renderUserApp({ configDir: tempDir(), catalog, initialStack: article(LAKEVILLE) });
    await press(plain, 'o', `Source: ${url}`);
    expect(plain.stdout.frames.at(-1)).not.toContain('\u001b]8;;');
    const none = renderUserApp({ configDir: tempDir(), initialStack: article('fake-forest') });
    await press(none, 'o', 'This release has no source URL (id fake-forest)');
  });
});

describe('warnings', () => {
  it('show a corrupt config.json as a notice line, not on stderr', async () => {
    const dir = tempDir();
    const { writeFileSync } = await import('node:fs');
    writeFileSync(`${dir}/config.json`, '{ not json');
    const stderr = vi.spyOn(process.stderr, 'write');
    const app = renderUserApp({ configDir: dir, home: true });
    await vi.waitFor(
      () => expect(app.lastFrame()).toMatch(/Warning: .*config\.json was not valid JSON; moved it/),
      PATIENCE,
    );
    expect(app.lastFrame()).toMatch(/^Home\n/);
    expect(stderr).not.toHaveBeenCalled();
    stderr.mockRestore();
    await press(app, DOWN, /> Search/);
    expect(app.lastFrame()).not.toContain('Warning');
  });
});
