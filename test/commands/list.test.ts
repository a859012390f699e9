import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openUserState } from '../../src/state/user-state.js';
import { assertBuiltCliFresh, BUILT_CLI } from '../helpers/built-cli.js';
import { makeFixtureBundle, removeDir, useCommandFixture } from '../world/command-fixture.js';
import { withEnvironment } from './environment.js';
import { runCommand } from './run-command.js';

const fixture = useCommandFixture();
const list = (...args: string[]) => runCommand(['--bundle', fixture.bundle, 'list', ...args]);
const idsOf = (stdout: string) => [...stdout.matchAll(/\b([cf]x-\d\d)\b/g)].map((m) => m[1]);

describe('osce-tui list', () => {
  it('prints releases newest first with date, type, title and id, wrapped to 80 columns, undated last', async () => {
    const run = await list();
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(idsOf(run.stdout)).toEqual(['cx-01', 'cx-02', 'cx-03', 'cx-04', 'cx-05', 'cx-06', 'cx-07', 'fx-13']);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines.slice(0, 2)).toEqual([
      '• 2024-05-14  Press release  Border officials in the invented town of Lakeview',
      '                             practise document checks  cx-01',
    ]);
    expect(lines.every((line) => line.length <= 80)).toBe(true);
    expect(run.stdout).not.toContain('\u001b[');
  });

  it('lines up date, type and title in columns, at any width', async () => {
    const run = await list('--limit', '3');
    expect(run.stdout.trimEnd().split('\n')).toEqual([
      '• 2024-05-14  Press release  Border officials in the invented town of Lakeview',
      '                             practise document checks  cx-01',
      '• 2023-10-02  News item      Election observers publish a report on a fictional',
      '                             municipal vote  cx-02',
      '• 2023-03-21  Press release  Workshop on safe archives for small newsrooms',
      '                             cx-03',
    ]);
    // Wrapped narrower, every title still starts in the same column.
    const narrow = (await withEnvironment({ env: { COLUMNS: '64' } }, () => list())).stdout.trimEnd().split('\n');
    const titleColumns = new Set(
      narrow.filter((line) => line.startsWith('•')).map((line) => /^• \S+\s+\S+(?: \S+)?\s+/.exec(line)![0].length),
    );
    expect(narrow.every((line) => line.length <= 64)).toBe(true);
    expect([...titleColumns]).toEqual([29]);
  });

  it('marks unread releases and leaves read ones unmarked; --unread keeps only unread', async () => {
    openUserState({ configDir: fixture.configDir }).readMarks.markRead('cx-01');
    const all = await list('--limit', '2');
    expect(all.stdout.split('\n')[0]).toMatch(/^ {2}2024-05-14/);
    expect(all.stdout).toMatch(/^• 2023-10-02/m);
    const unread = await list('--unread');
    expect(idsOf(unread.stdout)).not.toContain('cx-01');
    expect(idsOf(unread.stdout)).toHaveLength(7);
  });

  it('filters by country, field and source names as quick lookup matches them', async () => {
    expect(idsOf((await list('--country', 'freedonia')).stdout)).toEqual(['cx-01', 'cx-02', 'cx-05', 'cx-07', 'fx-13']);
    expect(idsOf((await list('--country', 'Freedonia', '--country', 'syldavia')).stdout)).toEqual(['cx-05']);
    expect(idsOf((await list('--field', 'elections')).stdout)).toEqual(['cx-02']);
    // A field of work wins over a meeting of a similar name.
    expect(idsOf((await list('--field', 'trafficking')).stdout)).toEqual(['cx-05']);
    expect(idsOf((await list('--source', 'OFIA')).stdout)).toEqual(['cx-02']);
    expect(idsOf((await list('--source', 'mission to freedonia', '--field', 'policing')).stdout)).toEqual(['cx-07']);
  });

  it('filters by type and by date bounds given as year, month or day', async () => {
    expect(idsOf((await list('--type', 'news item')).stdout)).toEqual(['cx-02', 'fx-13']);
    expect(idsOf((await list('--since', '2023')).stdout)).toEqual(['cx-01', 'cx-02', 'cx-03']);
    expect(idsOf((await list('--until', '2021-09')).stdout)).toEqual(['cx-06', 'cx-07']);
    expect(idsOf((await list('--since', '2022-02-17', '--until', '2022-07-08')).stdout)).toEqual(['cx-04', 'cx-05']);
  });

  it('keeps a release dated only by its month when the month overlaps the dates asked for', async () => {
    // cx-06 is dated "September 2021" (month precision).
    expect(idsOf((await list('--since', '2021-09-15')).stdout)).toContain('cx-06');
    expect(idsOf((await list('--until', '2021-09-15')).stdout)).toEqual(['cx-06', 'cx-07']);
    expect(idsOf((await list('--since', '2021-10-01')).stdout)).not.toContain('cx-06');
    expect(idsOf((await list('--until', '2021-08-31')).stdout)).toEqual(['cx-07']);
  });

  it('prints JSON with the total and each release, including read state', async () => {
    openUserState({ configDir: fixture.configDir }).readMarks.markRead('cx-02');
    const run = await list('--country', 'freedonia', '--limit', '2', '--json');
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout) as { total: number; releases: Record<string, unknown>[] };
    expect(json.total).toBe(5);
    expect(json.releases).toHaveLength(2);
    expect(json.releases[0]).toMatchObject({
      id: 'cx-01',
      date: '2024-05-14',
      type: 'Press release',
      sources: ['field-operation:mission-to-freedonia'],
      countries: ['state:freedonia'],
      read: false,
    });
    expect(json.releases[1]).toMatchObject({ id: 'cx-02', read: true });
  });

  it('forgives a slip in a name like quick lookup, and exits 1 naming the nearest names for a far-off one', async () => {
    expect(idsOf((await list('--country', 'freedonja')).stdout)).toEqual(['cx-01', 'cx-02', 'cx-05', 'cx-07', 'fx-13']);
    const run = await list('--country', 'sylvnai');
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('osce-tui: no country named "sylvnai"; did you mean Sylvania?\n');
  });

  it('exits 1 naming the candidates of an ambiguous source', async () => {
    const run = await list('--source', 'mission');
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /^osce-tui: source "mission" is ambiguous: .*Mission to Freedonia \(field-operation:mission-to-freedonia\)/,
    );
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('exits 1 when nothing matches, or the date bounds are reversed', async () => {
    const none = await list('--country', 'syldavia', '--type', 'statement');
    expect(none).toMatchObject({ code: 1, stdout: '', stderr: 'osce-tui: no releases match\n' });
    const reversed = await list('--since', '2024', '--until', '2020');
    expect(reversed.code).toBe(1);
    expect(reversed.stderr).toContain('--since 2024-01-01 is after --until 2020-12-31');
  });

  it('exits 2 for bad arguments: an unknown option, a malformed date or limit', async () => {
    for (const args of [
      ['--colour'],
      ['--since', '2023-13'],
      ['--until', '2023-02-30'],
      ['--limit', '0'],
      ['--limit', 'ten'],
      ['--country'],
    ]) {
      const run = await list(...args);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(/error: /);
    }
  });

  it('exits 1 with one line when the bundle folder does not exist', async () => {
    const run = await runCommand(['--bundle', `${fixture.bundle}-missing`, 'list']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^osce-tui: cannot open the bundle in .*-missing: .*\n$/);
  });
});

describe('osce-tui list: what a script or a hurried user types', () => {
  it('takes a --limit larger than the bundle (even larger than any index can count) as "all"', async () => {
    for (const limit of ['1000', '99999999999999999999']) {
      const run = await list('--limit', limit);
      expect(run.code, limit).toBe(0);
      expect(idsOf(run.stdout)).toHaveLength(8);
    }
  });

  it('rejects a --limit that is zero, negative, fractional, empty or not a number (exit 2, nothing on stdout)', async () => {
    for (const limit of ['0', '-3', '1.5', '', ' ', '1e3', 'ten', '+5']) {
      const run = await list(`--limit=${limit}`);
      expect(run.code, `--limit=${limit}`).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toContain('expected a whole number of 1 or more');
    }
  });

  it('rejects dates that do not exist or are not YYYY[-MM[-DD]] (exit 2), and takes 29 February of a leap year', async () => {
    for (const [option, date] of [
      ['--since', '2023-02-29'],
      ['--until', '2023-00'],
      ['--since', '20230101'],
      ['--since', '2023/01/01'],
      ['--until', 'last year'],
      ['--since', ''],
    ]) {
      const run = await list(`${option}=${date}`);
      expect(run.code, `${option}=${date}`).toBe(2);
      expect(run.stderr).toContain('expected a date as YYYY, YYYY-MM or YYYY-MM-DD');
    }
    const leap = await list('--since', '2024-02-29');
    expect(idsOf(leap.stdout)).toEqual(['cx-01']);
  });

  it('matches --type forgivingly: any case, without spaces, or the start of a type', async () => {
    expect(idsOf((await list('--type', 'NEWS ITEM')).stdout)).toEqual(['cx-02', 'fx-13']);
    expect(idsOf((await list('--type', 'newsitem')).stdout)).toEqual(['cx-02', 'fx-13']);
    expect(idsOf((await list('--type', 'news')).stdout)).toEqual(['cx-02', 'fx-13']);
    expect(idsOf((await list('--type', 'press-release')).stdout)).toEqual([
      'cx-01',
      'cx-03',
      'cx-04',
      'cx-05',
      'cx-07',
    ]);
  });

  it('names the types the bundle has for an unknown --type (exit 1), and calls an empty one a usage error', async () => {
    const unknown = await list('--type', 'memo');
    expect(unknown).toEqual({
      code: 1,
      stdout: '',
      stderr: 'osce-tui: no content type "memo" in this bundle; it has Press release, News item, Statement\n',
    });
    const empty = await list('--type', '');
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain('the content type is empty');
  });

  it('calls an empty name a usage error (exit 2), not an unknown one', async () => {
    for (const option of ['--country', '--field', '--source']) {
      const run = await list(option, ' ');
      expect(run.code, option).toBe(2);
      expect(run.stderr).toMatch(/name is empty; give a name or an id\n$/);
    }
  });

  it('folds case and accents in names: pohjola, PÖHJOLA and a decomposed Pöhjola all mean Pöhjola', async () => {
    for (const name of ['pohjola', 'PÖHJOLA', 'Po\u0308hjola', 'Northland', 'state:pohjola']) {
      // The name resolves (no "no country named"); the fixture has no release about it.
      expect(await list('--country', name), name).toEqual({
        code: 1,
        stdout: '',
        stderr: 'osce-tui: no releases match\n',
      });
    }
  });

  it('wraps to COLUMNS when it is set, and to 40 columns at the narrowest', async () => {
    const sixty = (await withEnvironment({ env: { COLUMNS: '60' } }, () => list('--limit', '1'))).stdout.split('\n');
    expect(sixty.slice(0, 3)).toEqual([
      '• 2024-05-14  Press release  Border officials in the',
      '                             invented town of Lakeview',
      '                             practise document checks  cx-01',
    ]);
    const narrow = await withEnvironment({ env: { COLUMNS: '12' } }, () => list());
    expect(idsOf(narrow.stdout)).toHaveLength(8);
    const lines = narrow.stdout.trimEnd().split('\n');
    expect(Math.max(...lines.map((line) => line.length))).toBeLessThanOrEqual(40);
    expect(lines.slice(0, 3)).toEqual([
      '• 2024-05-14  Press release',
      '      Border officials in the invented',
      '      town of Lakeview practise document',
    ]);
  });

  it('prints JSON whose keys are exactly the documented ones', async () => {
    const json = JSON.parse((await list('--limit', '1', '--json')).stdout) as { releases: object[] };
    expect(Object.keys(json)).toEqual(['total', 'releases']);
    expect(Object.keys(json.releases[0]!)).toEqual([
      'id',
      'date',
      'dateText',
      'type',
      'title',
      'place',
      'sources',
      'fields',
      'countries',
      'summary',
      'read',
    ]);
  });
});

describe('osce-tui list on a terminal', () => {
  const terminal = (columns: number, noColor?: string) => ({
    isTTY: true,
    columns,
    env: { NO_COLOR: noColor, COLUMNS: undefined },
  });

  it('wraps to the terminal width, uses colour, and says how many more there are', async () => {
    const run = await withEnvironment(terminal(60), () => list('--limit', '3'));
    const plain = run.stdout.replace(/\u001b\[\d+m/g, '');
    expect(run.stdout).toContain('\u001b[');
    expect(plain.split('\n').every((line) => line.length <= 60)).toBe(true);
    expect(plain.split('\n')[1]).toBe('                             invented town of Lakeview');
    expect(plain).toContain('3 of 8; use --limit N for more');
  });

  it('uses no colour with the global --no-color', async () => {
    for (const args of [
      ['--no-color', '--bundle', fixture.bundle, 'list'],
      ['--bundle', fixture.bundle, 'list', '--no-color'],
      ['--no-color', '--bundle', fixture.bundle, 'lookup', 'freedonia'],
    ]) {
      const run = await withEnvironment(terminal(80), () => runCommand(args));
      expect(run.code, args.join(' ')).toBe(0);
      expect(run.stdout, args.join(' ')).not.toContain('\u001b[');
    }
  });

  it('uses no colour when NO_COLOR is set', async () => {
    const run = await withEnvironment(terminal(80, '1'), () => list('--limit', '3'));
    expect(run.stdout).not.toContain('\u001b[');
    expect(run.stdout).toContain('• 2024-05-14  Press release');
  });
});

describe('the built osce-tui program', () => {
  let bigBundle = '';
  beforeAll(async () => {
    assertBuiltCliFresh();
    // Each output below is several times a pipe's 64 KiB buffer, so the writer really meets the closed pipe.
    bigBundle = await makeFixtureBundle({ filler: 1000 });
  });
  afterAll(() => removeDir(bigBundle));

  function shell(script: string): { stdout: string; stderr: string; status: number | null } {
    const result = spawnSync('bash', ['-c', script], {
      env: { ...process.env, CLI: BUILT_CLI, BUNDLE: bigBundle },
      encoding: 'utf8',
    });
    return { stdout: result.stdout, stderr: result.stderr, status: result.status };
  }

  it('ends quietly with exit 0 when the reader closes the pipe early', () => {
    for (const command of [
      'list --limit 1000',
      'list --limit 1000 --json',
      'export',
      'export --format markdown',
      'taxonomy --json',
    ]) {
      const run = shell(`node "$CLI" --bundle "$BUNDLE" ${command} | head -1; echo "exit=\${PIPESTATUS[0]}"`);
      expect(run.stderr, command).toBe('');
      expect(run.stdout.split('\n')).toHaveLength(3);
      expect(run.stdout).toMatch(/\nexit=0\n$/);
    }
  }, 60_000);

  it('exits 2 for a usage error and 1 for a name it does not know', () => {
    expect(shell('node "$CLI" --bundle "$BUNDLE" list --limit; echo "exit=$?"').stdout).toBe('exit=2\n');
    const unknown = shell('node "$CLI" --bundle "$BUNDLE" list --field nonesuchfield; echo "exit=$?"');
    expect(unknown.stdout).toBe('exit=1\n');
    expect(unknown.stderr).toBe('osce-tui: no field of work named "nonesuchfield"\n');
  }, 60_000);
});
