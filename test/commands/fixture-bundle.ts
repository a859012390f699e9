import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { writeBundle } from '../../src/bundle/write-bundle.js';
import type { Release } from '../../src/bundle/types.js';
import { buildTaxonomyEntries } from '../../src/taxonomy/build-taxonomy.js';

// Every release here is invented: fictional people, towns and neutral events. The taxonomy is the
// site's own menu (real structure names), as the program builds it.

interface Spec {
  id: string;
  title: string;
  iso: string | null;
  type?: string;
  url?: string;
  sources?: string[];
  fields?: string[];
  countries?: string[];
  body?: string[];
}

const SPECS: Spec[] = [
  {
    id: 'cx-01',
    title: 'Border officials in the invented town of Lakeview practise document checks',
    iso: '2024-05-14',
    url: 'https://www.example.org/cx-01',
    sources: ['field-operation:mission-to-serbia'],
    fields: ['field:border-management'],
    countries: ['state:serbia'],
    body: ['Twelve officers met in Lakeview for a two-day course.', 'Trainer Ilsa Marwick led the practical part.'],
  },
  {
    id: 'cx-02',
    title: 'Election observers publish a report on a fictional municipal vote',
    iso: '2023-10-02',
    type: 'News item',
    sources: ['institution:odihr'],
    fields: ['field:elections'],
    countries: ['state:serbia'],
    body: ['Observer Tomas Quill presented the findings.'],
  },
  {
    id: 'cx-03',
    title: 'Workshop on safe archives for small newsrooms',
    iso: '2023-03-21',
    sources: ['institution:rfom'],
    fields: ['field:media-freedom-and-development'],
    countries: ['state:finland'],
    body: ['Editors compared backup routines.'],
  },
  {
    id: 'cx-04',
    title: 'Youth debate club opens in the invented city of Harbourfield',
    iso: '2022-07-08',
    sources: ['field-operation:mission-in-kosovo'],
    fields: ['field:youth'],
    countries: ['place:kosovo'],
    body: ['Students meet weekly to debate.'],
  },
  {
    id: 'cx-05',
    title: 'Round table on trafficking prevention with social workers',
    iso: '2022-02-17',
    sources: ['body:secretariat'],
    fields: ['field:combating-trafficking-in-human-beings'],
    countries: ['state:serbia', 'state:finland'],
    body: ['Facilitator Nora Beck opened the round table.'],
  },
  {
    id: 'cx-06',
    title: 'Statement on the opening of a fictional library',
    iso: '2021-09',
    type: 'Statement',
    sources: ['institution:rfom'],
    countries: ['partner:japan'],
    body: ['The library in the invented district of Eastmoor opened its doors.'],
  },
  {
    id: 'cx-07',
    title: 'Police cadets complete a course on community policing',
    iso: '2019-11-30',
    sources: ['field-operation:mission-to-serbia'],
    fields: ['field:policing'],
    countries: ['state:serbia'],
    body: ['Forty cadets completed the course.'],
  },
  {
    id: 'cx-08',
    title: 'Undated note on an invented archive procedure',
    iso: null,
    type: 'News item',
    sources: ['body:secretariat'],
    countries: ['state:serbia'],
    body: ['Records of invented meetings are kept for ten years.'],
  },
];

function toRelease(spec: Spec, index: number): Release {
  const precision = spec.iso === null ? 'unknown' : spec.iso.length === 10 ? 'day' : spec.iso.length === 7 ? 'month' : 'year';
  return {
    id: spec.id,
    url: spec.url ?? null,
    type: spec.type ?? 'Press release',
    title: spec.title,
    date: { iso: spec.iso, precision, text: spec.iso },
    place: null,
    sources: spec.sources ?? [],
    fields: spec.fields ?? [],
    countries: spec.countries ?? [],
    mentions: [],
    unmapped: [],
    body: (spec.body ?? []).map((text) => ({ kind: 'paragraph', text })),
    notes: [],
    summary: false,
    provenance: { file: 'fixture', line: index + 1 },
    warnings: [],
  };
}

/** Generated filler releases (clearly invented), for output larger than a pipe's buffer. */
function fillerReleases(count: number): Release[] {
  return Array.from({ length: count }, (_, i) =>
    toRelease(
      {
        id: `filler-${String(i).padStart(4, '0')}`,
        title: `Invented filler item number ${i} about a neutral training day in Sampletown`,
        iso: `2010-01-${String((i % 28) + 1).padStart(2, '0')}`,
        sources: ['body:secretariat'],
        body: Array.from({ length: 8 }, () => 'A neutral invented paragraph that only makes the output long enough to fill a pipe buffer.'),
      },
      SPECS.length + i,
    ),
  );
}

/** The releases of the small fixture, newest first as the bundle lists them. */
export const FIXTURE_RELEASE_IDS = ['cx-01', 'cx-02', 'cx-03', 'cx-04', 'cx-05', 'cx-06', 'cx-07', 'cx-08'];

/** Writes the fixture bundle into a new temp folder and returns its path (remove it with rmSync). */
export async function makeFixtureBundle(options: { filler?: number } = {}): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'osce-tui-cmd-bundle-'));
  await writeBundle(dir, {
    title: 'Fictional command-test bundle',
    taxonomy: buildTaxonomyEntries(),
    releases: [...SPECS.map(toRelease), ...fillerReleases(options.filler ?? 0)],
    synthetic: true,
    builtAt: '2026-01-01T00:00:00.000Z',
  });
  return dir;
}

/** Removes a folder made by the fixture helpers. */
export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** Folders of a command test: the fixture bundle, and fresh config and cache folders. */
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
  let cacheDir = '';
  beforeAll(async () => {
    cacheDir = mkdtempSync(join(tmpdir(), 'osce-tui-cmd-cache-'));
    process.env.OSCE_TUI_CACHE_DIR = cacheDir;
    fixture.bundle = await makeFixtureBundle(options);
  });
  beforeEach(() => {
    fixture.configDir = mkdtempSync(join(tmpdir(), 'osce-tui-cmd-config-'));
    process.env.OSCE_TUI_CONFIG_DIR = fixture.configDir;
  });
  afterEach(() => removeDir(fixture.configDir));
  afterAll(() => {
    removeDir(fixture.bundle);
    removeDir(cacheDir);
  });
  return fixture;
}
