import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Release } from '../../src/bundle/types.js';
import { openUserState } from '../../src/state/user-state.js';
import { useTempDirs } from '../helpers/temp-dir.js';
import { useCommandFixture } from '../world/command-fixture.js';
import { runCommand } from './run-command.js';

const fixture = useCommandFixture();
const outDir = useTempDirs('osce-tui-export-');
const exportCommand = (...args: string[]) => runCommand(['--bundle', fixture.bundle, 'export', ...args]);

describe('osce-tui export', () => {
  it('writes every selected release as one JSON line each (the bundle format) to stdout', async () => {
    const run = await exportCommand('--country', 'freedonia');
    expect(run.code).toBe(0);
    const releases = run.stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as Release);
    expect(releases.map((r) => r.id)).toEqual(['cx-01', 'cx-02', 'cx-05', 'cx-07', 'fx-13']);
    expect(releases[0]!.body[1]).toEqual({ kind: 'paragraph', text: 'Trainer Ilsa Marwick led the practical part.' });
    expect(releases[0]!.url).toBe('https://www.example.org/cx-01');
  });

  it('writes Markdown documents separated by rules', async () => {
    const run = await exportCommand('--format', 'markdown', '--source', 'ofia');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      [
        '# Election observers publish a report on a fictional municipal vote',
        '',
        '- Type: News item',
        '- Date: 2 October 2023',
        '- Source: Office for Imaginary Affairs',
        '- Fields of work: Elections',
        '- Countries: Freedonia',
        '- Id: `cx-02`',
        '',
        'Observer Tomas Quill presented the findings.',
        '',
      ].join('\n'),
    );
    const two = await exportCommand('--format', 'markdown', '--limit', '2');
    expect(two.stdout.match(/^---$/gm)).toHaveLength(1);
    expect(two.stdout.match(/^# /gm)).toHaveLength(2);
  });

  it('writes to --output whole, replacing the old file and leaving no temp file', async () => {
    const dir = await outDir();
    const file = join(dir, 'out.jsonl');
    writeFileSync(file, 'old content\n');
    const run = await exportCommand('--unread', '--output', file);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/wrote 8 releases to .*out\.jsonl/);
    expect(readFileSync(file, 'utf8').trimEnd().split('\n')).toHaveLength(8);
    expect(readdirSync(dir)).toEqual(['out.jsonl']);
  });

  it('leaves read releases out with --unread', async () => {
    openUserState({ configDir: fixture.configDir }).readMarks.markRead('cx-01');
    const run = await exportCommand('--unread', '--country', 'freedonia');
    expect(
      run.stdout
        .trimEnd()
        .split('\n')
        .map((line) => (JSON.parse(line) as Release).id),
    ).toEqual(['cx-02', 'cx-05', 'cx-07', 'fx-13']);
  });

  it('exits 1 when nothing matches or the output folder does not exist', async () => {
    expect(await exportCommand('--since', '2030')).toMatchObject({
      code: 1,
      stdout: '',
      stderr: 'osce-tui: no releases match\n',
    });
    const missing = join(await outDir(), 'no-such-folder', 'out.md');
    const run = await exportCommand('--output', missing);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^osce-tui: cannot write .*out\.md: ENOENT\n$/);
  });

  it('exits 2 for an unknown format or a bad filter argument', async () => {
    const format = await exportCommand('--format', 'pdf');
    expect(format.code).toBe(2);
    expect(format.stderr).toContain('Allowed choices are jsonl, markdown');
    expect((await exportCommand('--since', 'yesterday')).code).toBe(2);
  });
});

describe('osce-tui export --json', () => {
  it('is the JSON form: the same JSON lines as --format jsonl', async () => {
    const json = await exportCommand('--json', '--country', 'freedonia');
    expect(json.code).toBe(0);
    expect(json.stdout).toBe((await exportCommand('--format', 'jsonl', '--country', 'freedonia')).stdout);
    expect(
      json.stdout
        .trimEnd()
        .split('\n')
        .map((line) => (JSON.parse(line) as Release).id),
    ).toEqual(['cx-01', 'cx-02', 'cx-05', 'cx-07', 'fx-13']);
    expect((await exportCommand('--json', '--format', 'jsonl', '--source', 'ofia')).code).toBe(0);
  });

  it('is a usage error together with --format markdown', async () => {
    const run = await exportCommand('--json', '--format', 'markdown');
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('osce-tui: --json writes JSON lines; it cannot be combined with --format markdown\n');
  });
});
