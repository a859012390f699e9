/**
 * The test world: one invented taxonomy and one set of invented releases that every test draws
 * from. The taxonomy is shaped like the OSCE site's menu (sections, groups, fields of work,
 * States, institutions, field operations) but every State, office, person, town and event in it
 * is fictional; nothing here describes real people, States or events.
 *
 * A test that needs fewer releases takes a view of this list (`worldReleases(...ids)`), one that
 * needs long lists adds generated `bulletins(n)`; hostile text (terminal escapes, a bell, CJK and
 * emoji) is part of the world (`fx-escape-test`, `fx-14`, `fake-hostile`, `fx-cultural-evening`).
 *
 * What it covers: every date precision (day, month, year, day+month without year, unknown), a
 * summary, quotes, a heading, a list, a glossary note, two releases whose titles share words
 * ("Imaginary media training"), a 30-paragraph report, a State without releases (Grand Fenwick),
 * a page (About us), every EntryKind a command lists and every relation a card shows.
 */
import type { Block, Release, TaxonomyEntry } from '../../src/bundle/types.js';
import { entry, makeRelease, paragraph, releaseDate } from './make.js';

/** The world's taxonomy: three sections, their groups, and one or more entries of each kind. */
export const WORLD_TAXONOMY: TaxonomyEntry[] = [
  entry('section:our-work', 'Our work', null),
  entry('group:fields-of-work', 'Fields of work', 'section:our-work'),
  entry('field:border-management', 'Border management', 'group:fields-of-work'),
  entry(
    'field:combating-trafficking-in-human-beings',
    'Combating trafficking in human beings',
    'group:fields-of-work',
    { aliases: ['Anti-trafficking'] },
  ),
  entry('field:cyber-ict-security', 'Cyber/ICT Security', 'group:fields-of-work', { aliases: ['Cyber security'] }),
  entry('field:education', 'Education', 'group:fields-of-work'),
  entry('field:elections', 'Elections', 'group:fields-of-work'),
  entry('field:gender-equality', 'Gender equality', 'group:fields-of-work'),
  entry('field:media-freedom-and-development', 'Media freedom and development', 'group:fields-of-work'),
  entry('field:policing', 'Policing', 'group:fields-of-work'),
  entry('field:youth', 'Youth', 'group:fields-of-work'),
  entry('group:meetings-and-conferences', 'Meetings and conferences', 'section:our-work'),
  entry('meeting:imaginary-summits', 'Imaginary summits', 'group:meetings-and-conferences'),
  entry('section:countries', 'Countries', null),
  entry('group:participating-states', 'Participating States', 'section:countries'),
  entry('state:borduria', 'Borduria', 'group:participating-states', {
    relations: [{ type: 'hosts-field-operation', target: 'field-operation:mission-to-szohod' }],
  }),
  entry('state:freedonia', 'Freedonia', 'group:participating-states', {
    facts: { chairpersonship: '2019' },
    relations: [
      { type: 'hosts-field-operation', target: 'field-operation:mission-to-freedonia' },
      { type: 'chaired', target: 'chairpersonship:chairpersonship', years: [2019] },
    ],
  }),
  entry('state:grand-fenwick', 'Grand Fenwick', 'group:participating-states', {
    relations: [
      { type: 'hosts-field-operation', target: 'field-operation:mission-to-the-grand-duchy-of-grand-fenwick' },
    ],
  }),
  entry('state:pohjola', 'Pöhjola', 'group:participating-states', { aliases: ['Pohjola', 'Northland'] }),
  entry('state:ruritania', 'Ruritania', 'group:participating-states', {
    aliases: ['Kingdom of Ruritania'],
    facts: { capital: 'Strelsau' },
    relations: [{ type: 'hosts-field-operation', target: 'field-operation:mission-to-ruritania' }],
  }),
  entry('state:syldavia', 'Syldavia', 'group:participating-states'),
  entry('state:sylvania', 'Sylvania', 'group:participating-states', {
    relations: [{ type: 'hosts-field-operation', target: 'field-operation:presence-in-sylvania' }],
  }),
  entry('group:partners', 'Partners for Co-operation', 'section:countries'),
  entry('partner:atlantis', 'Atlantis', 'group:partners', {
    relations: [{ type: 'partner-group', target: 'group:partners' }],
  }),
  entry('place:elbonia', 'Elbonia', 'section:countries'),
  entry('section:structures-and-institutions', 'Structures and institutions', null),
  entry('chairpersonship:chairpersonship', 'Chairpersonship', 'section:structures-and-institutions', {
    relations: [{ type: 'chaired-by', target: 'state:freedonia', years: [2019] }],
  }),
  entry('group:secretariat', 'Secretariat', 'section:structures-and-institutions'),
  entry('secretariat-unit:unit-for-fictional-studies', 'Unit for Fictional Studies', 'group:secretariat'),
  entry('group:institutions', 'Institutions', 'section:structures-and-institutions'),
  entry('institution:ofia', 'Office for Imaginary Affairs', 'group:institutions', {
    aliases: ['OFIA'],
    description: 'Helps imaginary States hold invented elections',
    facts: { seat: 'Strelsau' },
  }),
  entry('institution:rfim', 'Representative on Freedom of Imaginary Media', 'group:institutions', {
    aliases: ['RFIM'],
  }),
  entry('group:field-operations', 'Field operations', 'section:structures-and-institutions'),
  entry('field-operation:mission-in-elbonia', 'Mission in Elbonia', 'group:field-operations', {
    facts: { status: 'open' },
    relations: [{ type: 'field-operation-in', target: 'place:elbonia' }],
  }),
  entry('field-operation:mission-to-szohod', 'Mission to Szohod', 'group:field-operations', {
    facts: { status: 'open' },
    relations: [{ type: 'field-operation-in', target: 'state:borduria' }],
  }),
  entry('field-operation:mission-to-freedonia', 'Mission to Freedonia', 'group:field-operations', {
    facts: { status: 'open' },
    relations: [{ type: 'field-operation-in', target: 'state:freedonia' }],
  }),
  entry(
    'field-operation:mission-to-the-grand-duchy-of-grand-fenwick',
    'Mission to the Grand Duchy of Grand Fenwick',
    'group:field-operations',
    { facts: { status: 'closed' }, relations: [{ type: 'field-operation-in', target: 'state:grand-fenwick' }] },
  ),
  entry('field-operation:mission-to-ruritania', 'Mission to Ruritania', 'group:field-operations', {
    facts: { status: 'open' },
    relations: [{ type: 'field-operation-in', target: 'state:ruritania' }],
  }),
  entry('field-operation:presence-in-sylvania', 'Presence in Sylvania', 'group:field-operations', {
    facts: { status: 'closed' },
    relations: [{ type: 'field-operation-in', target: 'state:sylvania' }],
  }),
  entry('body:assembly-of-make-believe', 'Assembly of Make-Believe', 'section:structures-and-institutions'),
  entry('page:about-us', 'About us', null),
];

const date = releaseDate;
const onDay = (iso: string) => releaseDate(iso, iso);
const undated = () => releaseDate(null, null);
const paragraphs = (...texts: string[]): Block[] => texts.map(paragraph);

const OFIA = 'institution:ofia';
const RFIM = 'institution:rfim';
const STUDIES = 'secretariat-unit:unit-for-fictional-studies';
const TRAFFICKING = 'field:combating-trafficking-in-human-beings';
const MEDIA = 'field:media-freedom-and-development';

const lakevilleReport: Block[] = Array.from({ length: 30 }, (_, i) =>
  paragraph(
    `Paragraph ${i + 1} of the invented Lakeville workshop report.${i === 20 ? ' The harbour inspectors compared notes.' : ''}`,
  ),
);

/** The named releases of the world, in file order (deliberately not newest first). */
export const WORLD_RELEASES: Release[] = [
  // Rich releases: places, quotes, notes, every date precision.
  makeRelease({
    id: 'fx-border-workshop',
    url: 'https://example.org/fictional/border-workshop',
    title: 'Ruritania hosts a fictional workshop on border management',
    date: date('2024-03-14', '14 March 2024'),
    place: 'Strelsau, Ruritania',
    sources: [OFIA],
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
    sources: [STUDIES],
    fields: ['field:education'],
    countries: ['state:freedonia', 'state:sylvania'],
    body: paragraphs('A library of pretend books opened its doors to imaginary readers.'),
  }),
  makeRelease({
    id: 'fx-annual-review',
    title: 'Office for Imaginary Affairs publishes its annual review of nothing',
    date: date('2023', '2023'),
    sources: [OFIA],
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
    body: paragraphs('Monitors observed nothing remarkable.'),
  }),
  makeRelease({
    id: 'fx-undated-note',
    type: 'Press statement',
    title: 'Undated statement on imaginary weather',
    date: undated(),
    body: paragraphs('The weather was pleasant in every imaginary capital.'),
  }),
  makeRelease({
    id: 'fx-youth-forum-teaser',
    type: 'News item',
    title: 'Imaginary youth forum gathers pretend delegates',
    date: date('2022-11-05', '5 November 2022'),
    summary: true,
    countries: ['state:syldavia'],
    body: paragraphs('Pretend delegates from Syldavia discussed invented topics and...'),
  }),
  makeRelease({
    id: 'fx-cultural-evening',
    title: 'Cultural evening in Pöhjola with 日本語 songs 🎉',
    date: date('2021-06-30', '30 June 2021'),
    place: 'Sampo, Pöhjola',
    countries: ['state:pohjola'],
    mentions: ['partner:atlantis'],
    body: paragraphs('Guests from Pöhjola and Atlantis sang 日本語の歌 and shared 🎉 invented snacks.'),
  }),
  makeRelease({
    id: 'fx-media-training-syldavia',
    title: 'Imaginary media training in Syldavia',
    date: date('2020-02-02', '2 February 2020'),
    fields: [MEDIA],
    countries: ['state:syldavia'],
    body: paragraphs('Invented journalists practised invented interviews.'),
  }),
  makeRelease({
    id: 'fx-media-training-freedonia',
    title: 'Imaginary media training in Freedonia',
    date: date('2020-02-01', '1 February 2020'),
    fields: [MEDIA],
    countries: ['state:freedonia'],
    unmapped: [{ label: 'source', value: 'Department of Invented Things' }],
    body: paragraphs('More invented journalists practised more invented interviews.'),
  }),
  makeRelease({
    id: 'fx-escape-test',
    title: 'Sanitizer check \u001b[31mred\u001b[0m title \u001b]0;pwned\u0007done',
    date: date('2019-01-01', '1 January 2019'),
    body: paragraphs('Body with a bell\u0007 and a \u001b[2Jclear-screen that must not reach the terminal.'),
  }),
  makeRelease({
    id: 'fx-summit',
    type: 'Media advisory',
    title: 'Imaginary summit of the Assembly of Make-Believe',
    date: date('2018-09-10', '10 September 2018'),
    sources: ['body:assembly-of-make-believe'],
    mentions: ['meeting:imaginary-summits', 'chairpersonship:chairpersonship'],
    body: paragraphs('The Assembly of Make-Believe will meet for an imaginary summit.'),
  }),
  // Workshops, round tables and reports across the world's fields of work.
  makeRelease({
    id: 'fx-01',
    title: 'Workshop in Lakeville trains border officials on combating trafficking',
    date: onDay('2023-03-14'),
    sources: [STUDIES],
    fields: [TRAFFICKING],
    countries: ['state:ruritania'],
    body: paragraphs(
      'Twenty border officials met in the invented town of Lakeville for a three-day workshop.',
      'Trainer Mira Olsendottir showed how to spot signs of trafficking at crossings.',
    ),
  }),
  makeRelease({
    id: 'fx-02',
    title: 'Round table on cyber security for small municipalities',
    date: onDay('2022-11-02'),
    sources: ['field-operation:mission-to-freedonia'],
    fields: ['field:cyber-ict-security'],
    countries: ['state:freedonia'],
    body: paragraphs('Officials from nine municipalities discussed backups, passwords and incident reporting.'),
  }),
  makeRelease({
    id: 'fx-03',
    type: 'News item',
    title: 'Election observers deployed for fictional regional vote',
    date: onDay('2021-05-20'),
    sources: [OFIA],
    fields: ['field:elections'],
    countries: ['state:borduria'],
    mentions: ['field-operation:mission-to-szohod'],
    body: paragraphs(
      'OFIA observers arrived ahead of the invented regional vote.',
      'Coordinator Tomas Brenvik thanked the hosts in Szohod.',
    ),
  }),
  makeRelease({
    id: 'fx-04',
    title: 'Journalists discuss safety at media freedom conference',
    date: onDay('2023-09-08'),
    sources: [RFIM],
    fields: [MEDIA],
    countries: ['state:syldavia'],
    body: paragraphs(
      'Reporters from several countries shared practices for staying safe online and offline.',
      'Cyber harassment was a recurring topic.',
    ),
  }),
  makeRelease({
    id: 'fx-05',
    title: 'Youth radio project launched in Elbonia',
    date: onDay('2020-02-11'),
    sources: ['field-operation:mission-in-elbonia'],
    fields: [MEDIA],
    countries: ['place:elbonia'],
    body: paragraphs('A new radio project lets students produce weekly programmes.'),
  }),
  makeRelease({
    id: 'fx-06',
    title: 'Gender equality training for police cadets in Pöhjola',
    date: onDay('2019-06-03'),
    sources: [STUDIES],
    fields: ['field:gender-equality'],
    countries: ['state:pohjola'],
    body: paragraphs('Cadets in the invented academy of Westport followed a module on gender equality.'),
  }),
  makeRelease({
    id: 'fx-07',
    title: 'Seminar on trafficking prevention in Pöhjola',
    date: onDay('2018-10-25'),
    sources: [STUDIES],
    fields: [TRAFFICKING],
    countries: ['state:pohjola'],
    body: paragraphs(
      'Social workers studied early warning signs.',
      'Prevention of trafficking needs local partners, said facilitator Lena Quist.',
    ),
  }),
  makeRelease({
    id: 'fx-08',
    title: 'Annual report on election reform presented',
    date: onDay('2017-04-12'),
    sources: [OFIA],
    fields: ['field:elections'],
    countries: ['state:sylvania'],
    mentions: ['field-operation:presence-in-sylvania'],
    body: paragraphs('The report reviews twelve months of invented legislative work on voter registration.'),
  }),
  makeRelease({
    id: 'fx-09',
    title: 'Border guards exchange experience',
    date: onDay('2017-09-30'),
    sources: ['field-operation:presence-in-sylvania'],
    fields: [TRAFFICKING],
    countries: ['state:sylvania', 'state:ruritania'],
    body: paragraphs(
      'Guards from two countries compared procedures.',
      'The exchange covered human trafficking cases and document checks.',
    ),
  }),
  makeRelease({
    id: 'fx-10',
    title: 'Cybersecurity exercise tests response plans',
    date: onDay('2016-12-01'),
    sources: [STUDIES],
    fields: ['field:cyber-ict-security'],
    countries: ['state:syldavia'],
    body: paragraphs('Teams from several ministries responded to a simulated outage.'),
  }),
  makeRelease({
    id: 'fx-11',
    title: 'Mission supports community dialogue in Szohod',
    date: onDay('2015-07-07'),
    sources: ['field-operation:mission-to-szohod'],
    countries: ['state:borduria'],
    body: paragraphs('Residents of three neighbourhoods met at the invented Riverside hall.'),
  }),
  makeRelease({
    id: 'fx-12',
    type: 'Statement',
    title: 'Statement on the "Quiet Harbour" exhibition',
    date: onDay('2015-03-19'),
    sources: [RFIM],
    fields: [MEDIA],
    countries: ['state:ruritania'],
    body: paragraphs('The exhibition in the invented city of Porto Nebbia shows the quiet harbour at dawn.'),
  }),
  makeRelease({
    id: 'fx-13',
    type: 'News item',
    title: 'Undated note on archive procedures',
    date: undated(),
    sources: ['group:secretariat'],
    countries: ['state:freedonia'],
    body: paragraphs('The archive keeps records of invented meetings for ten years.'),
  }),
  makeRelease({
    id: 'fx-14',
    title: '\u001b]0;pwned\u0007Escaped \u001b[2Jtitle about elections',
    date: onDay('2014-01-15'),
    sources: ['field-operation:mission-to-freedonia'],
    fields: ['field:elections'],
    countries: ['state:freedonia'],
    body: paragraphs('A test of control characters \u001b[31min the body\u001b[0m.'),
  }),
  // Freedonia's year, newest first: what a State's card and the list commands show.
  makeRelease({
    id: 'cx-01',
    url: 'https://www.example.org/cx-01',
    title: 'Border officials in the invented town of Lakeview practise document checks',
    date: onDay('2024-05-14'),
    sources: ['field-operation:mission-to-freedonia'],
    fields: ['field:border-management'],
    countries: ['state:freedonia'],
    body: paragraphs(
      'Twelve officers met in Lakeview for a two-day course.',
      'Trainer Ilsa Marwick led the practical part.',
    ),
  }),
  makeRelease({
    id: 'cx-02',
    type: 'News item',
    title: 'Election observers publish a report on a fictional municipal vote',
    date: onDay('2023-10-02'),
    sources: [OFIA],
    fields: ['field:elections'],
    countries: ['state:freedonia'],
    body: paragraphs('Observer Tomas Quill presented the findings.'),
  }),
  makeRelease({
    id: 'cx-03',
    title: 'Workshop on safe archives for small newsrooms',
    date: onDay('2023-03-21'),
    sources: [RFIM],
    fields: [MEDIA],
    countries: ['state:syldavia'],
    body: paragraphs('Editors compared backup routines.'),
  }),
  makeRelease({
    id: 'cx-04',
    title: 'Youth debate club opens in the invented city of Harbourfield',
    date: onDay('2022-07-08'),
    sources: ['field-operation:mission-in-elbonia'],
    fields: ['field:youth'],
    countries: ['place:elbonia'],
    body: paragraphs('Students meet weekly to debate.'),
  }),
  makeRelease({
    id: 'cx-05',
    title: 'Round table on trafficking prevention with social workers',
    date: onDay('2022-02-17'),
    sources: [STUDIES],
    fields: [TRAFFICKING],
    countries: ['state:freedonia', 'state:syldavia'],
    body: paragraphs('Facilitator Nora Beck opened the round table.'),
  }),
  makeRelease({
    id: 'cx-06',
    type: 'Statement',
    title: 'Statement on the opening of a fictional library',
    date: date('2021-09', 'September 2021'),
    sources: [RFIM],
    countries: ['partner:atlantis'],
    body: paragraphs('The library in the invented district of Eastmoor opened its doors.'),
  }),
  makeRelease({
    id: 'cx-07',
    title: 'Police cadets complete a course on community policing',
    date: onDay('2019-11-30'),
    sources: ['field-operation:mission-to-freedonia'],
    fields: ['field:policing'],
    countries: ['state:freedonia'],
    body: paragraphs('Forty cadets completed the course.'),
  }),
  // Releases the browser tests open: a long report, a hostile title, an undated note.
  makeRelease({
    id: 'fake-lakeville',
    title: 'Workshop in Lakeville trains harbour inspectors',
    date: onDay('2023-03-14'),
    fields: [TRAFFICKING],
    countries: ['state:ruritania'],
    mentions: [OFIA],
    body: lakevilleReport,
  }),
  makeRelease({
    id: 'fake-forest',
    type: 'News item',
    title: 'Ruritanian volunteers plant an invented forest',
    date: onDay('2021-05-02'),
    countries: ['state:ruritania'],
    body: paragraphs('Text of Ruritanian volunteers plant an invented forest.'),
  }),
  makeRelease({
    id: 'fake-chess-festival',
    title: 'Pöhjola hosts a fictional chess festival',
    date: onDay('2019-08-20'),
    countries: ['state:pohjola'],
    body: paragraphs('Text of Pöhjola hosts a fictional chess festival.'),
  }),
  makeRelease({
    id: 'fake-hostile',
    title: 'Harmless \u001b]0;pwned\u0007title \u001b[2Jwith escapes',
    date: onDay('2018-01-01'),
    sources: [OFIA],
    body: paragraphs('Text of a harmless title with escapes.'),
  }),
  makeRelease({
    id: 'fake-undated',
    title: 'An undated invented note',
    date: undated(),
    sources: [OFIA],
    fields: ['field:elections'],
    body: paragraphs('Text of An undated invented note.'),
  }),
];

/** The named releases with these ids, in the world's order: a smaller view for a test that needs few. */
export function worldReleases(...ids: string[]): Release[] {
  const wanted = new Set(ids);
  const found = WORLD_RELEASES.filter((release) => wanted.has(release.id));
  const missing = ids.filter((id) => !found.some((release) => release.id === id));
  if (missing.length > 0) throw new Error(`No release ${missing.join(', ')} in the test world`);
  return found;
}

/**
 * The view the command tests print: Freedonia's year and its neighbours' (`cx-01` … `cx-07`,
 * newest first) and the undated archive note, small enough to read a whole listing.
 */
export const COMMAND_VIEW = ['cx-01', 'cx-02', 'cx-03', 'cx-04', 'cx-05', 'cx-06', 'cx-07', 'fx-13'];

/** The world's release with this id. */
export function worldRelease(id: string): Release {
  return worldReleases(id)[0] as Release;
}

/**
 * Generated bulletins so lists are long: "Fictional bulletin 1" …, OFIA on Elections, dated
 * 2000–2019; `bodyParagraphs` above 1 pads each body (output larger than a pipe's buffer).
 */
export function bulletins(count: number, bodyParagraphs = 1): Release[] {
  return Array.from({ length: count }, (_, i) => {
    const year = 2000 + (i % 20);
    const month = String((i % 12) + 1).padStart(2, '0');
    const title = `Fictional bulletin ${i + 1}`;
    const padding = 'A neutral invented paragraph that only makes the output long enough to fill a pipe buffer.';
    return makeRelease({
      id: `fake-filler-${i}`,
      title,
      date: releaseDate(`${year}-${month}-01`, `${year}-${month}-01`),
      fields: ['field:elections'],
      sources: [OFIA],
      body: paragraphs(`Text of ${title}.`, ...Array.from({ length: bodyParagraphs - 1 }, () => padding)),
    });
  });
}

/** Generated meetings under "Meetings and conferences": a taxonomy larger than a pipe's buffer. */
export function meetings(count: number): TaxonomyEntry[] {
  return Array.from({ length: count }, (_, i) =>
    entry(`meeting:invented-meeting-${i + 1}`, `Invented meeting ${i + 1}`, 'group:meetings-and-conferences', {
      description: 'A meeting generated so that the taxonomy fills more than a pipe buffer.',
    }),
  );
}
