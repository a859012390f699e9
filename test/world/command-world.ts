/**
 * The command tests' bundle: the program's own taxonomy (the site's menu and its real facts, so
 * `lookup serbia` shows what users see) with eight invented releases (fictional people, towns
 * and neutral events), made with test/world/make.ts. The fictional bundle
 * (test/world/fictional-world.ts) serves the commands that need no real taxonomy.
 */
import { rmSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import type { Block, Release, ReleaseDate } from '../../src/bundle/types.js';
import { writeBundle } from '../../src/bundle/write-bundle.js';
import { buildTaxonomyEntries } from '../../src/taxonomy/build-taxonomy.js';
import { useTempDirs } from '../helpers/temp-dir.js';
import { makeRelease, paragraph, releaseDate } from './make.js';

const onDay = (iso: string): ReleaseDate => releaseDate(iso, iso);
const paragraphs = (...texts: string[]): Block[] => texts.map(paragraph);

/** The releases of the small fixture, newest first as lists show them (cx-08 is undated). */
export const COMMAND_RELEASES: Release[] = [
  makeRelease({
    id: 'cx-01',
    title: 'Border officials in the invented town of Lakeview practise document checks',
    date: onDay('2024-05-14'),
    url: 'https://www.example.org/cx-01',
    sources: ['field-operation:mission-to-serbia'],
    fields: ['field:border-management'],
    countries: ['state:serbia'],
    body: paragraphs(
      'Twelve officers met in Lakeview for a two-day course.',
      'Trainer Ilsa Marwick led the practical part.',
    ),
  }),
  makeRelease({
    id: 'cx-02',
    title: 'Election observers publish a report on a fictional municipal vote',
    date: onDay('2023-10-02'),
    type: 'News item',
    sources: ['institution:odihr'],
    fields: ['field:elections'],
    countries: ['state:serbia'],
    body: paragraphs('Observer Tomas Quill presented the findings.'),
  }),
  makeRelease({
    id: 'cx-03',
    title: 'Workshop on safe archives for small newsrooms',
    date: onDay('2023-03-21'),
    sources: ['institution:rfom'],
    fields: ['field:media-freedom-and-development'],
    countries: ['state:finland'],
    body: paragraphs('Editors compared backup routines.'),
  }),
  makeRelease({
    id: 'cx-04',
    title: 'Youth debate club opens in the invented city of Harbourfield',
    date: onDay('2022-07-08'),
    sources: ['field-operation:mission-in-kosovo'],
    fields: ['field:youth'],
    countries: ['place:kosovo'],
    body: paragraphs('Students meet weekly to debate.'),
  }),
  makeRelease({
    id: 'cx-05',
    title: 'Round table on trafficking prevention with social workers',
    date: onDay('2022-02-17'),
    sources: ['body:secretariat'],
    fields: ['field:combating-trafficking-in-human-beings'],
    countries: ['state:serbia', 'state:finland'],
    body: paragraphs('Facilitator Nora Beck opened the round table.'),
  }),
  makeRelease({
    id: 'cx-06',
    title: 'Statement on the opening of a fictional library',
    date: { iso: '2021-09', precision: 'month', text: 'September 2021' },
    type: 'Statement',
    sources: ['institution:rfom'],
    countries: ['partner:japan'],
    body: paragraphs('The library in the invented district of Eastmoor opened its doors.'),
  }),
  makeRelease({
    id: 'cx-07',
    title: 'Police cadets complete a course on community policing',
    date: onDay('2019-11-30'),
    sources: ['field-operation:mission-to-serbia'],
    fields: ['field:policing'],
    countries: ['state:serbia'],
    body: paragraphs('Forty cadets completed the course.'),
  }),
  makeRelease({
    id: 'cx-08',
    title: 'Undated note on an invented archive procedure',
    date: { iso: null, precision: 'unknown', text: null },
    type: 'News item',
    sources: ['body:secretariat'],
    countries: ['state:serbia'],
    body: paragraphs('Records of invented meetings are kept for ten years.'),
  }),
];

/** Generated filler releases (clearly invented), for output larger than a pipe's buffer. */
function fillerReleases(count: number): Release[] {
  return Array.from({ length: count }, (_, i) =>
    makeRelease({
      id: `filler-${String(i).padStart(4, '0')}`,
      title: `Invented filler item number ${i} about a neutral training day in Sampletown`,
      date: onDay(`2010-01-${String((i % 28) + 1).padStart(2, '0')}`),
      sources: ['body:secretariat'],
      body: paragraphs(
        ...Array.from(
          { length: 8 },
          () => 'A neutral invented paragraph that only makes the output long enough to fill a pipe buffer.',
        ),
      ),
    }),
  );
}

/** Writes the fixture bundle (plus `filler` invented releases) into a new temp folder; remove it with removeDir. */
export async function makeFixtureBundle(options: { filler?: number } = {}): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'osce-tui-cmd-bundle-'));
  await writeBundle(dir, {
    title: 'Fictional command-test bundle',
    taxonomy: buildTaxonomyEntries(),
    releases: [...COMMAND_RELEASES, ...fillerReleases(options.filler ?? 0)],
    synthetic: true,
    builtAt: '2026-01-01T00:00:00.000Z',
  });
  return dir;
}

/** Removes a folder made by makeFixtureBundle (synchronously: callers use it in plain afterAll hooks). */
export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** Folders of a command test: the fixture bundle, and the config folder of the current test. */
export interface CommandFixture {
  bundle: string;
  configDir: string;
}

/**
 * Makes the fixture bundle once per file and a fresh config folder for every test (set as
 * OSCE_TUI_CONFIG_DIR, with OSCE_TUI_CACHE_DIR in a temp folder), so no test touches the user's.
 */
export function useCommandFixture(options: { filler?: number } = {}): CommandFixture {
  const fixture: CommandFixture = { bundle: '', configDir: '' };
  const tempDir = useTempDirs('osce-tui-cmd-config-');
  let cacheDir = '';
  beforeAll(async () => {
    cacheDir = await mkdtemp(join(tmpdir(), 'osce-tui-cmd-cache-'));
    process.env.OSCE_TUI_CACHE_DIR = cacheDir;
    fixture.bundle = await makeFixtureBundle(options);
  });
  beforeEach(async () => {
    fixture.configDir = await tempDir();
    process.env.OSCE_TUI_CONFIG_DIR = fixture.configDir;
  });
  afterAll(() => {
    removeDir(fixture.bundle);
    removeDir(cacheDir);
  });
  return fixture;
}
