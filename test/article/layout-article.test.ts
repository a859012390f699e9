import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { formatReleaseDate } from '../../src/article/format-date.js';
import { layoutArticle } from '../../src/article/layout-article.js';
import { Taxonomy } from '../../src/taxonomy/taxonomy.js';
import { sanitizeRelease } from '../../src/text/sanitize-model.js';
import { makeRelease } from '../world/make.js';
import { WORLD_RELEASES, WORLD_TAXONOMY } from '../world/world.js';

const taxonomy = new Taxonomy(WORLD_TAXONOMY);
const fixture = (id: string) => WORLD_RELEASES.find((release) => release.id === id)!;
const render = (lines: { text: string; style: string }[]): string =>
  lines.map((line) => `${line.style.padEnd(7)} |${line.text}`).join('\n');

describe('layoutArticle', () => {
  it('lays out header, body, notes and mentions (golden file at 72 columns)', async () => {
    await expect(render(layoutArticle(fixture('fx-border-workshop'), taxonomy, 72))).toMatchFileSnapshot(
      'golden/border-workshop-72.txt',
    );
    await expect(render(layoutArticle(fixture('fx-annual-review'), taxonomy, 72))).toMatchFileSnapshot(
      'golden/annual-review-72.txt',
    );
  });

  it('marks the note term in the text and numbers the footnote', () => {
    const lines = layoutArticle(fixture('fx-border-workshop'), taxonomy, 100).map((line) => line.text);
    expect(lines).toContain(
      'STRELSAU, Ruritania, 14 March 2024 – Twelve border wardens[1] from three imaginary States met for a',
    );
    expect(lines).toContain('[1] border wardens: Border wardens are invented officials who guard invented borders.');
    expect(lines.join(' ').match(/\[1\]/g)).toHaveLength(2);
  });

  it('keeps the body to 100 cells on a wide terminal and to the width on a narrow one', () => {
    for (const width of [12, 33, 80, 250]) {
      for (const release of WORLD_RELEASES) {
        for (const line of layoutArticle(release, taxonomy, width)) {
          expect(stringWidth(line.text), `${release.id} at ${width}: ${line.text}`).toBeLessThanOrEqual(
            Math.min(width, 100),
          );
        }
      }
    }
  });

  it('never lets a terminal control sequence through', () => {
    // As the catalog hands it to the reader: sanitized where it entered.
    const text = layoutArticle(sanitizeRelease(fixture('fx-escape-test')), taxonomy, 80)
      .map((line) => line.text)
      .join('\n');
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    expect(text).toContain('Sanitizer check red title done');
  });

  it('says when a release is only a summary, and shows partial dates as known', () => {
    const teaser = layoutArticle(fixture('fx-youth-forum-teaser'), taxonomy, 80).map((line) => line.text);
    expect(teaser).toContain('Summary: a newsroom teaser; the full article is not in this bundle');
    const spot = layoutArticle(fixture('fx-spot-report'), taxonomy, 80).map((line) => line.text);
    expect(spot).toContain('Date: 23 August (year unknown)');
  });

  it('falls back to the id for a taxonomy id it does not know, and separates quotes from paragraphs', () => {
    const release = makeRelease({
      id: 'x',
      sources: ['institution:gone'],
      body: [
        { kind: 'paragraph', text: 'A.' },
        { kind: 'quote', text: 'B.' },
      ],
    });
    const lines = layoutArticle(release, taxonomy, 80);
    expect(lines.map((line) => line.text)).toContain('Source: institution:gone');
    expect(lines.slice(-3).map(({ text, style }) => ({ text, style }))).toEqual([
      { text: 'A.', style: 'body' },
      { text: '', style: 'blank' },
      { text: '  B.', style: 'quote' },
    ]);
  });
});

describe('formatReleaseDate', () => {
  it('writes each precision the way people read it', () => {
    expect(formatReleaseDate({ iso: '2017-06-09', precision: 'day', text: null })).toBe('9 June 2017');
    expect(formatReleaseDate({ iso: '2017-06', precision: 'month', text: null })).toBe('June 2017');
    expect(formatReleaseDate({ iso: '2017', precision: 'year', text: null })).toBe('2017');
    expect(formatReleaseDate({ iso: null, precision: 'unknown', month: 8, text: null })).toBe('August (year unknown)');
    expect(formatReleaseDate({ iso: null, precision: 'unknown', text: null })).toBe('date unknown');
  });
});
