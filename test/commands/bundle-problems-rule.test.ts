import { appendFileSync, rmSync, writeFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeFixtureBundle, removeDir, useCommandFixture } from '../world/command-fixture.js';
import { runCommand } from './run-command.js';

// One rule for a bundle with problems: every command loads what is valid and says so in one line
// on stderr naming the first problem (stats lists them all); a bad or missing manifest.json is
// such a problem (the folder name is the title); a bundle with no valid release is told as such
// and the commands go on with nothing, exiting as they do when nothing matches.
const fixture = useCommandFixture();

// The commands that read releases, each with what it shows of the fixture's valid data.
const READING_COMMANDS = [
  ['list', ['list'], 'Border officials'],
  ['search', ['search', 'lakeview'], 'Border officials'],
  ['lookup', ['lookup', 'freedonia'], 'Freedonia'],
  ['export', ['export', '--limit', '1'], '"id":"cx-01"'],
  ['show', ['show', 'cx-01'], 'Border officials'],
] as const;

beforeAll(() => {
  appendFileSync(join(fixture.bundle, 'releases.jsonl'), 'this line is not JSON\n');
});

describe('a bundle with a bad line', () => {
  it.each(READING_COMMANDS)(
    '%s loads the valid releases and warns in one line on stderr naming the first problem',
    async (_name, args, shown) => {
      const run = await runCommand(['--bundle', fixture.bundle, ...args]);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain(shown);
      // The bad line, and the digest that no longer matches the manifest.
      expect(run.stderr).toBe(
        'osce-tui: warning: bundle has 2 problems (first at releases.jsonl:9); the valid data was loaded — osce-tui stats lists them\n',
      );
    },
    30_000,
  );

  it('stats loads the valid releases and lists every problem', async () => {
    const run = await runCommand(['--bundle', fixture.bundle, 'stats']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Releases: 8');
    expect(run.stderr).toMatch(/has 2 problems/);
    expect(run.stderr).toMatch(/releases\.jsonl:9: not valid JSON/);
    expect(run.stderr).toMatch(/releases\.jsonl: content differs from manifest\.json/);
  }, 30_000);
});

const damaged = { garbage: '', missing: '', noRelease: '' };

beforeAll(async () => {
  damaged.garbage = await makeFixtureBundle();
  writeFileSync(join(damaged.garbage, 'manifest.json'), '{ "title": "half');
  damaged.missing = await makeFixtureBundle();
  rmSync(join(damaged.missing, 'manifest.json'));
  damaged.noRelease = await makeFixtureBundle();
  writeFileSync(join(damaged.noRelease, 'releases.jsonl'), 'not a release\n');
});

afterAll(() => {
  for (const dir of Object.values(damaged)) removeDir(dir);
});

describe.each([
  ['a garbage manifest.json', 'garbage' as const],
  ['a missing manifest.json', 'missing' as const],
])('a bundle with %s', (_what, key) => {
  const notice =
    'osce-tui: warning: bundle has 1 problem (first at manifest.json); the valid data was loaded — osce-tui stats lists them\n';

  it.each([...READING_COMMANDS, ['taxonomy', ['taxonomy'], 'Border management'] as const])(
    '%s goes on with the valid data and warns in one line',
    async (_name, args, shown) => {
      const run = await runCommand(['--bundle', damaged[key], ...args]);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain(shown);
      expect(run.stderr).toBe(notice);
    },
    30_000,
  );

  it('stats counts the releases under the folder name as title and lists the problem', async () => {
    const run = await runCommand(['--bundle', damaged[key], 'stats']);
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')[0]).toBe(basename(damaged[key]));
    expect(run.stdout).toContain('Releases: 8');
    expect(run.stderr).toMatch(/manifest\.json: (not valid JSON|missing)/);
  }, 30_000);
});

describe('a bundle with no valid release', () => {
  const notice =
    'osce-tui: warning: bundle has no valid release (2 problems, first at releases.jsonl:1) — osce-tui stats lists them\n';

  it.each([
    // Exit codes as when nothing matches in a sound bundle.
    ['list', ['list'], 1, 'osce-tui: no releases match'],
    ['search', ['search', 'lakeview'], 1, 'osce-tui: nothing found for lakeview'],
    ['export', ['export'], 1, 'osce-tui: no releases match'],
    ['show', ['show', 'cx-01'], 1, 'osce-tui: no release has the id or every title word of "cx-01"'],
  ])(
    '%s says so first, then finds nothing',
    async (_name, args, code, outcome) => {
      const run = await runCommand(['--bundle', damaged.noRelease, ...args]);
      expect(run.code).toBe(code);
      expect(run.stdout).toBe('');
      expect(run.stderr).toBe(`${notice}${outcome}\n`);
    },
    30_000,
  );

  it('lookup says so and still shows the entry, with no release under it', async () => {
    const run = await runCommand(['--bundle', damaged.noRelease, 'lookup', 'freedonia', '--json']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe(notice);
    expect(JSON.parse(run.stdout)).toMatchObject({
      status: 'exact',
      card: { id: 'state:freedonia', totalReleases: 0, latest: [] },
    });
  }, 30_000);

  it('stats counts nothing and lists the problems', async () => {
    const run = await runCommand(['--bundle', damaged.noRelease, 'stats']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Releases: 0');
    expect(run.stderr).toMatch(/releases\.jsonl:1: not valid JSON/);
  }, 30_000);

  it('taxonomy reads no release file, so it prints the tree without a word', async () => {
    const run = await runCommand(['--bundle', damaged.noRelease, 'taxonomy']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Border management');
    expect(run.stderr).toBe('');
  }, 30_000);
});

describe('a bundle that cannot be read', () => {
  it.each(['list', 'stats', 'taxonomy'])(
    '%s refuses a folder with none of the bundle files, naming them',
    async (name) => {
      const empty = await mkdtemp(join(tmpdir(), 'osce-tui-empty-'));
      try {
        const run = await runCommand(['--bundle', empty, name]);
        expect(run.code).toBe(1);
        expect(run.stdout).toBe('');
        expect(run.stderr).toMatch(
          /is not an osce-tui bundle: manifest\.json, taxonomy\.json and releases\.jsonl are all missing/,
        );
      } finally {
        removeDir(empty);
      }
    },
    30_000,
  );

  it.each(['list', 'show', 'stats', 'taxonomy'])(
    '%s refuses a manifest of a newer format version, naming the file',
    async (name) => {
      const dir = await makeFixtureBundle();
      try {
        writeFileSync(
          join(dir, 'manifest.json'),
          JSON.stringify({ format: 'osce-tui-bundle', version: 99, title: 'Future' }),
        );
        const run = await runCommand(['--bundle', dir, name, ...(name === 'show' ? ['cx-01'] : [])]);
        expect(run.code).toBe(1);
        expect(run.stdout).toBe('');
        expect(run.stderr).toMatch(/manifest\.json: bundle format version 99 is newer than this osce-tui reads/);
      } finally {
        removeDir(dir);
      }
    },
    30_000,
  );
});
