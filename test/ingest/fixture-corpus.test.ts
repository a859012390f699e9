import { describe, expect, it } from 'vitest';
import type { FactKind, Release } from '../../src/bundle/types.js';
import { createReleaseMapper } from '../../src/ingest/map-release.js';
import { parsePage } from '../../src/ingest/parse-page.js';
import { fixturePage, realTaxonomy, seedPage } from './fixtures.js';

// What a reader expects of each fixture page of issue 10's shapes: the facts the page states,
// and the facts it only implies. A fact the importer gives that is in neither list is wrong; a
// listed fact it does not give is missing. Neither may happen without a warning.
type Kind = FactKind | 'title';
type Facts = Partial<Record<Kind, string | string[]>>;
interface Expected {
  stated: Facts;
  inferred?: Facts;
}
type Page = Expected[] | { problem: RegExp };

const SEED = 'data/pages/000_b7fadee1655420b1.txt';
const SMM: Facts = { source: 'field-operation:special-monitoring-mission-to-ukraine', country: 'state:ukraine' };
const CORPUS: Record<string, Page> = {
  [SEED]: [
    {
      stated: {
        title:
          'OSCE pioneering live exercise provides practitioners from 38 States with expertise to tackle human trafficking along migration routes',
        type: 'Press release',
        date: '2017-06-09',
        place: 'Vicenza, Italy',
        source: 'body:secretariat',
        field: 'field:combating-trafficking-in-human-beings',
        country: 'state:italy',
      },
    },
  ],
  'shape1-nav-skip-links.txt': [
    {
      stated: {
        title: 'Observers to hold an invented press conference on Thursday',
        type: 'Media advisory',
        place: 'Tirana',
        source: 'institution:odihr',
      },
      inferred: { country: 'state:albania' },
    },
  ],
  'shape1-nav-skip-to-main-content.txt': [
    {
      stated: {
        title: 'Invented tea-tasting club opens in a pretend railway station',
        type: 'Press release',
        date: '2016-05-04',
        place: 'Bishkek',
        source: 'field-operation:programme-office-in-bishkek',
      },
      inferred: { country: 'state:kyrgyzstan' },
    },
  ],
  'shape1-nav-newsroom.txt': [
    {
      stated: {
        title: 'Invented orchard school teaches grafting to pupils',
        type: 'News item',
        date: '2018-09-12',
        place: 'Skopje',
        source: 'field-operation:mission-to-skopje',
        field: 'field:education',
      },
      inferred: { country: 'state:north-macedonia' },
    },
  ],
  'shape2-osce-tag-vienna.txt': [
    {
      stated: {
        title: 'OSCE Chairman-in-Office congratulates an invented kite club on its anniversary',
        date: '2001-03-03',
        place: 'Vienna',
      },
      inferred: { source: 'chairpersonship:chairpersonship' },
    },
  ],
  'shape2-osce-tag-copenhagen.txt': [
    {
      stated: {
        title: 'Parliamentary Assembly holds an invented quiz night for its staff',
        date: '2001-03-03',
        place: 'Copenhagen',
      },
      inferred: { source: 'body:parliamentary-assembly' },
    },
  ],
  'shape2-osce-tag-listing.txt': [
    {
      stated: {
        title: 'Invented music school lends violins to pupils',
        type: 'Press release',
        date: '2002-04-04',
        place: 'Skopje',
      },
      inferred: { country: 'state:north-macedonia' },
    },
    {
      stated: { title: 'Pretend bakery teaches apprentices to bake rye bread', date: '2002-01-12', place: 'Tbilisi' },
      inferred: { country: 'state:georgia' },
    },
  ],
  'shape3-place-date-and-caption.txt': [
    {
      stated: { title: 'Invented river clean-up gathers two hundred volunteers', date: '2003-05-05', place: 'Tirana' },
      inferred: { country: 'state:albania' },
    },
  ],
  'shape3-place-date-above-title.txt': [
    {
      stated: {
        title: 'Invented puppet makers teach their craft at a pretend fair',
        date: '2004-06-10',
        place: 'Skopje',
      },
      inferred: { country: 'state:north-macedonia' },
    },
  ],
  'shape3-caption-then-dateline.txt': [
    {
      stated: { title: 'Made-up library opens a reading room for children', date: '2005-02-02', place: 'Belgrade' },
      inferred: { country: 'state:serbia' },
    },
  ],
  'shape4-teaser-issued-on-empty.txt': [
    {
      stated: {
        title: 'Invented seminar on counting ballots by candlelight ends',
        type: 'News item',
        date: '2012-05-14',
        place: 'Warsaw',
        source: 'institution:odihr',
        field: 'field:elections',
      },
    },
  ],
  'shape4-teaser-issued-on-date.txt': [
    {
      stated: {
        title: 'Invented handbook on village archives published',
        type: 'News item',
        date: '2011-10-03',
        source: 'institution:odihr',
        field: ['field:human-rights', 'field:democratization'],
      },
    },
  ],
  'shape4-teaser-plain-labels.txt': [
    {
      stated: {
        title: 'Pretend election clerks share their stories at an invented evening',
        type: 'News item',
        date: '2013-11-21',
        place: 'Warsaw',
        source: 'institution:odihr',
        field: 'field:elections',
      },
    },
  ],
  'shape5-smm-reports.txt': [
    {
      stated: {
        title: 'Latest news from the Monitoring Mission- Tuesday, 6 May 2014',
        type: 'Daily report',
        date: '2014-05-06',
      },
      inferred: SMM,
    },
    {
      stated: {
        title: 'Latest from the Monitoring Mission based on information received as of 18:00 (Kyiv time), 5 May 2014',
        type: 'Spot report',
        date: '2014-05-05',
      },
      inferred: SMM,
    },
    {
      stated: {
        title: 'Weekly summary of an invented exercise – 2 May 2014',
        type: 'Weekly report',
        date: '2014-05-02',
      },
      inferred: SMM,
    },
  ],
  'shape5-smm-reports-spaced.txt': [
    {
      stated: {
        title: 'Latest news from the Monitoring Mission – Monday, 12 May 2014',
        type: 'Daily report',
        date: '2014-05-12',
      },
      inferred: SMM,
    },
    {
      stated: {
        title: 'Latest news from the Monitoring Mission, May 11, 2014',
        type: 'Daily report',
        date: '2014-05-11',
      },
      inferred: SMM,
    },
  ],
  'shape6-glued-alt-text.txt': [
    {
      stated: {
        title: 'OSCE Parliamentary Assembly Bureau meets on an invented agenda',
        date: '2014-05-03',
        place: 'Brussels',
      },
      inferred: { source: 'body:parliamentary-assembly', country: 'state:belgium' },
    },
  ],
  'shape6-image-lines.txt': [
    {
      stated: { title: 'Invented bridge festival draws a crowd', date: '2016-08-08', place: 'Podgorica' },
      inferred: { country: 'state:montenegro' },
    },
  ],
  'shape6-no-title-glued.txt': { problem: /^no title: line 8 opens with a dateline: the page has no title line$/ },
  'shape6-no-title-paragraph.txt': { problem: /^no title: line 1 reads as a paragraph, not a title/ },
  'shape7-empty-country-heading.txt': [{ stated: { title: 'Invented mission at a pretend lake', date: '2015-05-04' } }],
  'shape7-empty-label-dashed.txt': [
    {
      stated: {
        title: 'Made-up field office opens a pretend visitor centre',
        type: 'Press release',
        date: '2019-09-09',
      },
    },
  ],
  'shape7-flattened-table.txt': [
    {
      stated: {
        title: 'Invented monitors visit a pretend crossing',
        date: '2015-05-08',
        place: 'Kyiv',
        country: 'state:ukraine',
      },
    },
  ],
  'shape7-flattened-values.txt': [
    {
      stated: { title: 'Invented monitors count pretend buses', date: '2015-05-12', place: 'Donetsk' },
      inferred: { country: 'state:ukraine' },
    },
  ],
  'shape8-fom-listing.txt': [
    {
      stated: {
        title: 'Invented training on reporting safely from pretend floods',
        type: 'Press release',
        date: '2019-03-14',
        field: 'field:safety-of-journalists',
      },
      inferred: { source: 'institution:rfom' },
    },
    {
      stated: {
        title: 'Made-up handbook on pretend broadcasting rules presented',
        type: 'Press release',
        date: '2019-02-02',
        field: ['field:media-laws', 'field:media-freedom-and-development'],
      },
      inferred: { source: 'institution:rfom' },
    },
  ],
  'shape8-fom-topics-plain.txt': [
    {
      stated: {
        title: 'Representative on Freedom of the Media opens an invented workshop for young reporters in Montenegro',
        type: 'Press release',
        date: '2020-10-16',
        place: 'Podgorica',
        field: ['field:safety-of-journalists', 'field:media-laws'],
      },
      inferred: { source: 'institution:rfom', country: 'state:montenegro' },
    },
  ],
  'shape9-date-from-opening-sentence.txt': [
    { stated: { title: 'Invented library reopens after repairs' }, inferred: { date: '2016-03-12' } },
  ],
  'shape9-stray-label-in-text.txt': [
    { stated: { title: 'Made-up choir sings for an invented hospital', date: '2017-05-05' } },
  ],
  'shape9-metadata-after-teaser-no-warning.txt': [
    {
      stated: {
        title: 'Invented youth parliament holds its first pretend session',
        type: 'News item',
        date: '2014-04-07',
        source: 'field-operation:mission-to-serbia',
        field: 'field:youth',
      },
      inferred: { country: 'state:serbia' },
    },
  ],
  'implied-title-presence-in-albania.txt': [
    {
      stated: {
        title: 'OSCE Presence in Albania marks an invented anniversary of a pretend library',
        date: '2018-02-14',
        place: 'Tirana',
      },
      inferred: { source: 'field-operation:presence-in-albania', country: 'state:albania' },
    },
  ],
  'implied-title-odihr.txt': [
    {
      stated: {
        title: 'ODIHR opens an invented exhibition of pretend ballot boxes',
        date: '2017-03-02',
        place: 'Warsaw',
      },
      inferred: { source: 'institution:odihr' },
    },
  ],
  'implied-title-hcnm.txt': [
    {
      stated: {
        title: 'OSCE High Commissioner on National Minorities visits an invented bilingual school',
        date: '2016-06-06',
        place: 'The Hague',
      },
      inferred: { source: 'institution:hcnm' },
    },
  ],
  'implied-title-cio.txt': [
    {
      stated: {
        title: 'Chairperson-in-Office welcomes an invented agreement between two pretend chess clubs',
        date: '2023-01-19',
        place: 'Vienna',
      },
      inferred: { source: 'chairpersonship:chairpersonship' },
    },
  ],
  'implied-title-subject-state.txt': [
    {
      stated: {
        title: "ODIHR publishes an invented handbook on Kazakhstan's pretend village archives",
        date: '2019-11-08',
        place: 'Warsaw',
      },
      inferred: { source: 'institution:odihr', country: 'state:kazakhstan' },
    },
  ],
  'implied-url-sections.txt': [
    {
      stated: { title: 'Invented language café opens for pretend students', date: '2019-04-03' },
      inferred: { source: 'institution:hcnm' },
    },
  ],
  'implied-url-mission.txt': [
    {
      stated: { title: 'Invented bicycle school teaches pretend traffic rules', date: '2019-07-17', place: 'Ohrid' },
      inferred: { source: 'field-operation:mission-to-skopje', country: 'state:north-macedonia' },
    },
  ],
  'implied-url-albania.txt': [
    {
      stated: { title: 'Made-up museum lends pretend maps to schools', date: '2020-10-22', place: 'Shkodër' },
      inferred: { source: 'field-operation:presence-in-albania', country: 'state:albania' },
    },
  ],
  'implied-dateline-kosovo.txt': [
    {
      stated: {
        title: 'Invented music festival gathers pretend bands',
        date: '2009-06-12',
        place: 'Prishtinë/Priština',
      },
      inferred: { country: 'place:kosovo' },
    },
  ],
  'implied-none-title-state.txt': [
    {
      stated: {
        title: "Montenegro's invented choirs meet in a pretend concert hall",
        date: '2022-11-30',
        place: 'Vienna',
      },
      inferred: { country: 'state:montenegro' },
    },
  ],
  'implied-none-seat-only.txt': [
    { stated: { title: 'Invented staff choir gives a pretend concert', date: '2021-12-09', place: 'Vienna' } },
  ],
  'implied-none-stated-source.txt': [
    {
      stated: {
        title: 'ODIHR experts join an invented seminar of a pretend mission',
        type: 'Press release',
        date: '2022-04-04',
        place: 'Sarajevo',
        source: 'field-operation:mission-to-bosnia-and-herzegovina',
        country: 'state:bosnia-and-herzegovina',
      },
    },
  ],
};

const KINDS: Kind[] = ['title', 'type', 'date', 'place', 'source', 'field', 'country'];
// The words a warning about a missing or doubtful fact of each kind uses.
const WARNING_WORDS: Record<Kind, RegExp> = {
  title: /title/i,
  type: /type/i,
  date: /date/i,
  place: /place|dateline|location/i,
  source: /source|issued/i,
  field: /field|topic/i,
  country: /country|location/i,
};

interface Tally {
  stated: number;
  statedRight: number;
  inferredGiven: number;
  inferredRight: number;
  inferredExpected: number;
  silent: string[];
}

/** The facts a release gives, each as stated or inferred by its recorded origin. */
function givenFacts(release: Release): { kind: Kind; value: string; stated: boolean }[] {
  const origins = release.origins ?? [];
  const stated = (kind: FactKind, value: string): boolean =>
    origins.find((origin) => origin.fact === kind && origin.value === value)?.stated ?? true;
  const facts: { kind: Kind; value: string; stated: boolean }[] = [
    { kind: 'title', value: release.title, stated: true },
  ];
  const typeOrigin = origins.find((origin) => origin.fact === 'type');
  if (typeOrigin) facts.push({ kind: 'type', value: release.type, stated: typeOrigin.stated });
  if (release.date.iso !== null)
    facts.push({ kind: 'date', value: release.date.iso, stated: stated('date', release.date.iso) });
  if (release.place !== null)
    facts.push({ kind: 'place', value: release.place, stated: stated('place', release.place) });
  for (const [kind, ids] of [
    ['source', release.sources],
    ['field', release.fields],
    ['country', release.countries],
  ] as const) {
    for (const id of ids) facts.push({ kind, value: id, stated: stated(kind, id) });
  }
  return facts;
}

function listOf(facts: Facts | undefined, kind: Kind): string[] {
  const value = facts?.[kind];
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

function scoreCorpus(): Map<Kind, Tally> {
  const mapRelease = createReleaseMapper(realTaxonomy());
  const tallies = new Map<Kind, Tally>(
    KINDS.map((kind) => [
      kind,
      { stated: 0, statedRight: 0, inferredGiven: 0, inferredRight: 0, inferredExpected: 0, silent: [] },
    ]),
  );
  for (const [name, page] of Object.entries(CORPUS)) {
    const text = name === SEED ? seedPage() : fixturePage(name);
    const parsed = parsePage(text, name);
    if ('problem' in page) {
      expect(parsed.releases, name).toEqual([]);
      expect(parsed.problems[0]?.message, name).toMatch(page.problem);
      continue;
    }
    expect(
      parsed.releases.map((release) => release.title),
      name,
    ).toEqual(page.map((expected) => expected.stated.title));
    parsed.releases.forEach((parsedRelease, index) => {
      const release = mapRelease(parsedRelease, name);
      const expected = page[index]!;
      const given = givenFacts(release);
      const warned = (kind: Kind): boolean => release.warnings.some((warning) => WARNING_WORDS[kind].test(warning));
      for (const kind of KINDS) {
        const tally = tallies.get(kind)!;
        const statedList = listOf(expected.stated, kind);
        const inferredList = listOf(expected.inferred, kind);
        const givenOfKind = given.filter((fact) => fact.kind === kind);
        tally.stated += statedList.length;
        tally.inferredExpected += inferredList.length;
        for (const value of statedList) {
          if (givenOfKind.some((fact) => fact.value === value && fact.stated)) tally.statedRight++;
          else if (!warned(kind)) tally.silent.push(`${name}: stated ${kind} ${value} missing`);
        }
        for (const fact of givenOfKind) {
          const right = (fact.stated ? statedList : inferredList).includes(fact.value);
          if (!fact.stated) {
            tally.inferredGiven++;
            if (right) tally.inferredRight++;
          }
          if (!right && !warned(kind))
            tally.silent.push(`${name}: ${fact.stated ? 'stated' : 'inferred'} ${kind} ${fact.value} is wrong`);
        }
      }
    });
  }
  return tallies;
}

describe('the fixture corpus of issue 10', () => {
  const tallies = scoreCorpus();
  const percent = (part: number, whole: number): string =>
    whole === 0 ? '–' : `${((100 * part) / whole).toFixed(0)}%`;
  // The per-kind figures, for the record (vitest prints them with --reporter=verbose).
  console.log(
    [
      'kind      stated right   inferred precision   inferred found   silent',
      ...KINDS.map((kind) => {
        const tally = tallies.get(kind)!;
        return `${kind.padEnd(9)} ${`${tally.statedRight}/${tally.stated}`.padStart(6)} ${percent(tally.statedRight, tally.stated).padStart(5)}   ${`${tally.inferredRight}/${tally.inferredGiven}`.padStart(8)} ${percent(tally.inferredRight, tally.inferredGiven).padStart(5)}        ${`${tally.inferredRight}/${tally.inferredExpected}`.padStart(6)}   ${tally.silent.length}`;
      }),
    ].join('\n'),
  );

  it.each(KINDS)('reads every stated %s right', (kind) => {
    const tally = tallies.get(kind)!;
    expect(tally.statedRight).toBe(tally.stated);
  });

  it.each(KINDS)('infers no %s that the page does not imply (precision 100%%)', (kind) => {
    const tally = tallies.get(kind)!;
    expect(tally.inferredRight).toBe(tally.inferredGiven);
  });

  it.each(KINDS)('gives no %s wrong or leaves none out without a warning', (kind) => {
    expect(tallies.get(kind)!.silent).toEqual([]);
  });

  it('finds every implied source and country of the fixtures', () => {
    for (const kind of ['source', 'country'] as const)
      expect(tallies.get(kind)!.inferredRight).toBe(tallies.get(kind)!.inferredExpected);
  });
});
