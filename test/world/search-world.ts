import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Release, TaxonomyEntry } from '../../src/bundle/types.js';
import { entry, makeRelease, paragraph } from './make.js';

export { entry };

/**
 * The search world: the bundle the catalog, index and search tests query. The taxonomy uses
 * real OSCE structure names (they are the site's menu); every release is fictional (invented
 * people and neutral invented events). Written by hand (writeBundleFiles) rather than with
 * writeBundle, so tests choose the file order and can add broken lines.
 */

export const fixtureTaxonomy: TaxonomyEntry[] = [
  entry('section:our-work', 'Our work', null),
  entry('group:fields-of-work', 'Fields of work', 'section:our-work'),
  entry(
    'field:combating-trafficking-in-human-beings',
    'Combating trafficking in human beings',
    'group:fields-of-work',
    { aliases: ['Anti-trafficking'] },
  ),
  entry('field:cyber-ict-security', 'Cyber/ICT Security', 'group:fields-of-work', { aliases: ['Cyber security'] }),
  entry('field:elections', 'Elections', 'group:fields-of-work'),
  entry('field:media-freedom-and-development', 'Media freedom and development', 'group:fields-of-work'),
  entry('field:gender-equality', 'Gender equality', 'group:fields-of-work'),
  entry('section:countries', 'Countries', null),
  entry('group:participating-states', 'Participating States', 'section:countries'),
  entry('state:albania', 'Albania', 'group:participating-states'),
  entry('state:finland', 'Finland', 'group:participating-states'),
  entry('state:italy', 'Italy', 'group:participating-states'),
  entry('state:north-macedonia', 'North Macedonia', 'group:participating-states'),
  entry('state:serbia', 'Serbia', 'group:participating-states'),
  entry('state:turkiye', 'Türkiye', 'group:participating-states', { aliases: ['Turkey'] }),
  entry('place:kosovo', 'Kosovo', 'section:countries'),
  entry('section:structures-and-institutions', 'Structures and institutions', null),
  entry('group:secretariat', 'Secretariat', 'section:structures-and-institutions'),
  entry('secretariat-unit:secretary-general', 'Secretary General', 'group:secretariat'),
  entry('group:institutions', 'Institutions', 'section:structures-and-institutions'),
  entry('institution:odihr', 'Office for Democratic Institutions and Human Rights', 'group:institutions', {
    aliases: ['ODIHR'],
  }),
  entry('institution:rfom', 'Representative on Freedom of the Media', 'group:institutions', { aliases: ['RFoM'] }),
  entry('group:field-operations', 'Field operations', 'section:structures-and-institutions'),
  entry('field-operation:mission-in-kosovo', 'Mission in Kosovo', 'group:field-operations'),
  entry('field-operation:mission-to-skopje', 'Mission to Skopje', 'group:field-operations'),
  entry('field-operation:mission-to-serbia', 'Mission to Serbia', 'group:field-operations'),
  entry('field-operation:presence-in-albania', 'Presence in Albania', 'group:field-operations'),
];

interface Spec {
  id: string;
  title: string;
  iso: string | null;
  type?: string;
  sources?: string[];
  fields?: string[];
  countries?: string[];
  mentions?: string[];
  body: string[];
}

const specs: Spec[] = [
  {
    id: 'fx-01',
    title: 'Workshop in Lakeville trains border officials on combating trafficking',
    iso: '2023-03-14',
    sources: ['secretariat-unit:secretary-general'],
    fields: ['field:combating-trafficking-in-human-beings'],
    countries: ['state:italy'],
    body: [
      'Twenty border officials met in the invented town of Lakeville for a three-day workshop.',
      'Trainer Mira Olsendottir showed how to spot signs of trafficking at crossings.',
    ],
  },
  {
    id: 'fx-02',
    title: 'Round table on cyber security for small municipalities',
    iso: '2022-11-02',
    sources: ['field-operation:mission-to-serbia'],
    fields: ['field:cyber-ict-security'],
    countries: ['state:serbia'],
    body: ['Officials from nine municipalities discussed backups, passwords and incident reporting.'],
  },
  {
    id: 'fx-03',
    title: 'Election observers deployed for fictional regional vote',
    iso: '2021-05-20',
    type: 'News item',
    sources: ['institution:odihr'],
    fields: ['field:elections'],
    countries: ['state:north-macedonia'],
    mentions: ['field-operation:mission-to-skopje'],
    body: [
      'ODIHR observers arrived ahead of the invented regional vote.',
      'Coordinator Tomas Brenvik thanked the hosts in Skopje.',
    ],
  },
  {
    id: 'fx-04',
    title: 'Journalists discuss safety at media freedom conference',
    iso: '2023-09-08',
    sources: ['institution:rfom'],
    fields: ['field:media-freedom-and-development'],
    countries: ['state:finland'],
    body: [
      'Reporters from several countries shared practices for staying safe online and offline.',
      'Cyber harassment was a recurring topic.',
    ],
  },
  {
    id: 'fx-05',
    title: 'Youth radio project launched in Kosovo',
    iso: '2020-02-11',
    sources: ['field-operation:mission-in-kosovo'],
    fields: ['field:media-freedom-and-development'],
    countries: ['place:kosovo'],
    body: ['A new radio project lets students produce weekly programmes.'],
  },
  {
    id: 'fx-06',
    title: 'Gender equality training for police cadets in Türkiye',
    iso: '2019-06-03',
    fields: ['field:gender-equality'],
    countries: ['state:turkiye'],
    sources: ['secretariat-unit:secretary-general'],
    body: ['Cadets in the invented academy of Westport followed a module on gender equality.'],
  },
  {
    id: 'fx-07',
    title: 'Seminar on trafficking prevention in Türkiye',
    iso: '2018-10-25',
    fields: ['field:combating-trafficking-in-human-beings'],
    countries: ['state:turkiye'],
    sources: ['secretariat-unit:secretary-general'],
    body: [
      'Social workers studied early warning signs.',
      'Prevention of trafficking needs local partners, said facilitator Lena Quist.',
    ],
  },
  {
    id: 'fx-08',
    title: 'Annual report on election reform presented',
    iso: '2017-04-12',
    sources: ['institution:odihr'],
    fields: ['field:elections'],
    countries: ['state:albania'],
    mentions: ['field-operation:presence-in-albania'],
    body: ['The report reviews twelve months of invented legislative work on voter registration.'],
  },
  {
    id: 'fx-09',
    title: 'Border guards exchange experience',
    iso: '2017-09-30',
    fields: ['field:combating-trafficking-in-human-beings'],
    countries: ['state:albania', 'state:italy'],
    sources: ['field-operation:presence-in-albania'],
    body: [
      'Guards from two countries compared procedures.',
      'The exchange covered human trafficking cases and document checks.',
    ],
  },
  {
    id: 'fx-10',
    title: 'Cybersecurity exercise tests response plans',
    iso: '2016-12-01',
    fields: ['field:cyber-ict-security'],
    countries: ['state:finland'],
    sources: ['secretariat-unit:secretary-general'],
    body: ['Teams from several ministries responded to a simulated outage.'],
  },
  {
    id: 'fx-11',
    title: 'Mission supports community dialogue in Skopje',
    iso: '2015-07-07',
    fields: [],
    countries: ['state:north-macedonia'],
    sources: ['field-operation:mission-to-skopje'],
    body: ['Residents of three neighbourhoods met at the invented Riverside hall.'],
  },
  {
    id: 'fx-12',
    title: 'Statement on the "Quiet Harbour" exhibition',
    iso: '2015-03-19',
    type: 'Statement',
    sources: ['institution:rfom'],
    countries: ['state:italy'],
    fields: ['field:media-freedom-and-development'],
    body: ['The exhibition in the invented city of Porto Nebbia shows the quiet harbour at dawn.'],
  },
  {
    id: 'fx-13',
    title: 'Undated note on archive procedures',
    iso: null,
    type: 'News item',
    sources: ['group:secretariat'],
    body: ['The archive keeps records of invented meetings.'],
  },
  {
    id: 'fx-14',
    title: '\u001b]0;pwned\u0007Escaped \u001b[2Jtitle about elections',
    iso: '2014-01-15',
    fields: ['field:elections'],
    countries: ['state:serbia'],
    sources: ['field-operation:mission-to-serbia'],
    body: ['A test of control characters \u001b[31min the body\u001b[0m.'],
  },
];

function toRelease(spec: Spec, line: number): Release {
  const { id, ...rest } = makeRelease({
    id: spec.id,
    type: spec.type ?? 'Press release',
    title: spec.title,
    date: { iso: spec.iso, precision: spec.iso ? 'day' : 'unknown', text: spec.iso },
    sources: spec.sources ?? [],
    fields: spec.fields ?? [],
    countries: spec.countries ?? [],
    mentions: spec.mentions ?? [],
    body: spec.body.map(paragraph),
    provenance: { file: 'fixture', line },
  });
  // The id first, as the bundle's files have it.
  return { id, ...rest };
}

/** The fixture releases, in file order (not list order, on purpose). */
export const fixtureReleases: Release[] = specs.map((spec, index) => toRelease(spec, index + 1));

/** Writes a bundle (manifest, taxonomy, releases) to `dir`; returns `dir`. */
export function writeBundleFiles(
  dir: string,
  releases: Release[],
  taxonomy: TaxonomyEntry[] = fixtureTaxonomy,
  extraLines: string[] = [],
): string {
  mkdirSync(dir, { recursive: true });
  const jsonl = `${[...releases.map((release) => JSON.stringify(release)), ...extraLines].join('\n')}\n`;
  writeFileSync(join(dir, 'releases.jsonl'), jsonl);
  writeFileSync(
    join(dir, 'taxonomy.json'),
    JSON.stringify({ format: 'osce-tui-taxonomy', version: 1, entries: taxonomy }),
  );
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({
      format: 'osce-tui-bundle',
      version: 1,
      title: 'Fixture bundle',
      builtAt: '2024-01-01T00:00:00.000Z',
      synthetic: true,
      counts: { releases: releases.length, taxonomy: taxonomy.length },
      releasesDigest: createHash('sha256').update(jsonl).digest('hex'),
    }),
  );
  return dir;
}

/** A fresh temporary folder holding a bundle dir and a cache dir. */
export function makeTempBundle(): { root: string; bundleDir: string; cacheDir: string } {
  const root = mkdtempSync(join(tmpdir(), 'osce-tui-test-'));
  const bundleDir = writeBundleFiles(join(root, 'bundle'), fixtureReleases);
  return { root, bundleDir, cacheDir: join(root, 'cache') };
}
