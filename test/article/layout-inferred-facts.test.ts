import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { inferredNote } from '../../src/article/fact-origin-notes.js';
import { layoutArticle } from '../../src/article/layout-article.js';
import type { FactRecord, Release } from '../../src/bundle/types.js';
import { Taxonomy } from '../../src/taxonomy/taxonomy.js';
import { INFERRED_FACTS_RELEASE as inferred } from '../helpers/inferred-release.js';
import { WORLD_RELEASES, WORLD_TAXONOMY } from '../world/world.js';

const taxonomy = new Taxonomy(WORLD_TAXONOMY);
const render = (lines: { text: string; style: string }[]): string =>
  lines.map((line) => `${line.style.padEnd(7)} |${line.text}`).join('\n');
const texts = (release: Release, width: number): string[] =>
  layoutArticle(release, taxonomy, width).map((line) => line.text);
/** The header's metadata as one string per line of text, its wrapping undone. */
const metaText = (release: Release, width: number): string =>
  layoutArticle(release, taxonomy, width)
    .filter((line) => line.style === 'meta')
    .map((line) => line.text.trim())
    .join(' ');

describe('layoutArticle: facts the importer inferred', () => {
  it('says after each inferred value what it was inferred from, and nothing after stated ones (golden files at 40, 72, 120)', async () => {
    for (const width of [40, 72, 120]) {
      await expect(render(layoutArticle(inferred, taxonomy, width))).toMatchFileSnapshot(
        `golden/inferred-facts-${width}.txt`,
      );
      const meta = metaText(inferred, width);
      expect(meta, `at ${width}`).toContain('Date: 3 May 2024 (inferred from the text)');
      expect(meta, `at ${width}`).toContain('Place: Strelsau Source: Mission to Ruritania (inferred from the title)');
      expect(meta, `at ${width}`).toContain(
        'Fields of work: Education Countries: Freedonia, Ruritania (inferred from its field operation)',
      );
    }
    expect(texts(inferred, 72)[0]).toBe('Press release');
  });

  it('wraps the marked lines within the width, a note kept whole on a line of its own when it does not fit', () => {
    for (const width of [12, 20, 40, 72, 120]) {
      const lines = layoutArticle(inferred, taxonomy, width);
      for (const line of lines) expect(stringWidth(line.text), `${width}: ${line.text}`).toBeLessThanOrEqual(width);
      const meta = lines.filter((line) => line.style === 'meta').map((line) => line.text);
      if (width >= 40) for (const line of meta) expect(line, `${width}`).toMatch(/^(?:[A-Z][a-z ]*: | {2}\S)/);
      expect(lines.map((line) => line.text).join('\n'), `${width}`).not.toContain('\u00a0');
    }
    expect(texts(inferred, 40)).toEqual(
      expect.arrayContaining(['Source: Mission to Ruritania', '  (inferred from the title)']),
    );
    // Find marks (two cells a match) inside a note still fit the line.
    for (const line of layoutArticle(inferred, taxonomy, 40, 100, { terms: ['from the'], markWidth: 2 })) {
      expect(stringWidth(line.text) + 2 * (line.text.match(/from the/g)?.length ?? 0), line.text).toBeLessThanOrEqual(
        40,
      );
    }
  });

  it('lays out a release without origins, or with only stated ones, exactly as before', () => {
    for (const release of WORLD_RELEASES) {
      const stated: FactRecord[] = [
        { fact: 'date', value: release.date.iso ?? '', from: 'metadata', stated: true },
        ...release.sources.map((id): FactRecord => ({ fact: 'source', value: id, from: 'metadata', stated: true })),
        ...release.countries.map((id): FactRecord => ({ fact: 'country', value: id, from: 'dateline', stated: true })),
      ];
      for (const width of [40, 72, 120]) {
        const before = layoutArticle(release, taxonomy, width);
        expect(before.map((line) => line.text).join('\n'), release.id).not.toContain('inferred');
        expect(layoutArticle({ ...release, origins: [] }, taxonomy, width), release.id).toEqual(before);
        expect(layoutArticle({ ...release, origins: stated }, taxonomy, width), release.id).toEqual(before);
      }
    }
  });

  it('counts a fact as stated when any record states it, however else it was also found', () => {
    const both = {
      ...inferred,
      origins: [
        ...inferred.origins!,
        {
          fact: 'source',
          value: 'field-operation:mission-to-ruritania',
          from: 'metadata',
          stated: true,
        } satisfies FactRecord,
      ],
    };
    expect(texts(both, 100)).toContain('Source: Mission to Ruritania');
  });

  it('never prints the recorded origin as is: an origin it does not know reads "inferred"', () => {
    const hostile = '\u001b]0;pwned\u0007listing of doom';
    const release = {
      ...inferred,
      origins: [
        { fact: 'place', value: 'Strelsau', from: hostile, stated: false } as unknown as FactRecord,
        { fact: 'date', value: '2024-05-03', from: 'toString', stated: false } as unknown as FactRecord,
      ],
    };
    const text = texts(release, 100).join('\n');
    expect(text).toContain('Place: Strelsau (inferred)');
    expect(text).toContain('Date: 3 May 2024 (inferred)');
    expect(text).not.toMatch(/doom|pwned|toString/);
    expect(inferredNote(release, 'source', 'field-operation:mission-to-ruritania')).toBeUndefined();
  });
});
