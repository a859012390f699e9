import { describe, expect, it } from 'vitest';
import { parsePage } from '../../src/ingest/parse-page.js';
import { fixturePage } from './fixtures.js';

function parseFixture(name: string) {
  const page = parsePage(fixturePage(name), name);
  return { page, release: page.releases[0]! };
}

describe('article pages', () => {
  it('reads dashed metadata after a renamed menu, with comma-joined fields and an unknown label', () => {
    const { page, release } = parseFixture('article-dash-metadata.txt');
    expect(page.layout).toBe('article');
    expect(release).toMatchObject({
      type: 'News item',
      title: 'Librarians from three towns finish a course on cataloguing municipal archives',
      date: { iso: '2019-03-12', precision: 'day' },
      place: 'Skopje',
      labels: {
        sources: ['OSCE Mission to Skopje'],
        fields: ['Education', 'Good governance'],
        other: [{ label: 'Tags', value: 'Archives' }],
      },
      line: 21,
    });
    expect(release.body.map((block) => block.kind)).toEqual(['paragraph', 'paragraph', 'list', 'heading', 'paragraph']);
  });

  it('reads labels without dashes with the value on the next line', () => {
    const { page, release } = parseFixture('article-plain-labels.txt');
    expect(page.layout).toBe('article');
    expect(release).toMatchObject({
      type: 'Press statement',
      date: { iso: '2019-05-03' },
      place: 'Belgrade',
      labels: { sources: ['OSCE Mission to Serbia'], fields: ['Environmental activities', 'Youth'] },
    });
    expect(release.body[0]).toMatchObject({
      kind: 'paragraph',
      text: expect.stringMatching(/^BELGRADE, 3 May 2019 – Forty volunteers/),
    });
    expect(release.body[1]!.kind).toBe('quote');
  });

  it('reads "Issued on" / "Issued by" and a media advisory', () => {
    const { release } = parseFixture('article-issued.txt');
    expect(release).toMatchObject({
      type: 'Media advisory',
      date: { iso: '2006-03-14' },
      place: 'Osh, Kyrgyzstan',
      labels: { sources: ['Programme Office in Bishkek'], countries: ['Kyrgyzstan'] },
    });
  });

  it('takes what the dateline knows when Date and Place are empty, and warns about the missing year', () => {
    const { release } = parseFixture('article-empty-values.txt');
    expect(release.type).toBe('Spot report');
    expect(release.date).toEqual({ iso: null, precision: 'unknown', month: 8, day: 23, text: '23 August' });
    expect(release.place).toBe('Vienna');
    expect(release.warnings).toEqual(['date "23 August" (line 9) has no year']);
  });

  it('reads a page address on the first line and values on the label lines', () => {
    const { release } = parseFixture('article-daily-report.txt');
    expect(release).toMatchObject({
      type: 'Daily report',
      url: 'https://www.osce.org/example/fictional-daily-report-42',
      date: { iso: '2025-08-02' },
      place: 'Helsinki',
      labels: { sources: ['Secretariat', 'Chairpersonship'], fields: ['Youth'] },
    });
  });

  it('strips a collapsed menu whose last heading runs into the content type', () => {
    const { release } = parseFixture('collapsed-menu.txt');
    expect(release).toMatchObject({
      type: 'Press release',
      title: 'Invented community garden shares its first harvest',
      place: 'Nicosia',
    });
  });

  it('repairs two tooltips in one sentence into two notes', () => {
    const { release } = parseFixture('glossary-two-terms.txt');
    expect(release.notes.map((note) => note.term)).toEqual(['volunteer archivists', 'paper conservators']);
    expect(release.body[0]).toEqual({
      kind: 'paragraph',
      text: 'TALLINN, 5 November 2021 – A made-up course on keeping old letters ended today. It trained 40 volunteer archivists from six towns and ten paper conservators, who shared their tools.',
    });
  });
});

describe('bare articles', () => {
  it.each([
    ['bare-vienna-tirana.txt', 'Vienna/Tirana', '2020-10-09'],
    ['bare-three-cities.txt', 'Tirana / Brussels / Geneva', '2020-10-06'],
    ['bare-double-hyphen.txt', 'Skopje', '2007-05-10'],
  ])('reads %s from its dateline', (name, place, iso) => {
    const { page, release } = parseFixture(name);
    expect(page.layout).toBe('bare');
    expect(release.type).toBe('Release');
    expect(release.place).toBe(place);
    expect(release.date.iso).toBe(iso);
    expect(release.warnings).toEqual([]);
  });

  it('reads a list right after the dashed metadata as the body, not as more fields', () => {
    const { page, release } = parseFixture('article-list-after-metadata.txt');
    expect(page.layout).toBe('article');
    expect(release).toMatchObject({
      date: { iso: '2021-04-02' },
      place: 'Vienna',
      labels: { fields: ['Youth'], other: [] },
    });
    expect(release.body[0]).toEqual({
      kind: 'list',
      items: ['twelve songs about invented rivers', 'a booklet with the lyrics', 'a map of the imaginary valley'],
    });
    expect(release.body.map((block) => block.kind)).toEqual(['list', 'paragraph', 'paragraph']);
  });

  it('keeps the dateline in the first paragraph', () => {
    const { release } = parseFixture('bare-three-cities.txt');
    expect(release.body[0]).toMatchObject({
      text: expect.stringMatching(/^TIRANA \/ BRUSSELS \/ GENEVA – 6 October 2020\. Three/),
    });
  });

  it('reads a dateline without a date and says so', () => {
    const { page, release } = parseFixture('bare-no-date.txt');
    expect(page.layout).toBe('bare');
    expect(release.place).toBe('Vienna');
    expect(release.date).toEqual({ iso: null, precision: 'unknown', text: null });
    expect(release.warnings).toEqual([
      'no date: neither the metadata, a dateline nor the title gives one (release at line 1)',
    ]);
  });

  it('reads a title and body with neither metadata nor dateline, with a warning', () => {
    const page = parsePage('An invented notice about a picnic\nThe picnic moved to Sunday.', 'p.txt');
    expect(page.layout).toBe('unknown');
    expect(page.releases[0]!.warnings).toContain('no metadata and no dateline: read as a title followed by the body');
  });
});

describe('pages without a title', () => {
  it.each([
    ['no-title-menu-only.txt', /^no title: the page has no content after the site menu/],
    ['no-title-metadata-only.txt', /^no title: line 1 /],
  ])('%s gives no release and says why', (name, message) => {
    const { page } = parseFixture(name);
    expect(page.releases).toEqual([]);
    expect(page.problems[0]!.message).toMatch(message);
    expect(page.problems[0]!.file).toBe(name);
  });

  it('refuses a page that is one long paragraph', () => {
    const page = parsePage(
      `${'The invented committee met and talked at length about many things. '.repeat(8)}`,
      'p.txt',
    );
    expect(page.releases).toEqual([]);
  });
});

describe('parsePage and terminal controls', () => {
  it('removes escape sequences before reading', () => {
    const page = parsePage(
      'An invented \u001b[31mred\u001b[0m title\u001b]0;x\u0007\nVIENNA, 1 May 2020 – Text.',
      'p.txt',
    );
    expect(page.releases[0]!.title).toBe('An invented red title');
  });
});

describe('content types', () => {
  it.each([
    ['Press release', 'Press release'],
    ['News', 'News'],
    ['NEWS ITEM', 'News item'],
    ['Press statement', 'Press statement'],
    ['Media advisory', 'Media advisory'],
    ['Spot report', 'Spot report'],
    ['Daily report', 'Daily report'],
    ['Field diary', 'Field diary'],
  ])('reads the type line %j as %j', (line, type) => {
    const page = parsePage([line, 'An invented title', '- Date:', '- 1 May 2020', 'Text.'].join('\n'), 'p.txt');
    expect(page.releases[0]).toMatchObject({ type, title: 'An invented title' });
  });

  it('takes the type from a "Content type:" label when there is no type line', () => {
    const page = parsePage(['An invented title', '- Content type:', '- Press statement', 'Text.'].join('\n'), 'p.txt');
    expect(page.releases[0]!.type).toBe('Press statement');
  });
});

describe('date ranges in pages', () => {
  it('reads a range in the metadata and in a dateline as the first day, without a warning', () => {
    const meta = parsePage(
      ['News', 'An invented two-day kite festival', '- Date:', '- 9–10 June 2017', 'Kites flew for two days.'].join(
        '\n',
      ),
      'p.txt',
    );
    expect(meta.releases[0]).toMatchObject({
      date: { iso: '2017-06-09', precision: 'day', text: '9–10 June 2017' },
      warnings: [],
    });
    const bare = parsePage(
      ['An invented two-day kite festival', 'VIENNA, 30 June – 1 July 2017 – Kites flew for two days.'].join('\n'),
      'p.txt',
    );
    expect(bare.releases[0]).toMatchObject({ date: { iso: '2017-06-30', precision: 'day' }, place: 'Vienna' });
    expect(bare.releases[0]!.warnings.filter((warning) => /date/.test(warning))).toEqual([]);
  });
});

describe('site footers', () => {
  it('leave "Back to top", share links, related content and newsletter boilerplate out of an article body', () => {
    const { release } = parseFixture('article-site-footer.txt');
    expect(release.body.map((block) => (block.kind === 'list' ? block.items.join('|') : block.text))).toEqual([
      'BRIGHTWATER, 14 October 2022 – Volunteers in the fictional town of Brightwater planted a thousand pear trees along the banks of its imaginary river today.',
      'The invented gardener Osric Fennimore showed pupils how to water young trees.',
    ]);
    expect(release.warnings).toEqual([]);
  });

  it('leave the footer out of the last teaser of a listing', () => {
    const page = parsePage(fixturePage('listing-site-footer.txt'), 'listing-site-footer.txt');
    expect(page.releases.map((release) => release.body)).toEqual([
      [{ kind: 'paragraph', text: 'Students of an imaginary school floated a raft made of bottles across a pond...' }],
      [{ kind: 'paragraph', text: 'A museum that does not exist lent twenty paintings to schools...' }],
    ]);
  });

  it('keep body lines that only look like footer words when the body goes on after them', () => {
    const page = parsePage(
      [
        'An invented bake sale',
        'VIENNA, 1 May 2020 – Bakers sold pretend cakes.',
        'Email',
        'Orders came by email and by post.',
      ].join('\n'),
      'p.txt',
    );
    expect(page.releases[0]!.body).toHaveLength(3);
  });

  it('keep a press contact at the end of the body', () => {
    const page = parsePage(
      [
        'An invented bake sale',
        'VIENNA, 1 May 2020 – Bakers sold pretend cakes.',
        'Contact',
        'Ada Placeholder, invented spokesperson, +00 0000 0000',
      ].join('\n'),
      'p.txt',
    );
    expect(page.releases[0]!.body.map((block) => block.kind)).toEqual(['paragraph', 'heading', 'paragraph']);
  });
});

describe('"Back to top" inside a long page', () => {
  it('does not cut the sections after it, and is left out itself', () => {
    const page = parsePage(
      [
        'An invented guide to pretend gardens',
        'VIENNA, 1 May 2020 – The first section is about roses.',
        'Back to top',
        'The second section is about tulips.',
        'Back to top',
      ].join('\n'),
      'p.txt',
    );
    expect(page.releases[0]!.body.map((block) => block.kind !== 'list' && block.text)).toEqual([
      'VIENNA, 1 May 2020 – The first section is about roses.',
      'The second section is about tulips.',
    ]);
  });
});
