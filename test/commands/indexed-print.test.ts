import { appendFileSync, cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ReleaseDate } from '../../src/bundle/types.js';
import { openIndexedBundle } from '../../src/catalog/indexed-bundle.js';
import { openCatalog } from '../../src/catalog/open-catalog.js';
import { READ_DIRECTLY_BELOW_BYTES, readsDirectly } from '../../src/catalog/read-directly.js';
import { useTempDirs } from '../helpers/temp-dir.js';
import { releaseDate } from '../world/make.js';
import { FIXTURE_BUNDLE_DIR } from '../world/world-bundle.js';
import { withEnvironment } from './environment.js';
import { type CommandRun, runCommand } from './run-command.js';

// `show` and `stats` answer from the index when it is current, and read the release files when
// it is not: both ways must print the same, problems included, and a stale index never answers.

const fixtureLines = readFileSync(join(FIXTURE_BUNDLE_DIR, 'releases.jsonl'), 'utf8').trimEnd().split('\n');
const first = JSON.parse(fixtureLines[0]!) as { id: string; title: string };
// A line like the fixture's first release, changed: every release the test adds is valid.
const releaseLine = (changes: Record<string, unknown>): string => `${JSON.stringify({ ...first, ...changes })}\n`;
const onDay = (iso: string): ReleaseDate => releaseDate(iso, iso);

const COMMANDS: string[][] = [
  ['stats'],
  ['stats', '--json'],
  ['show', first.id],
  ['show', '--json', first.id],
  ['show', '--width', '40', ...first.title.split(' ').slice(0, 3)],
  ['show', 'zorblat', 'review'],
  ['show', 'no', 'such', 'words'],
  ['show', 'fx-later'],
  ['show', 'replaced', 'title'],
];
const STATS = 0;
const AMBIGUOUS = 5;
const LATER = 7;

describe('show and stats through the index', () => {
  const tempDir = useTempDirs();

  // The fixture bundle with more in releases.jsonl: a blank line (which loading skips) large
  // enough that the commands use the index, bad JSON, a repeated id, an unknown taxonomy id,
  // three releases with the same title words whose list order is not their file order, and a
  // torn last line (so the digest differs from the manifest's too).
  async function damagedBundle(): Promise<string> {
    const dir = join(await tempDir(), 'bundle');
    cpSync(FIXTURE_BUNDLE_DIR, dir, { recursive: true });
    appendFileSync(
      join(dir, 'releases.jsonl'),
      [
        `${' '.repeat(READ_DIRECTLY_BELOW_BYTES)}\n`,
        'not json at all\n',
        releaseLine({}),
        releaseLine({ id: 'fx-unknown-place', title: 'A replaced title', countries: ['state:nowhere'] }),
        releaseLine({ id: 'fx-zorblat-1', title: 'Zorblat review in Atlantis', date: onDay('2001-01-01') }),
        releaseLine({ id: 'fx-zorblat-2', title: 'Zorblat review in Borduria', date: onDay('2003-03-03') }),
        releaseLine({ id: 'fx-zorblat-3', title: 'Zorblat review in Carpania', date: onDay('2002-02-02') }),
        '{"id":"fx-torn","title":',
      ].join(''),
    );
    return dir;
  }

  // Every command, as printed: stdout, stderr and exit code.
  async function runAll(dir: string, cacheDir: string): Promise<CommandRun[]> {
    return withEnvironment({ env: { OSCE_TUI_CACHE_DIR: cacheDir } }, async () => {
      const runs: CommandRun[] = [];
      for (const args of COMMANDS) runs.push(await runCommand(['--bundle', dir, ...args]));
      return runs;
    });
  }

  async function buildIndex(dir: string, cacheDir: string): Promise<void> {
    (await openCatalog(dir, { cacheDir })).close();
  }

  // What the commands decide: answer from the index, or read the release files.
  async function indexAnswers(dir: string, cacheDir: string): Promise<boolean> {
    if (await readsDirectly(dir)) return false;
    const bundle = await openIndexedBundle(dir, cacheDir);
    bundle?.close();
    return bundle !== undefined;
  }

  it('prints the same from the index as from the release files, problems included', async () => {
    const dir = await damagedBundle();
    // A later release file: replaces one release, adds one, and has a bad line of its own.
    mkdirSync(join(dir, 'releases'));
    writeFileSync(
      join(dir, 'releases', '000001.jsonl'),
      releaseLine({ title: 'Border workshop with a replaced title' }) +
        '[1, 2]\n' +
        releaseLine({ id: 'fx-later', title: 'A release from a later file' }),
    );
    const cacheDir = await tempDir();
    const scanned = await runAll(dir, cacheDir);
    expect(await indexAnswers(dir, cacheDir)).toBe(false);
    await buildIndex(dir, cacheDir);
    expect(await indexAnswers(dir, cacheDir)).toBe(true);
    expect(await runAll(dir, cacheDir)).toEqual(scanned);
    // What the comparison covers: every kind of problem, listed in full by stats.
    const problems = scanned[STATS]!.stderr;
    expect(problems).toContain('has 6 problems');
    expect(problems).toContain(`releases.jsonl:${fixtureLines.length + 2}: not valid JSON`);
    expect(problems).toContain(`duplicate id "${first.id}" (first on line 1)`);
    expect(problems).toContain('state:nowhere');
    expect(problems).toContain('torn last line');
    expect(problems).toContain('releases/000001.jsonl:2');
    expect(problems).toContain('content differs from manifest.json');
    expect(scanned[LATER]!.stdout).toContain('A release from a later file');
  });

  it('lists candidates in file order from the index of a single release file', async () => {
    const dir = await damagedBundle();
    const cacheDir = await tempDir();
    const scanned = await runAll(dir, cacheDir);
    await buildIndex(dir, cacheDir);
    expect(await indexAnswers(dir, cacheDir)).toBe(true);
    expect(await runAll(dir, cacheDir)).toEqual(scanned);
    expect(scanned[AMBIGUOUS]!.stderr).toMatch(/Atlantis\n.*Borduria\n.*Carpania\n.*3 releases match/);
  });

  it('never answers from an index the release files or the taxonomy have moved past', async () => {
    const dir = await damagedBundle();
    const cacheDir = await tempDir();
    await buildIndex(dir, cacheDir);
    // A rewritten release file: the index would need a full build, so the files are read.
    appendFileSync(
      join(dir, 'releases.jsonl'),
      `\n${releaseLine({ id: 'fx-later', title: 'A release written since' })}`,
    );
    expect(await indexAnswers(dir, cacheDir)).toBe(false);
    const runs = await runAll(dir, cacheDir);
    expect(runs[LATER]!.stdout).toContain('A release written since');
    expect(runs).toEqual(await runAll(dir, await tempDir()));
    // A changed taxonomy makes the index stale too.
    await buildIndex(dir, cacheDir);
    expect(await indexAnswers(dir, cacheDir)).toBe(true);
    const taxonomyFile = join(dir, 'taxonomy.json');
    const taxonomy = JSON.parse(readFileSync(taxonomyFile, 'utf8')) as { entries: { name: string }[] };
    taxonomy.entries[0]!.name += ' (renamed)';
    writeFileSync(taxonomyFile, JSON.stringify(taxonomy));
    expect(await indexAnswers(dir, cacheDir)).toBe(false);
  });

  it('reads a small bundle itself, which is quicker than loading SQLite, even with an index', async () => {
    const cacheDir = await tempDir();
    await buildIndex(FIXTURE_BUNDLE_DIR, cacheDir);
    expect(await indexAnswers(FIXTURE_BUNDLE_DIR, cacheDir)).toBe(false);
  });

  it('answers after a new release file is applied on top of the index, with its releases', async () => {
    const dir = await damagedBundle();
    const cacheDir = await tempDir();
    await buildIndex(dir, cacheDir);
    mkdirSync(join(dir, 'releases'));
    writeFileSync(
      join(dir, 'releases', '000001.jsonl'),
      releaseLine({ id: 'fx-later', title: 'A release from a later file' }),
    );
    expect(await indexAnswers(dir, cacheDir)).toBe(true);
    const runs = await runAll(dir, cacheDir);
    expect(runs[LATER]!.stdout).toContain('A release from a later file');
    expect(runs).toEqual(await runAll(dir, await tempDir()));
  });
});
