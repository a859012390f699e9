/**
 * The shared test bundle: a small fictional taxonomy (Ruritania, Freedonia, the "Office for
 * Imaginary Affairs"...) and 11 invented releases about neutral invented events. Nothing here
 * describes real people, States or events. Other test suites may use it; keep it stable:
 * add releases at the end rather than changing existing ones, and rerun
 * `UPDATE_FIXTURES=1 npx vitest run test/bundle/fixture-bundle.test.ts` to refresh the committed
 * copy in test/fixtures/bundle/ (that test fails when the two drift apart).
 *
 * What it covers: every date precision (day, month, year, day+month without year, unknown), a
 * summary, quotes, a heading, a list, a glossary note, CJK/emoji/accented text, a title with
 * terminal escape sequences, two releases whose titles share words ("Imaginary media training"),
 * and every EntryKind a command lists.
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Release, TaxonomyEntry } from '../../src/bundle/types.js';
import { writeBundle } from '../../src/bundle/write-bundle.js';
import { entry, makeRelease, paragraph, releaseDate } from './make.js';

export { makeRelease };

/** The committed copy of the fixture bundle. */
export const FIXTURE_BUNDLE_DIR = join(import.meta.dirname, '..', 'fixtures', 'bundle');
export const FIXTURE_TITLE = 'Fictional test bundle';
export const FIXTURE_BUILT_AT = '2025-01-01T00:00:00.000Z';

/** A fictional taxonomy shaped like the real one: sections, groups and one or more entries of each kind. */
export const FIXTURE_TAXONOMY: TaxonomyEntry[] = [
  entry('section:our-work', 'Our work', null),
  entry('group:fields-of-work', 'Fields of work', 'section:our-work'),
  entry('field:border-management', 'Border management', 'group:fields-of-work'),
  entry('field:education', 'Education', 'group:fields-of-work'),
  entry('field:media-freedom-and-development', 'Media freedom and development', 'group:fields-of-work'),
  entry('group:meetings-and-conferences', 'Meetings and conferences', 'section:our-work'),
  entry('meeting:imaginary-summits', 'Imaginary summits', 'group:meetings-and-conferences'),
  entry('section:countries', 'Countries', null),
  entry('group:participating-states', 'Participating States', 'section:countries'),
  entry('state:ruritania', 'Ruritania', 'group:participating-states', { aliases: ['Kingdom of Ruritania'] }),
  entry('state:freedonia', 'Freedonia', 'group:participating-states'),
  entry('state:sylvania', 'Sylvania', 'group:participating-states'),
  entry('state:syldavia', 'Syldavia', 'group:participating-states'),
  entry('state:pohjola', 'Pöhjola', 'group:participating-states', { aliases: ['Pohjola'] }),
  entry('group:partners', 'Partners for Co-operation', 'section:countries'),
  entry('partner:atlantis', 'Atlantis', 'group:partners'),
  entry('place:elbonia', 'Elbonia', 'section:countries'),
  entry('section:structures-and-institutions', 'Structures and institutions', null),
  entry('chairpersonship:chairpersonship', 'Chairpersonship', 'section:structures-and-institutions'),
  entry('group:secretariat', 'Secretariat', 'section:structures-and-institutions'),
  entry('secretariat-unit:unit-for-fictional-studies', 'Unit for Fictional Studies', 'group:secretariat'),
  entry('group:institutions', 'Institutions', 'section:structures-and-institutions'),
  entry('institution:ofia', 'Office for Imaginary Affairs', 'group:institutions', {
    aliases: ['OFIA'],
    facts: { seat: 'Strelsau' },
  }),
  entry('group:field-operations', 'Field operations', 'section:structures-and-institutions'),
  entry('field-operation:mission-to-ruritania', 'Mission to Ruritania', 'group:field-operations', {
    facts: { status: 'open' },
    relations: [{ type: 'field-operation-in', target: 'state:ruritania' }],
  }),
  entry('body:assembly-of-make-believe', 'Assembly of Make-Believe', 'section:structures-and-institutions'),
  entry('page:about-us', 'About us', null),
];

const date = releaseDate;

/** The fixture releases, in no particular order (the writer sorts them). */
export const FIXTURE_RELEASES: Release[] = [
  makeRelease({
    id: 'fx-border-workshop',
    url: 'https://example.org/fictional/border-workshop',
    title: 'Ruritania hosts a fictional workshop on border management',
    date: date('2024-03-14', '14 March 2024'),
    place: 'Strelsau, Ruritania',
    sources: ['institution:ofia'],
    fields: ['field:border-management'],
    countries: ['state:ruritania'],
    mentions: ['state:freedonia', 'state:sylvania'],
    body: [
      paragraph(
        'STRELSAU, Ruritania, 14 March 2024 – Twelve border wardens from three imaginary States met for a two-day workshop.',
      ),
      {
        kind: 'quote',
        text: '“We learned to count imaginary lorries,” said Ada Placeholder, an invented participant.',
      },
      paragraph('The workshop ended with a tea break.'),
    ],
    notes: [{ term: 'border wardens', text: 'Border wardens are invented officials who guard invented borders.' }],
    provenance: { file: 'test/fixtures/pages/border-workshop.txt', line: 3 },
  }),
  makeRelease({
    id: 'fx-pretend-library',
    type: 'News item',
    title: 'Freedonia and Sylvania open a pretend library',
    date: date('2024-03', 'March 2024'),
    place: 'Fredville, Freedonia',
    sources: ['secretariat-unit:unit-for-fictional-studies'],
    fields: ['field:education'],
    countries: ['state:freedonia', 'state:sylvania'],
    body: [paragraph('A library of pretend books opened its doors to imaginary readers.')],
  }),
  makeRelease({
    id: 'fx-annual-review',
    title: 'Office for Imaginary Affairs publishes its annual review of nothing',
    date: date('2023', '2023'),
    sources: ['institution:ofia'],
    body: [
      { kind: 'heading', text: 'Highlights' },
      { kind: 'list', items: ['No events were real.', 'Every number was invented.'] },
      paragraph('The review is three pages long.'),
    ],
  }),
  makeRelease({
    id: 'fx-spot-report',
    type: 'Spot report',
    title: 'Spot report: a calm day at the invented checkpoint',
    date: date(null, '23 August', { month: 8, day: 23 }),
    place: 'Elbonia',
    sources: ['field-operation:mission-to-ruritania'],
    countries: ['place:elbonia'],
    body: [paragraph('Monitors observed nothing remarkable.')],
  }),
  makeRelease({
    id: 'fx-undated-note',
    type: 'Press statement',
    title: 'Undated statement on imaginary weather',
    date: date(null, null),
    body: [paragraph('The weather was pleasant in every imaginary capital.')],
  }),
  makeRelease({
    id: 'fx-youth-forum-teaser',
    type: 'News item',
    title: 'Imaginary youth forum gathers pretend delegates',
    date: date('2022-11-05', '5 November 2022'),
    summary: true,
    countries: ['state:syldavia'],
    body: [paragraph('Pretend delegates from Syldavia discussed invented topics and...')],
  }),
  makeRelease({
    id: 'fx-cultural-evening',
    title: 'Cultural evening in Pöhjola with 日本語 songs 🎉',
    date: date('2021-06-30', '30 June 2021'),
    place: 'Sampo, Pöhjola',
    countries: ['state:pohjola'],
    mentions: ['partner:atlantis'],
    body: [paragraph('Guests from Pöhjola and Atlantis sang 日本語の歌 and shared 🎉 invented snacks.')],
  }),
  makeRelease({
    id: 'fx-media-training-syldavia',
    title: 'Imaginary media training in Syldavia',
    date: date('2020-02-02', '2 February 2020'),
    fields: ['field:media-freedom-and-development'],
    countries: ['state:syldavia'],
    body: [paragraph('Invented journalists practised invented interviews.')],
  }),
  makeRelease({
    id: 'fx-media-training-freedonia',
    title: 'Imaginary media training in Freedonia',
    date: date('2020-02-01', '1 February 2020'),
    fields: ['field:media-freedom-and-development'],
    countries: ['state:freedonia'],
    unmapped: [{ label: 'source', value: 'Department of Invented Things' }],
    body: [paragraph('More invented journalists practised more invented interviews.')],
  }),
  makeRelease({
    id: 'fx-escape-test',
    title: 'Sanitizer check \u001b[31mred\u001b[0m title \u001b]0;pwned\u0007done',
    date: date('2019-01-01', '1 January 2019'),
    body: [paragraph('Body with a bell\u0007 and a \u001b[2Jclear-screen that must not reach the terminal.')],
  }),
  makeRelease({
    id: 'fx-summit',
    type: 'Media advisory',
    title: 'Imaginary summit of the Assembly of Make-Believe',
    date: date('2018-09-10', '10 September 2018'),
    sources: ['body:assembly-of-make-believe'],
    mentions: ['meeting:imaginary-summits', 'chairpersonship:chairpersonship'],
    body: [paragraph('The Assembly of Make-Believe will meet for an imaginary summit.')],
  }),
];

/** Writes the fixture bundle into `dir` (default: a new temp folder) and returns the folder. */
export async function writeFixtureBundle(dir?: string): Promise<string> {
  const target = dir ?? (await mkdtemp(join(tmpdir(), 'osce-tui-fixture-')));
  await writeBundle(target, {
    title: FIXTURE_TITLE,
    taxonomy: FIXTURE_TAXONOMY,
    releases: FIXTURE_RELEASES,
    // Invented data: marked synthetic so nothing mistakes it for real releases.
    synthetic: true,
    builtAt: FIXTURE_BUILT_AT,
  });
  return target;
}
