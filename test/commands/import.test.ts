import { spawnSync } from 'node:child_process';
import { cp, mkdir, readdir, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadBundle } from '../../src/bundle/load-bundle.js';
import { createProgressBar, importSummary, progressLine } from '../../src/commands/import-action.js';
import { assertBuiltCliFresh, BUILT_CLI } from '../helpers/built-cli.js';
import { useTempDirs } from '../helpers/temp-dir.js';
import { WORLD_RELEASES } from '../world/world.js';
import { FIXTURE_BUNDLE_DIR } from '../world/world-bundle.js';
import { withEnvironment } from './environment.js';
import { runCommand } from './run-command.js';

const ROOT = join(import.meta.dirname, '..', '..');

// Invented pages in the dump layout: a short site menu, then the article.
const MENU = ['-', 'Our work', '-', 'Fields of work', '- Education', '- Border management', '-', 'Countries', '- All'];
const PAGE_ONE = [
  ...MENU,
  'Press release',
  'Invented reading week brings pretend librarians together',
  '- Date:',
  '- 3 May 2021',
  '- Place:',
  '- STRELSAU',
  '- Fields of work:',
  '- Education',
  'STRELSAU, 3 May 2021 – Forty pretend librarians met for an invented reading week.',
  'They read imaginary books aloud.',
].join('\n');
const PAGE_TWO = [
  ...MENU,
  'News item',
  'Pretend border post opens a visitor centre',
  'FREDVILLE, 4 April 2020 – An invented border post opened a small visitor centre.',
].join('\n');

describe('osce-tui import', () => {
  const tempDir = useTempDirs();
  const pages = async (): Promise<string> => {
    const dir = await tempDir();
    await writeFile(join(dir, 'one.txt'), PAGE_ONE);
    await writeFile(join(dir, 'two.txt'), PAGE_TWO);
    return dir;
  };
  const snapshot = async (dir: string) =>
    Object.fromEntries(
      await Promise.all(
        (await readdir(dir)).sort().map(async (name) => [name, await readFile(join(dir, name), 'utf8')]),
      ),
    );

  it('creates a new bundle with the built-in taxonomy and reports what it did', async () => {
    const bundle = join(await tempDir(), 'new-bundle');
    const run = await runCommand(['--bundle', bundle, 'import', await pages()]);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const [head, counts] = run.stdout.split('\n');
    expect(head).toBe(`Imported 2 files into ${bundle}`);
    expect(counts).toMatch(/^ {2}2 added, 0 updated, 0 unchanged, 0 skipped, \d+ warnings?$/);
    const loaded = await loadBundle(bundle);
    expect(loaded.problems).toEqual([]);
    expect(loaded.releases.map((release) => release.title)).toEqual([
      'Invented reading week brings pretend librarians together',
      'Pretend border post opens a visitor centre',
    ]);
    expect(loaded.releases[0]).toMatchObject({
      date: { iso: '2021-05-03', precision: 'day' },
      fields: ['field:education'],
    });
    expect(loaded.taxonomy.some((entry) => entry.id === 'state:italy')).toBe(true);
    expect(loaded.manifest).toMatchObject({ title: 'OSCE news and press releases', synthetic: false });
  });

  it('changes nothing, byte for byte, when the same pages are imported again', async () => {
    const bundle = await tempDir();
    const source = await pages();
    await runCommand(['--bundle', bundle, 'import', source]);
    const before = await snapshot(bundle);
    const mtime = (await stat(join(bundle, 'manifest.json'))).mtimeMs;
    const run = await runCommand(['--bundle', bundle, 'import', '--json', source]);
    const report = JSON.parse(run.stdout) as { added: string[]; updated: string[]; unchanged: string[] };
    expect(report.added).toEqual([]);
    expect(report.updated).toEqual([]);
    expect(report.unchanged).toHaveLength(2);
    expect(await snapshot(bundle)).toEqual(before);
    expect((await stat(join(bundle, 'manifest.json'))).mtimeMs).toBe(mtime);
  });

  it('merges into an existing bundle and keeps its releases', async () => {
    const bundle = await tempDir();
    await cp(FIXTURE_BUNDLE_DIR, bundle, { recursive: true });
    const run = await runCommand(['--bundle', bundle, 'import', join(await pages(), 'one.txt')]);
    expect(run.code).toBe(0);
    const loaded = await loadBundle(bundle);
    expect(loaded.releases).toHaveLength(WORLD_RELEASES.length + 1);
    expect(loaded.manifest.title).toBe('Fictional test bundle');
  });

  it('writes nothing on --dry-run', async () => {
    const bundle = join(await tempDir(), 'not-yet');
    const run = await runCommand(['--bundle', bundle, 'import', '--dry-run', await pages()]);
    expect(run.stdout).toMatch(/^Dry run \(nothing written\): read 2 files into .*not-yet\n {2}2 added/);
    await expect(stat(bundle)).rejects.toThrow(/ENOENT/);
  });

  it('reports skipped files with reasons in JSON and still imports the rest', async () => {
    const source = await pages();
    await writeFile(join(source, 'empty.txt'), '');
    await writeFile(join(source, 'binary.txt'), Buffer.from([0, 1, 2, 255, 254, 0, 7]));
    const bundle = await tempDir();
    const run = await runCommand(['--bundle', bundle, 'import', '--json', source, join(source, 'missing.txt')]);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(Object.keys(report)).toEqual([
      'bundle',
      'dryRun',
      'files',
      'added',
      'updated',
      'unchanged',
      'skipped',
      'warnings',
    ]);
    expect(report.files).toBe(5);
    expect(report.added).toHaveLength(2);
    const skipped = report.skipped as { file: string; reason: string }[];
    expect(skipped.map((item) => item.file.replace(`${source}/`, ''))).toEqual([
      'binary.txt',
      'empty.txt',
      'missing.txt',
    ]);
    expect(skipped.every((item) => item.reason.length > 0)).toBe(true);
    for (const warning of report.warnings as { file: string; message: string }[])
      expect(typeof warning.message).toBe('string');
  });

  it('wraps the summary to the output width, never cutting the bundle path or a file name', async () => {
    const source = await pages();
    const longName = `an-invented-page-whose-file-name-is-far-too-long-for-forty-columns.txt`;
    await writeFile(join(source, longName), '');
    const bundle = join(await tempDir(), 'a-bundle-folder-with-a-rather-long-name-for-a-narrow-terminal');
    const run = await withEnvironment({ env: { COLUMNS: '40' } }, () =>
      runCommand(['--bundle', bundle, 'import', source]),
    );
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    // Whole on their own lines, even wider than 40 columns; every other line fits.
    const bundleLine = lines.findIndex((line) => line.trim() === bundle);
    expect(bundleLine).toBeGreaterThan(0);
    expect(lines[bundleLine]).toBe(`  ${bundle}`);
    const skippedLine = lines.find((line) => line.includes(longName));
    expect(skippedLine).toBe(`  ${join(source, longName)}:`);
    expect(
      lines.filter((line) => line !== lines[bundleLine] && line !== skippedLine).every((line) => line.length <= 40),
    ).toBe(true);
    // The counts wrap under themselves, and the reason under its file.
    expect(lines.slice(0, bundleLine + 3)).toEqual([
      'Imported 3 files into',
      `  ${bundle}`,
      '  2 added, 0 updated, 0 unchanged, 1',
      '    skipped, 0 warnings',
    ]);
    const reason = lines[lines.indexOf(skippedLine!) + 1]!;
    expect(reason).toMatch(/^ {4}\S/);
    // The pure summary without a width is not wrapped.
    const report = { bundle, dryRun: true, files: 3, added: [], updated: [], unchanged: [], skipped: [], warnings: [] };
    expect(importSummary(report)[0]).toBe(`Dry run (nothing written): read 3 files into ${bundle}`);
  });

  it('exits 1 when every file was skipped, after printing the report', async () => {
    const source = await tempDir();
    await writeFile(join(source, 'empty.txt'), '');
    const bundle = join(await tempDir(), 'b');
    const run = await runCommand(['--bundle', bundle, 'import', join(source, 'empty.txt')]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('Skipped:\n  ');
    expect(run.stderr).toBe('osce-tui: nothing imported: the file was skipped\n');
    await expect(stat(bundle)).rejects.toThrow(/ENOENT/);
  });

  it('says no page files were found, and which are read, for an empty folder or one without pages (exit 1)', async () => {
    const bundle = join(await tempDir(), 'b');
    const empty = await tempDir();
    const run = await runCommand(['--bundle', bundle, 'import', empty]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('osce-tui: no page files found: folders are read for *.txt, *.html, *.htm files\n');
    const notes = await tempDir();
    await writeFile(join(notes, 'notes.md'), 'An invented note');
    const other = await runCommand(['--bundle', bundle, 'import', notes]);
    expect(other.code).toBe(1);
    expect(other.stderr).toBe(
      'osce-tui: no page files found: folders are read for *.txt, *.html, *.htm files (1 other entry was skipped)\n',
    );
    await expect(stat(bundle)).rejects.toThrow(/ENOENT/);
  });

  it('exits 1 when the bundle path is a file, or another import holds the bundle', async () => {
    const file = join(await tempDir(), 'a-file');
    await writeFile(file, 'x');
    const run = await runCommand(['--bundle', file, 'import', await pages()]);
    expect(run).toMatchObject({ code: 1, stderr: `osce-tui: ${file} is not a folder; expected a bundle folder\n` });
    const bundle = await tempDir();
    await writeFile(join(bundle, '.osce-tui-import.lock'), `${process.ppid}\n`);
    const source = await pages();
    const locked = await withEnvironment({ env: { OSCE_TUI_LOCK_WAIT_SECONDS: '0' } }, () =>
      runCommand(['--bundle', bundle, 'import', source]),
    );
    expect(locked.code).toBe(1);
    expect(locked.stderr).toMatch(
      /^osce-tui: another import \(pid \d+\) is writing this bundle; run again when it has finished/,
    );
  });

  it('names the path in one line, exit 1, when a fixed path of the bundle is not what it should be', async () => {
    const source = await pages();
    const cases: [string, (bundle: string) => Promise<void>, RegExp][] = [
      [
        'lock folder',
        (bundle) => mkdir(join(bundle, '.osce-tui-import.lock')),
        /\.osce-tui-import\.lock is a folder, not the import lock file; remove it and run again\n$/,
      ],
      [
        'dangling lock',
        (bundle) => symlink(join(bundle, 'nowhere'), join(bundle, '.osce-tui-import.lock')),
        /\.osce-tui-import\.lock is a symbolic link, not the import lock file/,
      ],
      [
        'segments file',
        (bundle) => writeFile(join(bundle, 'releases'), 'x'),
        /releases is a file; expected a folder there: move it away and run again\n$/,
      ],
      [
        'releases folder',
        async (bundle) => {
          await rm(join(bundle, 'releases.jsonl'));
          await mkdir(join(bundle, 'releases.jsonl'));
        },
        /releases\.jsonl is a folder; expected a file there/,
      ],
    ];
    for (const [name, spoil, message] of cases) {
      const bundle = await tempDir();
      await cp(FIXTURE_BUNDLE_DIR, bundle, { recursive: true });
      await spoil(bundle);
      const run = await runCommand(['--bundle', bundle, 'import', source]);
      expect({ name, code: run.code, lines: run.stderr.split('\n').length }).toEqual({ name, code: 1, lines: 2 });
      expect(run.stderr).toMatch(message);
      expect(run.stderr).toContain(bundle);
    }
  });

  it('needs at least one path (usage error, exit 2)', async () => {
    const run = await runCommand(['import']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("missing required argument 'path'");
  });

  it('imports the seed page as issue 2 says it reads', async () => {
    const bundle = await tempDir();
    await runCommand(['--bundle', bundle, 'import', join(ROOT, 'data', 'pages')]);
    const run = await runCommand(['--bundle', bundle, 'show', '--json', 'pioneering', 'live', 'exercise']);
    const json = JSON.parse(run.stdout) as {
      sources: { name: string }[];
      mentions: { name: string }[];
      paragraphs: string[];
    };
    expect(json).toMatchObject({
      type: 'Press release',
      title:
        'OSCE pioneering live exercise provides practitioners from 38 States with expertise to tackle human trafficking along migration routes',
      date: '2017-06-09',
      datePrecision: 'day',
      place: 'Vicenza, Italy',
      fields: [{ id: 'field:combating-trafficking-in-human-beings', name: 'Combating trafficking in human beings' }],
      countries: [{ id: 'state:italy', name: 'Italy' }],
      notes: [
        {
          term: 'anti-trafficking practitioners',
          text: expect.stringMatching(/^Anti-trafficking practitioners include/),
        },
      ],
    });
    expect(json.sources.map((source) => source.name).join()).toMatch(/Secretariat/);
    const mentioned = json.mentions.map((mention) => mention.name);
    expect(mentioned).toEqual(
      expect.arrayContaining(['Switzerland', 'Monaco', 'Germany', 'France', 'Austria', 'Andorra', 'Hungary']),
    );
    expect(json.paragraphs[0]).toContain(
      'The course provided 71 anti-trafficking practitioners from 35 OSCE participating States',
    );
    expect(json.paragraphs.join('\n')).not.toContain('practitionersanti-trafficking');
  });
});

describe('the import progress bar', () => {
  const fakeStream = (isTTY: boolean) => {
    const writes: string[] = [];
    return {
      writes,
      stream: { isTTY, columns: 60, write: (text: string) => writes.push(text) } as unknown as NodeJS.WriteStream,
    };
  };

  it('draws on a terminal for many files and clears its line at the end', () => {
    const { writes, stream } = fakeStream(true);
    const progress = createProgressBar(stream)!;
    for (let done = 1; done <= 25; done += 1) progress.draw(done, 25, `page-${done}.txt`);
    progress.clear();
    expect(writes).toHaveLength(26);
    expect(writes[24]).toBe('\r\u001b[2K[####################] 25/25 page-25.txt');
    expect(writes[25]).toBe('\r\u001b[2K');
  });

  it('stays silent for a few files or when stderr is not a terminal', () => {
    const few = fakeStream(true);
    const progress = createProgressBar(few.stream)!;
    progress.draw(1, 3, 'a.txt');
    progress.clear();
    expect(few.writes).toEqual([]);
    expect(createProgressBar(fakeStream(false).stream)).toBeUndefined();
  });

  it('fits the terminal and shows the file being read', () => {
    expect(progressLine(5, 20, '/a/b/page-05.txt', 80)).toBe('[#####...............] 5/20 page-05.txt');
    expect(progressLine(20, 20, 'x'.repeat(100), 40)).toHaveLength(39);
  });
});

describe('the built program', () => {
  const tempDir = useTempDirs();
  beforeAll(assertBuiltCliFresh);

  it('reads a page from stdin with "-" and honours OSCE_TUI_BUNDLE', async () => {
    const bundle = join(await tempDir(), 'from-stdin');
    const run = spawnSync(process.execPath, [BUILT_CLI, 'import', '-'], {
      input: PAGE_TWO,
      env: { ...process.env, OSCE_TUI_BUNDLE: bundle },
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('1 added');
    expect((await loadBundle(bundle)).releases[0]?.title).toBe('Pretend border post opens a visitor centre');
  }, 30_000);

  it('says on stderr that it reads the terminal, and how to end, when "-" is a terminal', async () => {
    const bundle = join(await tempDir(), 'typed');
    // A real pseudo-terminal: the hint must come before any text is typed, then Ctrl-D ends it.
    const driver = [
      'import os, pty, select, sys, time',
      'pid, fd = pty.fork()',
      'if pid == 0:',
      '    os.execv(sys.argv[1], sys.argv[1:])',
      'seen = b""',
      'deadline = time.time() + 10',
      'while b"Ctrl-D" not in seen and time.time() < deadline:',
      '    if select.select([fd], [], [], max(0, deadline - time.time()))[0]:',
      '        seen += os.read(fd, 1024)',
      'sys.stdout.write("HINT:" + seen.decode() + "\\n")',
      'sys.stdout.flush()',
      'os.write(fd, sys.stdin.buffer.read().replace(b"\\n", b"\\r") + b"\\r\\x04")',
      'rest = b""',
      'while True:',
      '    try:',
      '        chunk = os.read(fd, 1024)',
      '    except OSError:',
      '        break',
      '    if not chunk:',
      '        break',
      '    rest += chunk',
      'status = os.waitpid(pid, 0)[1]',
      'sys.stdout.write("REST:" + rest.decode() + "\\nEXIT:" + str(os.waitstatus_to_exitcode(status)) + "\\n")',
    ].join('\n');
    const run = spawnSync('python3', ['-c', driver, process.execPath, BUILT_CLI, '--bundle', bundle, 'import', '-'], {
      input: PAGE_TWO,
      encoding: 'utf8',
      timeout: 25_000,
    });
    expect(run.stdout).toMatch(/HINT:osce-tui: reading page text from the terminal; end with Ctrl-D\r?\n/);
    expect(run.stdout).toMatch(/EXIT:0\n/);
    expect((await loadBundle(bundle)).releases[0]?.title).toBe('Pretend border post opens a visitor centre');
  }, 30_000);

  it('exits 2 on an unknown command option and 0 for --help of each command', () => {
    const cli = (...args: string[]) => spawnSync(process.execPath, [BUILT_CLI, ...args], { encoding: 'utf8' });
    expect(cli('import', '--frobnicate', 'x').status).toBe(2);
    for (const command of ['import', 'show', 'taxonomy', 'stats']) {
      const help = cli(command, '--help');
      expect(help.status, command).toBe(0);
      expect(help.stdout, command).toContain(`Usage: osce-tui ${command}`);
    }
  }, 30_000);
});
