import { describe, expect, it } from 'vitest';
import { createReleaseMapper } from '../../src/ingest/map-release.js';
import { unknownDate } from '../../src/ingest/parse-date.js';
import { emptyLabels } from '../../src/ingest/parse-metadata.js';
import { parsePage } from '../../src/ingest/parse-page.js';
import type { ParsedRelease } from '../../src/ingest/types.js';
import { fixturePage, realTaxonomy, seedPage } from './fixtures.js';

const mapRelease = createReleaseMapper(realTaxonomy());

function mapFixture(name: string, text = fixturePage(name)) {
  return parsePage(text, name).releases.map((parsed) => mapRelease(parsed, name));
}

function parsed(overrides: Partial<ParsedRelease>): ParsedRelease {
  return {
    type: 'News',
    title: 'An invented title',
    date: unknownDate(),
    place: null,
    labels: emptyLabels(),
    url: null,
    body: [],
    notes: [],
    summary: false,
    line: 1,
    warnings: [],
    origins: [],
    headingOrValue: null,
    listingHeader: null,
    ...overrides,
  };
}

describe('the seed imports as issue 2 says', () => {
  const [release] = mapFixture('data/pages/000_b7fadee1655420b1.txt', seedPage());

  it('has the type, title, date and place', () => {
    expect(release).toMatchObject({
      type: 'Press release',
      title:
        'OSCE pioneering live exercise provides practitioners from 38 States with expertise to tackle human trafficking along migration routes',
      date: { iso: '2017-06-09', precision: 'day' },
      place: 'Vicenza, Italy',
      summary: false,
      provenance: { file: 'data/pages/000_b7fadee1655420b1.txt', line: 152 },
    });
  });

  it('maps source, field and country to taxonomy ids', () => {
    expect(release!.sources).toEqual(['body:secretariat']);
    expect(release!.fields).toEqual(['field:combating-trafficking-in-human-beings']);
    expect(release!.countries).toContain('state:italy');
    expect(release!.unmapped).toEqual([]);
    expect(release!.warnings).toEqual([]);
  });

  it('finds the funding States named in the body', () => {
    for (const state of ['switzerland', 'monaco', 'germany', 'france', 'austria', 'andorra', 'hungary']) {
      expect(release!.mentions).toContain(`state:${state}`);
    }
  });

  it('reads the first paragraph whole, with one note', () => {
    const first = release!.body[0]!;
    expect(first.kind === 'paragraph' && first.text).toContain(
      'The course provided 71 anti-trafficking practitioners from 35 OSCE participating States',
    );
    expect(JSON.stringify(release!.body)).not.toMatch(/practitionersanti|practitioners include/);
    expect(release!.notes).toHaveLength(1);
    expect(release!.notes[0]!.term).toBe('anti-trafficking practitioners');
  });

  it('gets the same id when imported again', () => {
    expect(mapFixture('elsewhere/copy.txt', seedPage())[0]!.id).toBe(release!.id);
    expect(release!.id).toMatch(/^r-[0-9a-f]{16}$/);
  });
});

describe('mapping labels', () => {
  it('routes "Where we are" values to countries or to sources by what they name', () => {
    const release = mapRelease(
      parsed({ labels: { ...emptyLabels(), countries: ['Serbia', 'Mission to Serbia'] } }),
      'x.txt',
    );
    expect(release.countries).toEqual(['state:serbia']);
    expect(release.sources).toEqual(['field-operation:mission-to-serbia']);
  });

  it('keeps what it cannot map, with a warning, and never drops it', () => {
    const [release] = mapFixture('article-empty-values.txt');
    expect(release!.unmapped).toEqual([
      { label: 'source', value: 'Nowhere Office of Imaginary Affairs' },
      { label: 'field', value: 'Birdwatching' },
    ]);
    expect(release!.fields).toEqual(['field:environmental-activities']);
    expect(release!.warnings).toContain('field "Birdwatching" is not in the taxonomy; kept as text');
  });

  it('suggests a close name for a misspelt label', () => {
    const release = mapRelease(parsed({ labels: { ...emptyLabels(), countries: ['Albanai'] } }), 'x.txt');
    expect(release.unmapped).toEqual([{ label: 'country', value: 'Albanai' }]);
    expect(release.warnings[0]).toMatch(/did you mean Albania/);
  });

  it('keeps unknown labels under their own name', () => {
    const [release] = mapFixture('article-dash-metadata.txt');
    expect(release!.unmapped).toEqual([{ label: 'Tags', value: 'Archives' }]);
    expect(release!.sources).toEqual(['field-operation:mission-to-skopje']);
    expect(release!.fields).toEqual(['field:education', 'field:good-governance']);
  });

  it('adds the country named in the place, and no warning for the cities', () => {
    expect(mapRelease(parsed({ place: 'Osh, Kyrgyzstan' }), 'x.txt').countries).toEqual(['state:kyrgyzstan']);
    const cities = mapRelease(parsed({ place: 'Tirana / Brussels / Geneva' }), 'x.txt');
    expect(cities.warnings).toEqual([]);
  });

  it('infers the State of a dateline city from the table of cities, never of an OSCE seat', () => {
    const cities = mapRelease(parsed({ place: 'Tirana / Brussels / Geneva' }), 'x.txt');
    expect(cities.countries).toEqual(['state:albania', 'state:belgium']);
    expect(cities.origins).toEqual([
      { fact: 'country', value: 'state:albania', from: 'city', stated: false },
      { fact: 'country', value: 'state:belgium', from: 'city', stated: false },
    ]);
    for (const seat of ['Vienna', 'Warsaw', 'The Hague', 'Copenhagen', 'Prague', 'Geneva'])
      expect(mapRelease(parsed({ place: seat }), 'x.txt').countries).toEqual([]);
  });

  it('maps listing entries', () => {
    const releases = mapFixture('listing-newsroom.txt');
    expect(releases[0]).toMatchObject({
      countries: ['state:montenegro', 'state:serbia'],
      summary: true,
      place: 'Podgorica',
      unmapped: [],
    });
    expect(releases[1]!.unmapped).toEqual([{ label: 'country', value: 'Atlantis' }]);
  });
});

describe('release ids', () => {
  it('gives a listing summary and the full article of the same item the same id', () => {
    const summary = parsePage('An invented harvest festival\nPublishing date: 4 October 2018\nTeaser...', 'l.txt')
      .releases[0]!;
    const article = parsePage(
      'Press release\nAn invented harvest festival\n- Date:\n- 4 October 2018\nFull text.',
      'a.txt',
    ).releases[0]!;
    expect(mapRelease(summary, 'l.txt').id).toBe(mapRelease(article, 'a.txt').id);
  });

  it('uses the address when there is one, and tells different dates apart', () => {
    const a = mapRelease(parsed({ url: 'https://www.osce.org/x/1' }), 'x.txt');
    const b = mapRelease(parsed({ url: 'http://osce.org/x/1/', title: 'Other title' }), 'y.txt');
    expect(a.id).toBe(b.id);
    const day1 = mapRelease(parsed({ date: { iso: '2020-01-01', precision: 'day', text: null } }), 'x.txt');
    const day2 = mapRelease(parsed({ date: { iso: '2020-01-02', precision: 'day', text: null } }), 'x.txt');
    expect(day1.id).not.toBe(day2.id);
  });
});

describe('sanitizing', () => {
  it('strips terminal controls from every text and keeps the body structure', () => {
    const release = mapRelease(
      parsed({
        title: 'Title\u001b[2J',
        type: 'News\u009b31m',
        place: 'Vienna\u202e',
        body: [
          { kind: 'paragraph', text: 'a\u001b]0;x\u0007b' },
          { kind: 'list', items: ['one\u0007', 'two'] },
        ],
        notes: [{ term: 't\u001b[1m', text: 'd\u0000' }],
        labels: { ...emptyLabels(), other: [{ label: 'Tag\u001b[31m', value: 'v\u0007' }] },
        warnings: ['w\u001b[0m'],
      }),
      'x.txt',
    );
    expect(JSON.stringify(release)).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202e]/);
    expect(release.body).toEqual([
      { kind: 'paragraph', text: 'ab' },
      { kind: 'list', items: ['one', 'two'] },
    ]);
    expect(release.title).toBe('Title');
  });
});

describe('loose label names', () => {
  it('maps a shortened name and says how it was read', () => {
    const release = mapRelease(parsed({ labels: { ...emptyLabels(), fields: ['Environmental'] } }), 'x.txt');
    expect(release.fields).toEqual(['field:environmental-activities']);
    expect(release.warnings).toEqual([
      'field "Environmental" read as Environmental activities (field:environmental-activities)',
    ]);
  });
});

describe('listing locations', () => {
  const listing = (...fields: string[]) =>
    mapFixture(
      'l.txt',
      [
        'An invented chess tournament for pensioners',
        'Publishing date: 5 May 2019',
        ...fields,
        'Pensioners played chess all day...',
      ].join('\n'),
    )[0]!;

  it('makes "Location(s): Bishkek" the place, not the field operation in that city', () => {
    const release = listing('Location(s): Bishkek');
    expect(release.place).toBe('Bishkek');
    expect(release.sources).toEqual([]);
    expect(release.unmapped).toEqual([]);
    expect(release.warnings).toEqual([]);
  });

  it('takes the country from a location that names one, as for a dateline', () => {
    const release = listing('Location(s): Kyrgyzstan');
    expect(release.place).toBe('Kyrgyzstan');
    expect(release.countries).toEqual(['state:kyrgyzstan']);
  });

  it('keeps several locations in the place as the page wrote them', () => {
    const release = listing('Location(s): Osh, Kyrgyzstan');
    expect(release.place).toBe('Osh, Kyrgyzstan');
    expect(release.countries).toEqual(['state:kyrgyzstan']);
  });

  it('keeps a location that disagrees with the place given by the page, with a warning', () => {
    const release = listing('Location(s):', 'Bishkek', 'Place: Vienna');
    expect(release.place).toBe('Vienna');
    expect(release.sources).toEqual([]);
    expect(release.unmapped).toEqual([{ label: 'location', value: 'Bishkek' }]);
    expect(release.warnings).toEqual(['location "Bishkek" is not the place "Vienna"; kept as text']);
  });

  it('lets the dateline name the place more closely than a location that names the country', () => {
    const release = mapFixture(
      'l.txt',
      [
        'An invented chess tournament for pensioners',
        'Publishing date: 5 May 2019',
        'Location(s): Kyrgyzstan',
        'OSH, 5 May 2019 – Pensioners played chess all day...',
      ].join('\n'),
    )[0]!;
    expect(release).toMatchObject({ place: 'Osh', countries: ['state:kyrgyzstan'], unmapped: [], warnings: [] });
  });

  it("reads a location in an article's dashed metadata the same way", () => {
    const [release] = mapFixture(
      'a.txt',
      [
        'News',
        'An invented pottery fair',
        '- Date:',
        '- 3 March 2018',
        '- Location:',
        '- Bishkek',
        'Potters sold invented pots.',
      ].join('\n'),
    );
    expect(release).toMatchObject({ place: 'Bishkek', sources: [], unmapped: [] });
  });
});
