import { describe, expect, it } from 'vitest';
import { parsePage } from '../../src/ingest/parse-page.js';
import { fixturePage } from './fixtures.js';

describe('newsroom listing pages', () => {
  const page = parsePage(fixturePage('listing-newsroom.txt'), 'listing-newsroom.txt');

  it('reads every entry as a summary release', () => {
    expect(page.layout).toBe('listing');
    expect(page.problems).toEqual([]);
    expect(page.releases.map((release) => release.title)).toEqual([
      'Invented orchestra tours five towns with a programme of folk songs',
      'Made-up bakery school teaches young people to bake bread',
      'Invented conference on library opening hours',
      'Fictional footbridge reopens after repairs',
    ]);
    expect(page.releases.every((release) => release.summary)).toBe(true);
    expect(page.releases.map((release) => release.line)).toEqual([11, 18, 23, 28]);
  });

  it('reads the entry fields', () => {
    expect(page.releases[0]).toMatchObject({
      type: 'News item',
      date: { iso: '2015-04-26', precision: 'day' },
      place: 'Podgorica',
      labels: {
        countries: ['Montenegro', 'Serbia'],
        fields: ['Education', 'Tolerance and non-discrimination'],
        locations: ['Podgorica'],
      },
    });
    expect(page.releases[2]).toMatchObject({ type: 'Press release', date: { iso: '2015-01-14' } });
  });

  it('keeps a teaser cut off with "..." and drops the pager', () => {
    expect(page.releases[1]!.body).toEqual([
      {
        kind: 'paragraph',
        text: 'A school for bakers in an imaginary town opened its doors to twenty young people, who will learn to bake bread and...',
      },
    ]);
    expect(page.releases[3]!.body).toEqual([]);
  });

  it('reports an entry without a title and keeps the others', () => {
    const broken = parsePage(
      [
        'Publishing date: 1 May 2020',
        'Teaser one.',
        'An invented title',
        'Publishing date: 2 May 2020',
        'Teaser two.',
      ].join('\n'),
      'l.txt',
    );
    expect(broken.releases.map((release) => release.title)).toEqual(['An invented title']);
    expect(broken.problems).toEqual([
      { file: 'l.txt', line: 1, message: 'listing entry without a title line above its fields; skipped' },
    ]);
  });
});

describe('listing fields written over two lines', () => {
  it('reads a value on the line after its label, and not the teaser after an inline value', () => {
    const page = parsePage(
      [
        'An invented kite festival',
        'Publishing date: 7 July 2016',
        'Location(s):',
        'Vienna',
        'What we do: Youth',
        'Short teaser about kites…',
        'Another invented title',
        'Publishing date: 8 July 2016',
        'Where we are: Malta',
        'Kites again…',
      ].join('\n'),
      'l.txt',
    );
    expect(
      page.releases.map((release) => [
        release.title,
        release.labels.locations,
        release.labels.fields,
        release.labels.countries,
        release.body,
      ]),
    ).toEqual([
      [
        'An invented kite festival',
        ['Vienna'],
        ['Youth'],
        [],
        [{ kind: 'paragraph', text: 'Short teaser about kites…' }],
      ],
      ['Another invented title', [], [], ['Malta'], [{ kind: 'paragraph', text: 'Kites again…' }]],
    ]);
  });
});

describe('listing dates written under their label', () => {
  const lines = [
    'Newsroom',
    'An invented kite race',
    'Publishing date:',
    '26 April 2015',
    'Kites raced over a pretend field...',
    '',
    'An invented boat race',
    'Publishing date:',
    '27 April 2015',
    'What we do:',
    'Youth',
    'Boats raced on a pretend lake...',
  ];

  it('reads every entry when the date stands on the line after "Publishing date:"', () => {
    const page = parsePage(lines.join('\n'), 'l.txt');
    expect(page.layout).toBe('listing');
    expect(
      page.releases.map((release) => [release.title, release.date.iso, release.labels.fields, release.body.length]),
    ).toEqual([
      ['An invented kite race', '2015-04-26', [], 1],
      ['An invented boat race', '2015-04-27', ['Youth'], 1],
    ]);
  });

  it('still reads an article whose one "Publishing date:" has the date on the next line', () => {
    const page = parsePage(
      [
        'Press release',
        'An invented kite race',
        'Publishing date:',
        '26 April 2015',
        'Kites raced over a pretend field.',
      ].join('\n'),
      'a.txt',
    );
    expect(page.layout).toBe('article');
    expect(page.releases[0]).toMatchObject({ summary: false, date: { iso: '2015-04-26' } });
  });
});
