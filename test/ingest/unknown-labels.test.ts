import { describe, expect, it } from 'vitest';
import { parsePage } from '../../src/ingest/parse-page.js';

describe('unknown plain labels among the metadata', () => {
  it('are kept out of the body and reported with their line', () => {
    const page = parsePage(
      'News item\nAn invented title\nDate: 9 June 2017\nLast updated: 10 June 2017\nContact: Ana Invented, press office\nInvented kites raced: twelve of them.',
      'p.txt',
    );
    const release = page.releases[0]!;
    expect(release.body).toEqual([{ kind: 'paragraph', text: 'Invented kites raced: twelve of them.' }]);
    expect(release.labels.other).toEqual([
      { label: 'Last updated', value: '10 June 2017' },
      { label: 'Contact', value: 'Ana Invented, press office' },
    ]);
    expect(release.warnings).toEqual([
      expect.stringMatching(/^unmapped label "Last updated" \(line 4\)/),
      expect.stringMatching(/^unmapped label "Contact" \(line 5\)/),
    ]);
  });

  it('are metadata before a known label or the dateline too', () => {
    const page = parsePage(
      'An invented title\nLast updated: 10 June 2017\nVIENNA, 9 June 2017 – Invented kites raced.',
      'p.txt',
    );
    expect(page.releases[0]).toMatchObject({
      date: { iso: '2017-06-09' },
      labels: { other: [{ label: 'Last updated', value: '10 June 2017' }] },
      body: [{ text: 'VIENNA, 9 June 2017 – Invented kites raced.' }],
    });
  });

  it('do not take a sentence with a colon from the body', () => {
    const page = parsePage(
      'News item\nAn invented title\nDate: 9 June 2017\nBackground: The invented club met. Kites raced.\nMore text.',
      'p.txt',
    );
    const release = page.releases[0]!;
    expect(release.body[0]).toEqual({ kind: 'paragraph', text: 'Background: The invented club met. Kites raced.' });
    expect(release.labels.other).toEqual([]);
    expect(release.warnings).toEqual([]);
  });

  it('do not start metadata in a body without a label or dateline after them', () => {
    const page = parsePage('An invented title\nNote: invented kites raced\nThe club met.', 'p.txt');
    expect(page.releases[0]!.body[0]).toMatchObject({ text: 'Note: invented kites raced' });
  });
});
