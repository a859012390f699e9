import { afterEach, describe, expect, it } from 'vitest';
import { type Screen, START } from '../../src/ui/navigation.js';
import { BACKSPACE, DOWN, END, ENTER, ESC, HOME, PAGE_DOWN, PAGE_UP, SPACE, UP } from './keys.js';
import { PATIENCE, press, type } from './press.js';
import { cleanupSized, renderApp } from './render-app.js';
import { HOSTILE, LAKEVILLE } from './world-catalog.js';

afterEach(cleanupSized);

const article = (releaseId: string, extra: Partial<Extract<Screen, { kind: 'article' }>> = {}): Screen[] => [
  { kind: 'article', releaseId, scroll: 0, ...extra },
];

describe('article reader', () => {
  it('shows the header, the wrapped body and the position in %', () => {
    const app = renderApp({ initialStack: article(LAKEVILLE) });
    const frame = app.lastFrame();
    expect(frame).toContain('Press release');
    expect(frame).toContain('Workshop in Lakeville trains harbour inspectors');
    expect(frame).toContain('Paragraph 1 of the invented Lakeville workshop report.');
    expect(frame).toMatch(/ \d+%\n?$/);
    for (const line of frame.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
  });

  it('scrolls by line, by page and to either end with every pager key', async () => {
    const app = renderApp({ initialStack: article(LAKEVILLE) });
    const top = app.lastFrame().match(/(\d+)%/)![1];
    await press(app, END, '100%');
    expect(app.lastFrame()).toContain('Paragraph 30 of');
    await press(app, HOME, `${top}%`);
    await press(app, 'G', '100%');
    await press(app, 'g', `${top}%`);
    await press(app, DOWN, /\d+%/);
    await waitForPercentAbove(app, Number(top));
    await press(app, UP, `${top}%`);
    await press(app, 'j', /\d+%/);
    await waitForPercentAbove(app, Number(top));
    await press(app, 'k', `${top}%`);
    await press(app, PAGE_DOWN, /\d+%/);
    await waitForPercentAbove(app, Number(top) + 10);
    await press(app, PAGE_UP, `${top}%`);
    await press(app, SPACE, /\d+%/);
    await waitForPercentAbove(app, Number(top) + 10);
    await press(app, 'b', `${top}%`);
  });

  it('finds text with /, highlights matches, and steps with n and N', async () => {
    const app = renderApp({ initialStack: article(LAKEVILLE) });
    await press(app, '/', '/▏');
    await type(app, 'harbour', (typed) => `/${typed}▏`);
    await press(app, BACKSPACE, '/harbou▏');
    await press(app, 'r', '/harbour▏');
    // The mono theme brackets matches and braces the current one; the first match is the title,
    // the next one is in paragraph 21.
    await press(app, ENTER, /Lakeville trains \{harbour\} inspectors/);
    await press(app, 'n', /The \{harbour\} inspectors/);
    await press(app, 'N', /Lakeville trains \{harbour\} inspectors/);
    await press(app, '/', '/▏');
    await press(app, ESC, /Enter|find/);
    expect(app.lastFrame()).not.toContain('/▏');
  });

  it('[ and ] step to the previous and next release of the list it was opened from', async () => {
    const app = renderApp({
      initialStack: [
        { kind: 'home', list: START },
        // Ruritania in 2023: the two Lakeville workshops, the one on border officials first.
        { kind: 'entity', entryId: 'state:ruritania', filters: { year: 2023 }, list: START },
      ],
    });
    await press(app, ENTER, 'Twenty border officials met in the invented town');
    await press(app, ']', 'Paragraph 1 of the invented');
    await press(app, ']', 'Paragraph 1 of the invented');
    // Back lands on the release being read.
    await press(app, ESC, /> 2023-03-14\s+Press release\s+Workshop in Lakeville trains harbour/);
    await press(app, ENTER, 'Paragraph 1 of the invented');
    await press(app, '[', 'Twenty border officials met in the invented town');
    await press(app, ESC, /> 2023-03-14\s+Press release\s+Workshop in Lakeville trains border/);
  });

  it('lists the States and institutions a release mentions, and opens one', async () => {
    const app = renderApp({ initialStack: article(LAKEVILLE) });
    await press(app, 'e', 'Mentioned in this release');
    expect(app.lastFrame()).toContain('Office for Imaginary Affairs (Institution)');
    expect(app.lastFrame()).toContain('Ruritania (Participating State)');
    await press(app, ENTER, 'Office for Imaginary Affairs · Institution');
    // Back one step: the list first, then the reader.
    await press(app, ESC, 'Mentioned in this release');
    await press(app, ESC, 'Paragraph 1 of the invented');
  });

  it('shows a hostile title harmlessly: no escape sequence reaches the terminal', () => {
    const app = renderApp({ initialStack: article(HOSTILE) });
    const raw = app.stdout.frames.at(-1)!;
    expect(raw).not.toContain('\u001b]0;');
    expect(raw).not.toContain('\u001b[2J');
    expect(raw).not.toContain('\u0007');
    expect(app.lastFrame()).toContain('Harmless');
  });
});

async function waitForPercentAbove(app: ReturnType<typeof renderApp>, minimum: number): Promise<void> {
  const { vi } = await import('vitest');
  await vi.waitFor(() => expect(Number(app.lastFrame().match(/(\d+)%/)![1])).toBeGreaterThan(minimum), PATIENCE);
}
