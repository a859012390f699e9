import { describe, expect, it } from 'vitest';
import { layoutArticle } from '../../src/article/layout-article.js';
import { wrapText } from '../../src/article/wrap-text.js';
import { Taxonomy } from '../../src/taxonomy/taxonomy.js';
import { truncateCells } from '../../src/text/cell-text.js';
import cellWidth from '../../src/text/cell-width.js';
import { makeRelease } from '../world/make.js';

// Cutting a long word used to take time in the square of its length (over 60 s for 500,000
// characters). The bound is loose on purpose: the point is that it ends, on a busy machine too;
// test/bench/long-text.ts measures it.
const ENDS_WITHIN_MS = 10_000;

function timed<T>(work: () => T): { value: T; ms: number } {
  const started = performance.now();
  const value = work();
  return { value, ms: performance.now() - started };
}

describe('long text is laid out in linear time', () => {
  it.each([
    ['letters', 'a'.repeat(500_000), 1],
    ['CJK', '日'.repeat(100_000), 2],
    ['emoji', '🎉'.repeat(50_000), 2],
    ['combining marks', `e${'\u0301'.repeat(10_000)}${'é'.repeat(100_000)}`, 1],
  ])(
    'an unbroken word of %s is cut into lines of the width',
    (_name, word, cells) => {
      const { value: lines, ms } = timed(() => wrapText(word, 80));
      expect(ms).toBeLessThan(ENDS_WITHIN_MS);
      expect(lines.join('')).toBe(word);
      expect(lines.every((line) => cellWidth(line) <= 80)).toBe(true);
      expect(lines.length).toBe(Math.ceil(cellWidth(word) / cells / Math.floor(80 / cells)));
    },
    30_000,
  );

  it('measures and truncates a 200,000-character title', () => {
    const title = `Title ${'日本'.repeat(100_000)}`;
    const { value: width, ms } = timed(() => cellWidth(title));
    expect(ms).toBeLessThan(ENDS_WITHIN_MS);
    expect(width).toBe(6 + 400_000);
    const { value: cut, ms: cutMs } = timed(() => truncateCells(title, 40));
    expect(cutMs).toBeLessThan(ENDS_WITHIN_MS);
    expect(cut).toBe(`Title ${'日本'.repeat(8)}…`);
  }, 30_000);

  it('lays out an article whose body is one 500,000-character word', () => {
    const release = makeRelease({
      id: 'long',
      title: 'x'.repeat(200_000),
      body: [{ kind: 'paragraph', text: 'y'.repeat(500_000) }],
    });
    const { value: lines, ms } = timed(() => layoutArticle(release, new Taxonomy([]), 72));
    expect(ms).toBeLessThan(ENDS_WITHIN_MS);
    expect(lines.every((line) => cellWidth(line.text) <= 72)).toBe(true);
    expect(
      lines
        .filter((line) => line.style === 'body')
        .map((line) => line.text)
        .join(''),
    ).toBe('y'.repeat(500_000));
  }, 30_000);
});
