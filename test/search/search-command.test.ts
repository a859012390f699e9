import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withEnvironment } from '../commands/environment.js';
import { runCommand } from '../commands/run-command.js';
import { makeTempBundle } from '../world/world-bundle.js';

let temp: ReturnType<typeof makeTempBundle>;
let previousCache: string | undefined;

beforeAll(() => {
  temp = makeTempBundle();
  previousCache = process.env.OSCE_TUI_CACHE_DIR;
  process.env.OSCE_TUI_CACHE_DIR = temp.cacheDir;
});

afterAll(() => {
  if (previousCache === undefined) delete process.env.OSCE_TUI_CACHE_DIR;
  else process.env.OSCE_TUI_CACHE_DIR = previousCache;
  rmSync(temp.root, { recursive: true, force: true });
});

// The lines from "Names" up to the blank line before the releases.
const namesBlock = (stdout: string): string[] => {
  const lines = stdout.split('\n');
  const start = lines.indexOf('Names');
  const end = lines.indexOf('', start);
  return lines.slice(start, end === -1 ? undefined : end);
};

const search = (...args: string[]) => runCommand(['--bundle', temp.bundleDir, 'search', ...args]);

describe('osce-tui search', () => {
  it('prints matching names, then releases with a snippet line, best first', async () => {
    const run = await search('szohod');
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(
      [
        'Names',
        '  Mission to Szohod  Field operation · field-operation:mission-to-szohod',
        '',
        'Releases (2)',
        '2015-07-07  Press release  Mission supports community dialogue in Szohod  fx-11',
        '    Residents of three neighbourhoods met at the invented Riverside hall.',
        '2021-05-20  News item      Election observers deployed for fictional regional',
        '                           vote  fx-03',
        '    Coordinator Tomas Brenvik thanked the hosts in Szohod.',
        '',
      ].join('\n'),
    );
  });

  it('takes the query as several words, with facets, and --limit', async () => {
    const run = await search('border', 'country:ruritania', '--limit', '1');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Releases (1 of 3)');
    expect(run.stdout).toContain('fx-border-workshop');
    expect(run.stdout).not.toContain('fx-01');
  });

  it('prints JSON with rows, highlights and snippets', async () => {
    const run = await search('trafiking', '--json');
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout) as {
      totalReleases: number;
      entities: { id: string }[];
      releases: { id: string; title: string; titleHighlights: [number, number][]; snippet: string }[];
      terms: string[];
    };
    expect(json.totalReleases).toBe(4);
    expect(json.entities[0]?.id).toBe('field:combating-trafficking-in-human-beings');
    expect(json.releases.map((release) => release.id)).toEqual(['fx-01', 'cx-05', 'fx-07', 'fx-09']);
    const first = json.releases[0]!;
    expect(first.title.slice(...first.titleHighlights[0]!)).toBe('trafficking');
    expect(json.terms).toEqual(['trafficking']);
  });

  it('exits 1 with one line for a bad query', async () => {
    const run = await search('year:abc');
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('osce-tui: year:abc is not a year; write year:2017 or a range like year:2015..2017\n');
  });

  it('exits 1 with one line when nothing is found', async () => {
    const run = await search('zeppelin', 'year:2017');
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('osce-tui: nothing found for zeppelin year:2017\n');
  });

  it('suggests near names on the one stderr line when nothing is found (exit 1, stdout empty)', async () => {
    const run = await search('imajinari', 'afaers');
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      'osce-tui: nothing found for imajinari afaers. Did you mean: Office for Imaginary Affairs?\n',
    );
  });

  it('prints the JSON outcome with its suggestions when nothing is found with --json (exit 1)', async () => {
    const run = await search('imajinari', 'afaers', '--json');
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^osce-tui: nothing found for imajinari afaers\. Did you mean: [^\n]+\n$/);
    const json = JSON.parse(run.stdout) as { entities: unknown[]; releases: unknown[]; suggestions: unknown[] };
    expect(json.entities).toEqual([]);
    expect(json.releases).toEqual([]);
    expect(json.suggestions).toEqual([
      {
        id: 'institution:ofia',
        kind: 'institution',
        name: 'Office for Imaginary Affairs',
        matched: 'Office for Imaginary Affairs',
      },
    ]);
    const none = await search('zeppelin', '--json');
    expect(none.code).toBe(1);
    expect((JSON.parse(none.stdout) as { suggestions: unknown[] }).suggestions).toEqual([]);
  });

  it('keeps the JSON keys in their documented order, suggestions last', async () => {
    const run = await search('trafficking', '--json');
    expect(Object.keys(JSON.parse(run.stdout) as object)).toEqual([
      'query',
      'totalReleases',
      'totalIsLowerBound',
      'entities',
      'releases',
      'terms',
      'suggestions',
    ]);
  });

  it.each([
    [['-guards', 'border']],
    [['-guards border']],
    [['border', '-guards']],
    [['--limit', '5', '-guards', 'border']],
  ])('reads a word starting with a minus as an exclusion, not an option: %j', async (args) => {
    const run = await search(...args, '--json');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout) as { query: string; releases: { id: string }[] };
    expect(json.releases.map((release) => release.id)).toEqual(['cx-01', 'fx-border-workshop', 'fx-01']);
  });

  it('still reads --limit and --json after an exclusion', async () => {
    const run = await search('-guards', 'country:ruritania', '--limit', '1');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Releases (1 of 5)');
    expect(run.stdout).toContain('fx-border-workshop');
  });

  it('still shows its help with --help, even after a -word', async () => {
    const run = await search('-guards', '--help');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Usage: osce-tui search [options] <query...>');
    expect(run.stdout).toContain('--limit <n>');
  });

  it('rejects an unknown long option instead of searching for it', async () => {
    const run = await search('border', '--limt', '3');
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^osce-tui: unknown option '--limt'[^\n]*\n$/);
  });

  it('takes a --limit larger than any index can count as "all", like list', async () => {
    for (const limit of ['1000', '99999999999999999999']) {
      const run = await search('trafficking', '--limit', limit, '--json');
      expect(run.stderr, limit).toBe('');
      expect(run.code, limit).toBe(0);
      const json = JSON.parse(run.stdout) as { releases: { id: string }[] };
      expect(
        json.releases.map((release) => release.id),
        limit,
      ).toEqual(['fx-01', 'cx-05', 'fx-07', 'fx-09']);
    }
  });

  it('rejects a --limit that is zero, negative, fractional, empty or not a number (exit 2, one line and the --help hint)', async () => {
    for (const limit of ['0', '-3', '1.5', '', ' ', '1e3', 'ten', '+5']) {
      const run = await search('trafficking', `--limit=${limit}`);
      expect(run.code, `--limit=${limit}`).toBe(2);
      expect(run.stdout, `--limit=${limit}`).toBe('');
      expect(run.stderr, `--limit=${limit}`).toMatch(
        /^error: [^\n]*expected a whole number of 1 or more\.\n\(run with --help for usage\)\n$/,
      );
    }
  });

  it('lays names out like release lines: the name wraps under itself, then kind and id, never cut', async () => {
    const piped = await search('rfim');
    expect(namesBlock(piped.stdout)).toEqual([
      'Names',
      '  Representative on Freedom of Imaginary Media (RFIM)  Institution',
      '    institution:rfim',
    ]);
    const narrow = await withEnvironment({ env: { COLUMNS: '40' } }, () => search('mission'));
    const names = namesBlock(narrow.stdout);
    expect(names.slice(0, 3)).toEqual([
      'Names',
      '  Mission in Elbonia  Field operation',
      '    field-operation:mission-in-elbonia',
    ]);
    // Only an id wider than the output passes the width, on a line of its own, whole.
    expect(names.filter((line) => line.length > 40)).toEqual([
      '    field-operation:mission-to-the-grand-duchy-of-grand-fenwick',
    ]);
  });

  it('puts an id wider than the output on a line of its own, whole', async () => {
    const run = await withEnvironment({ env: { COLUMNS: '40' } }, () => search('combating'));
    const names = namesBlock(run.stdout);
    expect(names).toContain('    field:combating-trafficking-in-human-beings');
    expect(names.filter((line) => line.length > 40)).toEqual(['    field:combating-trafficking-in-human-beings']);
  });

  it.each([[['']], [['   ']], [['', ' ']]])('exits 2 with one line for an empty query: %j', async (args) => {
    const run = await search(...args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^osce-tui: [^\n]+\n$/);
    expect(run.stderr).toContain('search needs a query');
  });
});

describe('osce-tui search on a terminal', () => {
  const terminal = (columns: number, noColor?: string) => ({
    isTTY: true,
    columns,
    env: { NO_COLOR: noColor, COLUMNS: undefined },
  });

  it('uses colour on a terminal', async () => {
    const run = await withEnvironment(terminal(80), () => search('szohod'));
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('\u001b[');
  });

  it('uses no colour with the global --no-color, before or after the query', async () => {
    for (const args of [
      ['--no-color', '--bundle', temp.bundleDir, 'search', 'szohod'],
      ['--bundle', temp.bundleDir, 'search', 'szohod', '--no-color'],
    ]) {
      const run = await withEnvironment(terminal(80), () => runCommand(args));
      expect(run.code, args.join(' ')).toBe(0);
      expect(run.stdout, args.join(' ')).toContain('Mission to Szohod');
      expect(run.stdout, args.join(' ')).not.toContain('\u001b[');
    }
  });

  it('wraps a long name under itself at the terminal width and keeps its highlight', async () => {
    const run = await withEnvironment(terminal(40), () => search('representative'));
    const plain = run.stdout.replace(/\u001b\[\d+m/g, '');
    expect(namesBlock(plain)).toEqual([
      'Names',
      '  Representative on Freedom of Imaginary',
      '    Media  Institution',
      '    institution:rfim',
    ]);
    expect(run.stdout).toContain('\u001b[36mRepresentative\u001b[39m');
  });

  it('uses no colour when NO_COLOR is set', async () => {
    const run = await withEnvironment(terminal(80, '1'), () => search('szohod'));
    expect(run.code).toBe(0);
    expect(run.stdout).not.toContain('\u001b[');
  });
});
