import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Release } from '../../src/bundle/types.js';
import { openCatalog } from '../../src/catalog/open-catalog.js';
import type { SqliteCatalog } from '../../src/catalog/sqlite-catalog.js';
import type { Facet, ReleaseFilter } from '../../src/catalog/types.js';
import { indexFileFor } from '../../src/index/cache-location.js';
import { createIndexLookup } from '../../src/index/index-lookup.js';
import { type ReadReport, readLocatedReleasesSync } from '../../src/index/release-lines.js';
import { WORLD_RELEASES, WORLD_TAXONOMY } from '../world/world.js';
import { makeTempBundle } from '../world/world-bundle.js';

let temp: ReturnType<typeof makeTempBundle>;

beforeEach(() => {
  temp = makeTempBundle();
});

afterEach(() => {
  rmSync(temp.root, { recursive: true, force: true });
});

const WORDS = [
  'lantern',
  'border',
  'election',
  'media',
  'harbour',
  'training',
  'river',
  'café',
  'straße',
  'observers',
  'amber',
];
const DATES = ['2024-05-01', '2023-01-15', '2023-01', '2023', null, '2019-12-31', '2022-09-14'];
const TYPES = ['Press release', 'press release', 'News item', 'Statement'];
const SOURCES = [
  'institution:ofia',
  'institution:rfim',
  'field-operation:mission-in-elbonia',
  'secretariat-unit:unit-for-fictional-studies',
];
const FIELDS = ['field:elections', 'field:media-freedom-and-development', 'field:gender-equality'];
const COUNTRIES = ['state:ruritania', 'state:sylvania', 'place:elbonia', 'state:pohjola'];

const wordsArb = (min: number, max: number): fc.Arbitrary<string> =>
  fc.array(fc.constantFrom(...WORDS), { minLength: min, maxLength: max }).map((words) => words.join(' '));

const contentArb = fc.record({
  title: wordsArb(1, 4),
  iso: fc.constantFrom(...DATES),
  type: fc.constantFrom(...TYPES),
  sources: fc.subarray(SOURCES, { maxLength: 2 }),
  fields: fc.subarray(FIELDS, { maxLength: 2 }),
  countries: fc.subarray(COUNTRIES, { maxLength: 2 }),
  mentions: fc.subarray(COUNTRIES, { maxLength: 1 }),
  body: fc.array(wordsArb(1, 6), { minLength: 1, maxLength: 3 }),
  summary: fc.boolean(),
});
type Content = typeof contentArb extends fc.Arbitrary<infer T> ? T : never;

/** One change an import brings. `pick` chooses among the releases there are at that point. */
type Change =
  | { kind: 'new'; content: Content }
  | { kind: 'update'; pick: number; content: Content }
  | { kind: 'reimport'; pick: number }
  | { kind: 'full-article'; pick: number; body: string[] };

const changeArb: fc.Arbitrary<Change> = fc.oneof(
  fc.record({ kind: fc.constant('new' as const), content: contentArb }),
  fc.record({ kind: fc.constant('update' as const), pick: fc.nat(), content: contentArb }),
  fc.record({ kind: fc.constant('reimport' as const), pick: fc.nat() }),
  fc.record({
    kind: fc.constant('full-article' as const),
    pick: fc.nat(),
    body: fc.array(wordsArb(3, 8), { minLength: 2, maxLength: 4 }),
  }),
);

function releaseOf(id: string, content: Content): Release {
  return {
    id,
    url: null,
    type: content.type,
    title: content.title,
    date: {
      iso: content.iso,
      precision:
        content.iso === null
          ? 'unknown'
          : content.iso.length === 10
            ? 'day'
            : content.iso.length === 7
              ? 'month'
              : 'year',
      text: content.iso,
    },
    place: null,
    sources: content.sources,
    fields: content.fields,
    countries: content.countries,
    mentions: content.mentions,
    unmapped: [],
    body: content.body.map((text) => ({ kind: 'paragraph', text })),
    notes: [],
    summary: content.summary,
    provenance: { file: 'generated', line: 1 },
    warnings: [],
  } as Release;
}

let newIds = 0;

/** Applies the changes of one import to the bundle's current releases; returns the lines of the new segment. */
function importChanges(current: Map<string, Release>, changes: Change[]): Release[] {
  const written: Release[] = [];
  const put = (release: Release): void => {
    current.set(release.id, release);
    written.push(release);
  };
  for (const change of changes) {
    const ids = [...current.keys()];
    if (change.kind === 'new') {
      newIds += 1;
      put(releaseOf(`gen-${newIds}`, change.content));
    } else if (change.kind === 'update') {
      put(releaseOf(ids[change.pick % ids.length]!, change.content));
    } else if (change.kind === 'reimport') {
      put(current.get(ids[change.pick % ids.length]!)!);
    } else {
      const summaries = ids.filter((id) => current.get(id)!.summary);
      const id = (summaries.length > 0 ? summaries : ids)[change.pick % (summaries.length || ids.length)]!;
      put({
        ...current.get(id)!,
        summary: false,
        body: change.body.map((text) => ({ kind: 'paragraph', text })),
      } as Release);
    }
  }
  return written;
}

function writeSegment(bundleDir: string, sequence: number, releases: Release[]): void {
  mkdirSync(join(bundleDir, 'releases'), { recursive: true });
  const name = join(bundleDir, 'releases', `${String(sequence).padStart(6, '0')}.jsonl`);
  writeFileSync(name, releases.map((release) => `${JSON.stringify(release)}\n`).join(''));
}

const FILTERS: ReleaseFilter[] = [
  {},
  { entities: ['state:ruritania'] },
  { entities: ['group:participating-states'] },
  { entities: ['group:institutions', 'field:elections'] },
  { year: 2023 },
  { type: 'press release' },
  { since: '2023-01-10', until: '2024' },
];
const FACETS: Facet[] = ['year', 'type', 'field', 'country', 'source'];
const QUERIES = [
  'lantern',
  'straße',
  'cafe',
  'lanterm',
  'obser',
  'border -amber',
  '"harbour training"',
  'ruritania media',
];

/** Everything a reader can ask of a catalog, with list positions as ids (ords differ by design). */
async function answers(catalog: SqliteCatalog): Promise<unknown> {
  const db = catalog.index.db;
  const lists = FILTERS.map((filter) => ({
    count: catalog.count(filter),
    ids: catalog.list(filter, 0, 1000).map((row) => row.id),
    page: catalog.list(filter, 2, 3).map((row) => row.id),
    perYear: catalog.perYear(filter),
    facets: FACETS.map((facet) => catalog.facet(filter, facet)),
  }));
  const searches = [];
  for (const query of QUERIES) {
    const results = await catalog.search(query, { limit: 50 });
    searches.push(JSON.parse(JSON.stringify(results, (key, value: unknown) => (key === 'ord' ? undefined : value))));
  }
  return {
    total: catalog.totalReleases,
    lists,
    searches,
    types: catalog.contentTypes(),
    entityCounts: WORLD_TAXONOMY.map((entry) => catalog.entityCount(entry.id)),
    articles: catalog.list({}, 0, 1000).map((row) => catalog.get(row.id)),
    terms: db.prepare('SELECT term, docs, len FROM terms ORDER BY term').all(),
    facetRows: db.prepare('SELECT * FROM entity_facets ORDER BY entity, facet, key').all(),
    countRows: db.prepare('SELECT * FROM entity_counts ORDER BY entity').all(),
    problems: db.prepare('SELECT sequence, problems FROM segments ORDER BY sequence').all(),
  };
}

async function open(cacheDir: string, onProgress?: () => void): Promise<SqliteCatalog> {
  return (await openCatalog(temp.bundleDir, { cacheDir, onProgress })) as SqliteCatalog;
}

describe('the incrementally updated index', () => {
  it('answers every query, list and facet as a fresh full build does, after any sequence of imports', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(changeArb, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 4 }),
        async (imports) => {
          rmSync(temp.root, { recursive: true, force: true });
          temp = makeTempBundle();
          const incremental = join(temp.root, 'incremental-cache');
          (await open(incremental)).close();
          const current = new Map(WORLD_RELEASES.map((release) => [release.id, release]));
          for (const [index, changes] of imports.entries()) {
            writeSegment(temp.bundleDir, index + 1, importChanges(current, changes));
            let rebuilt = false;
            const catalog = await open(incremental, () => {
              rebuilt = true;
            });
            catalog.close();
            expect(rebuilt).toBe(false);
          }
          const updated = await open(incremental);
          const fresh = await open(join(temp.root, `fresh-cache-${imports.length}`));
          try {
            expect(updated.totalReleases).toBe(current.size);
            expect(await answers(updated)).toEqual(await answers(fresh));
          } finally {
            updated.close();
            fresh.close();
          }
        },
      ),
      { numRuns: 25 },
    );
  }, 120_000);
});

describe('what the index notices of the release files', () => {
  const segmentFile = (): string => join(temp.bundleDir, 'releases', '000001.jsonl');
  const retitled = (title: string): Release => ({ ...WORLD_RELEASES[0]!, title });

  async function openWatching(): Promise<{ catalog: SqliteCatalog; rebuilt: boolean }> {
    let rebuilt = false;
    const catalog = await open(temp.cacheDir, () => {
      rebuilt = true;
    });
    return { catalog, rebuilt };
  }

  it('shows a release of a new segment in place of the older one, and rebuilds when that segment is edited by hand', async () => {
    (await open(temp.cacheDir)).close();
    writeSegment(temp.bundleDir, 1, [retitled('Lantern festival aaaa')]);
    const first = await openWatching();
    expect(first.rebuilt).toBe(false);
    expect(first.catalog.get('fx-border-workshop')?.title).toBe('Lantern festival aaaa');
    expect(first.catalog.totalReleases).toBe(37);
    first.catalog.close();

    // Same size, same inode: only the content (and ctime) differ.
    writeFileSync(segmentFile(), `${JSON.stringify(retitled('Lantern festival bbbb'))}\n`);
    const second = await openWatching();
    expect(second.rebuilt).toBe(true);
    expect(second.catalog.get('fx-border-workshop')?.title).toBe('Lantern festival bbbb');
    second.catalog.close();
  });

  it('does not rebuild when a file is only touched, and rebuilds when segments vanish (a compaction)', async () => {
    writeSegment(temp.bundleDir, 1, [retitled('Lantern festival aaaa')]);
    (await open(temp.cacheDir)).close();
    const same = readFileSync(segmentFile());
    writeFileSync(segmentFile(), same);
    const touched = await openWatching();
    expect(touched.rebuilt).toBe(false);
    touched.catalog.close();

    rmSync(join(temp.bundleDir, 'releases'), { recursive: true });
    const compacted = await openWatching();
    expect(compacted.rebuilt).toBe(true);
    expect(compacted.catalog.get('fx-border-workshop')?.title).toBe(WORLD_RELEASES[0]!.title);
    compacted.catalog.close();
  });

  it('keeps the first of a repeated id within one file and counts the problem', async () => {
    writeSegment(temp.bundleDir, 1, [retitled('First of two'), retitled('Second of two')]);
    const { catalog } = await openWatching();
    expect(catalog.get('fx-border-workshop')?.title).toBe('First of two');
    expect(catalog.appliedSegments.map((segment) => [segment.name, segment.problems])).toEqual([
      ['releases.jsonl', 0],
      ['releases/000001.jsonl', 1],
    ]);
    catalog.close();
  });
});

describe('reading a release file', () => {
  it('skips a line over the limit without keeping it, and reads on', () => {
    const file = join(temp.root, 'long.jsonl');
    const long = { ...WORLD_RELEASES[1]!, title: 'x'.repeat(5000) };
    writeFileSync(
      file,
      [WORLD_RELEASES[0], long, WORLD_RELEASES[2]].map((release) => JSON.stringify(release)).join('\n'),
    );
    const report: ReadReport = { problems: 0 };
    const ids = [
      ...readLocatedReleasesSync(
        file,
        { isKnownId: () => true, displayName: 'long.jsonl', maxLineBytes: 4096 },
        report,
      ),
    ].map((located) => located.release.id);
    expect(ids).toEqual([WORLD_RELEASES[0]!.id, WORLD_RELEASES[2]!.id]);
    expect(report.problems).toBe(1);
    expect(report.firstProblem).toMatchObject({ file: 'long.jsonl', line: 2 });
  });
});

describe('createIndexLookup', () => {
  it('gives the current release of each id that exists, reading only what is new since the last call', async () => {
    const lookup = createIndexLookup(temp.bundleDir, temp.cacheDir);
    const first = await lookup(['fx-border-workshop', 'fx-pretend-library', 'no-such-id']);
    expect([...first.keys()].sort()).toEqual(['fx-border-workshop', 'fx-pretend-library']);
    expect(first.get('fx-border-workshop')).toEqual(WORLD_RELEASES[0]);

    const newer = { ...WORLD_RELEASES[1]!, title: 'A newer title for the second release' };
    writeSegment(temp.bundleDir, 1, [newer]);
    const indexFile = indexFileFor(temp.bundleDir, temp.cacheDir);
    const inode = statSync(indexFile).ino;
    const second = await lookup(['fx-pretend-library']);
    expect(second.get('fx-pretend-library')).toEqual(newer);
    // Updated in place, not rebuilt into a new file.
    expect(statSync(indexFile).ino).toBe(inode);
  });
});

describe('an update killed half-way', () => {
  it('leaves the index as it was before: the next open rolls it back and applies the segment again', async () => {
    (await open(temp.cacheDir)).close();
    const indexFile = indexFileFor(temp.bundleDir, temp.cacheDir);
    // A writer that changes every row, spills pages into the index file, and is killed (-9).
    const script = `
      const Database = require('better-sqlite3');
      const db = new Database(${JSON.stringify(indexFile)});
      db.pragma('cache_size = 1');
      db.exec('BEGIN IMMEDIATE');
      db.exec("UPDATE releases SET row_json = '{}'; DELETE FROM terms; DELETE FROM segments");
      process.kill(process.pid, 'SIGKILL');`;
    const result = spawnSync(process.execPath, ['-e', script], { cwd: process.cwd() });
    expect(result.signal).toBe('SIGKILL');
    expect(existsSync(`${indexFile}-journal`)).toBe(true);

    writeSegment(temp.bundleDir, 1, [{ ...WORLD_RELEASES[0]!, title: 'Lantern festival after the crash' }]);
    let rebuilt = false;
    const catalog = await open(temp.cacheDir, () => {
      rebuilt = true;
    });
    try {
      expect(rebuilt).toBe(false);
      expect(catalog.lastUpdate).toEqual({ added: 0, updated: 1 });
      expect(catalog.list({}, 0, 100).map((row) => row.title)).toContain('Lantern festival after the crash');
      expect(catalog.totalReleases).toBe(37);
    } finally {
      catalog.close();
    }
  });
});
