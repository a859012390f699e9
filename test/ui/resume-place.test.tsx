import { afterEach, describe, expect, it, vi } from 'vitest';
import { type Screen, START } from '../../src/ui/navigation.js';
import { resumeStack, stackSnapshot } from '../../src/ui/resume-stack.js';
import { tempDir } from '../state/temp-config.js';
import { ENTER } from './keys.js';
import { PATIENCE, press } from './press.js';
import { cleanupSized } from './render-app.js';
import { configOnDisk, renderUserApp } from './render-user-app.js';
import { LAKEVILLE, openWorldCatalog } from './world-catalog.js';

afterEach(cleanupSized);

/** The reader's first text line: the frame's line under the breadcrumb. */
const topLine = (frame: string): string => frame.split('\n')[1]!.trim();

/** Reads the Lakeville workshop at `columns` until `paragraph` is the top line, `more` lines further, then quits. */
async function readUntil(dir: string, columns: number, paragraph: string, more = 0): Promise<void> {
  const app = renderUserApp({
    configDir: dir,
    columns,
    initialStack: [
      { kind: 'home', list: START },
      // Ruritania in 2023, the Lakeville report (the second row) selected.
      { kind: 'entity', entryId: 'state:ruritania', filters: { year: 2023 }, list: { selected: 1, scroll: 0 } },
    ],
  });
  await press(app, ENTER, 'Paragraph 1 of the invented');
  const down = async (): Promise<void> => {
    const before = topLine(app.lastFrame());
    app.stdin.write('j');
    await vi.waitFor(() => expect(topLine(app.lastFrame())).not.toBe(before), PATIENCE);
  };
  while (!topLine(app.lastFrame()).startsWith(paragraph)) await down();
  for (let i = 0; i < more; i++) await down();
  await app.quit();
  cleanupSized();
}

describe('resume: the reading place at another width', () => {
  it('reopens a narrower terminal on the text that was at the top', async () => {
    const dir = tempDir();
    await readUntil(dir, 80, 'Paragraph 6 ');
    const article = configOnDisk(dir).resume.snapshot.stack[2];
    expect(article.place).toEqual([expect.any(Number), 0]);
    // At 40 columns every paragraph takes two lines, so the saved line number points elsewhere.
    const narrow = renderUserApp({ configDir: dir, columns: 40 });
    await vi.waitFor(() => expect(topLine(narrow.lastFrame())).toBe('Paragraph 6 of the invented Lakeville'), PATIENCE);
  });

  it('reopens a wider terminal on the line holding the text that was at the top', async () => {
    const dir = tempDir();
    await readUntil(dir, 40, 'Paragraph 3 ', 1);
    const wide = renderUserApp({ configDir: dir, columns: 80 });
    // The top line at 40 was the second half of a paragraph; at 80 the whole paragraph is one line.
    await vi.waitFor(
      () => expect(topLine(wide.lastFrame())).toBe('Paragraph 3 of the invented Lakeville workshop report.'),
      PATIENCE,
    );
  });

  it('still reopens a snapshot saved before places were kept at its line number', async () => {
    const catalog = await openWorldCatalog();
    const old = {
      version: 1,
      stack: [
        { kind: 'home', list: START },
        { kind: 'article', releaseId: LAKEVILLE, scroll: 12 },
      ],
    };
    const stack = resumeStack(old, catalog)!;
    expect(stack[1]).toEqual({ kind: 'article', releaseId: LAKEVILLE, scroll: 12 });
    expect(resumeStack({ ...old, stack: [old.stack[0], { ...old.stack[1], place: ['x', 0] }] }, catalog)![1]).toEqual(
      stack[1],
    );
  });

  it('keeps the undated year filter of an entity page', async () => {
    const catalog = await openWorldCatalog();
    const stack: Screen[] = [
      { kind: 'home', list: START },
      { kind: 'entity', entryId: 'institution:ofia', filters: { year: 'undated' }, list: START },
    ];
    expect(resumeStack(JSON.parse(JSON.stringify(stackSnapshot(stack))), catalog)).toEqual(stack);
  });
});
