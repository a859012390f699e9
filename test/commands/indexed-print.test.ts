import { appendFileSync, cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openIndexedBundle } from '../../src/catalog/indexed-bundle.js';
import { openCatalog } from '../../src/catalog/open-catalog.js';
import { READ_DIRECTLY_BELOW_BYTES, readsDirectly } from '../../src/catalog/read-directly.js';
import { useTempDirs } from '../helpers/temp-dir.js';
import { FIXTURE_BUNDLE_DIR } from '../world/fictional-world.js';
import { withEnvironment } from './environment.js';
import { type CommandRun, runCommand } from './run-command.js';

// `show` and `stats` answer from the index when it is current, and read the release files when
// it is not: both ways must print the same, problems included, and a stale index never answers.

const COMMANDS: string[][] = [
  ['stats'],
  ['stats', '--json'],
  ['show', 'fx-border-workshop'],
  ['show', '--json', 'fx-border-workshop'],
  ['show', '--width', '40', 'POHJOLA', 'cultural'],
  ['show', 'imaginary', 'media', 'training'],
  ['show', 'no', 'such', 'words'],
  ['show', 'fx-later'],
  ['show', 'replaced', 'title'],
];

const firstLine = JSON.parse(readFileSync(join(FIXTURE_BUNDLE_DIR, 'releases.jsonl'), 'utf8').split('\n')[0]!) as {
  id: string;
  title: string;
  countries: string[];
};
const releaseLine = (changes: Record<string, unknown>): string => `${JSON.stringify({ ...firstLine, ...changes })}\n`;

describe('show and stats through the index', () => {
  const tempDir = useTempDirs();

  // The fixture bundle with a damaged releases.jsonl: bad JSON, a repeated id, an unknown
  // taxonomy id, a third media training and a torn last line (and so a digest that differs from
  // the manifest's); a blank line (which loading skips) makes it large enough to be read
  // through the index.
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
        // Newer than the two media trainings above it: first in list order, last in file order.
        releaseLine({ id: 'fx-media-training-atlantis', title: 'Imaginary media training in Atlantis' }),
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
    expect(scanned[0]!.stderr).toContain('has 6 problems');
    expect(scanned[0]!.stderr).toContain('torn last line');
    expect(scanned[0]!.stderr).toContain('duplicate id "fx-border-workshop" (first on line 1)');
    expect(scanned[0]!.stderr).toContain('releases/000001.jsonl:2');
    expect(scanned[0]!.stderr).toContain('releases.jsonl:13');
    expect(scanned[7]!.stdout).toContain('A release from a later file');
  });

  it('lists candidates in file order from the index of a single release file', async () => {
    const dir = await damagedBundle();
    const cacheDir = await tempDir();
    const scanned = await runAll(dir, cacheDir);
    await buildIndex(dir, cacheDir);
    expect(await indexAnswers(dir, cacheDir)).toBe(true);
    expect(await runAll(dir, cacheDir)).toEqual(scanned);
    expect(scanned[5]!.stderr).toMatch(/syldavia.*\n.*freedonia.*\n.*atlantis.*\n.*3 releases match/);
  });

  it('never answers from an index the release files or the taxonomy have moved past', async () => {
    const dir = await damagedBundle();
    const cacheDir = await tempDir();
    await buildIndex(dir, cacheDir);
    // A rewritten release file: the index would need a full build, so the files are read.
    const file = join(dir, 'releases.jsonl');
    writeFileSync(file, readFileSync(file, 'utf8').replace('Border officials', 'Frontier wardens'));
    appendFileSync(file, `\n${releaseLine({ id: 'fx-later', title: 'A release written since' })}`);
    expect(await indexAnswers(dir, cacheDir)).toBe(false);
    const runs = await runAll(dir, cacheDir);
    expect(runs[7]!.stdout).toContain('A release written since');
    expect(runs).toEqual(await runAll(dir, await tempDir()));
    // A changed taxonomy makes the index stale too.
    await buildIndex(dir, cacheDir);
    expect(await indexAnswers(dir, cacheDir)).toBe(true);
    const taxonomy = join(dir, 'taxonomy.json');
    writeFileSync(taxonomy, readFileSync(taxonomy, 'utf8').replace('"Freedonia"', '"Free Donia"'));
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
    expect(runs[7]!.stdout).toContain('A release from a later file');
    expect(runs).toEqual(await runAll(dir, await tempDir()));
  });
});
