import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../src/ingest/parse-page.js';

const SEED = new URL('../../data/pages/000_b7fadee1655420b1.txt', import.meta.url);

describe('parsePage on the seed page', () => {
  const page = parsePage(readFileSync(SEED, 'utf8'), 'data/pages/000_b7fadee1655420b1.txt');
  const release = page.releases[0]!;

  it('strips the menu and reads one press release', () => {
    expect(page.layout).toBe('article');
    expect(page.problems).toEqual([]);
    expect(page.releases).toHaveLength(1);
    expect(release.type).toBe('Press release');
    expect(release.title).toBe(
      'OSCE pioneering live exercise provides practitioners from 38 States with expertise to tackle human trafficking along migration routes',
    );
    expect(release.line).toBe(152);
  });

  it('takes the date from the dateline when the Date field is empty', () => {
    expect(release.date).toEqual({ iso: '2017-06-09', precision: 'day', month: 6, day: 9, text: '9 June 2017' });
    expect(release.warnings).toEqual([]);
  });

  it('completes the place from the dateline, title-cased', () => {
    expect(release.place).toBe('Vicenza, Italy');
  });

  it('keeps the source and field labels as text for mapping', () => {
    expect(release.labels.sources).toEqual(['OSCE Secretariat']);
    expect(release.labels.fields).toEqual(['Combating trafficking in human beings']);
  });

  it('rejoins the sentence split by the glossary tooltip into the first paragraph', () => {
    const first = release.body[0]!;
    expect(first.kind).toBe('paragraph');
    const text = first.kind === 'paragraph' ? first.text : '';
    expect(text.startsWith('VICENZA, Italy, 9 June 2017 – The second five-day')).toBe(true);
    expect(text).toContain(
      'The course provided 71 anti-trafficking practitioners from 35 OSCE participating States and three Partners',
    );
    expect(text).not.toContain('practitionersanti');
    expect(JSON.stringify(release.body)).not.toContain('include a broad range');
  });

  it('turns the tooltip definition into one note', () => {
    expect(release.notes).toHaveLength(1);
    expect(release.notes[0]!.term).toBe('anti-trafficking practitioners');
    expect(release.notes[0]!.text).toMatch(/^Anti-trafficking practitioners include .* and journalists\.$/);
  });

  it('reads the two statements as quotes and the rest as paragraphs', () => {
    expect(release.body.map((block) => block.kind)).toEqual([
      'paragraph',
      'paragraph',
      'quote',
      'paragraph',
      'quote',
      'paragraph',
      'paragraph',
    ]);
  });
});
