import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { FIXTURE_BUNDLE_DIR } from '../world/world-bundle.js';
import { runCommand } from './run-command.js';

const show = (...args: string[]) => runCommand(['--bundle', FIXTURE_BUNDLE_DIR, 'show', ...args]);

describe('osce-tui show', () => {
  it('prints the article found by id, wrapped to 80 columns when piped', async () => {
    const run = await show('fx-border-workshop');
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines.slice(0, 4)).toEqual([
      'Press release',
      'Ruritania hosts a fictional workshop on border management',
      'Date: 14 March 2024',
      'Place: Strelsau, Ruritania',
    ]);
    expect(lines.slice(-5, -2)).toEqual([
      'Notes',
      '[1] border wardens: Border wardens are invented officials who guard invented',
      '    borders.',
    ]);
    expect(lines.at(-1)).toBe('Mentions: Freedonia, Sylvania');
    expect(Math.max(...lines.map((line) => stringWidth(line)))).toBe(80);
  });

  it('finds a release by title words, folding case and accents, and wraps to --width', async () => {
    const run = await show('--width', '40', 'POHJOLA', 'cultural');
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines.slice(0, 3)).toEqual(['Press release', 'Cultural evening in Pöhjola with 日本語', 'songs 🎉']);
    expect(lines.every((line) => stringWidth(line) <= 40)).toBe(true);
  });

  it('lists the candidates and exits 1 when title words match several releases', async () => {
    const run = await show('imaginary', 'media', 'training');
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      '  fx-media-training-syldavia  2020-02-02  Imaginary media training in Syldavia\n' +
        '  fx-media-training-freedonia  2020-02-01  Imaginary media training in Freedonia\n' +
        'osce-tui: 2 releases match "imaginary media training"; give more title words or one of the ids above\n',
    );
  });

  it('exits 1 with one line when nothing matches', async () => {
    const run = await show('no', 'such', 'words');
    expect(run).toEqual({
      code: 1,
      stdout: '',
      stderr: 'osce-tui: no release has the id or every title word of "no such words"\n',
    });
  });

  it('prints the release as JSON with names resolved, paragraphs and notes', async () => {
    const run = await show('--json', 'fx-border-workshop');
    const json = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(json).toMatchObject({
      id: 'fx-border-workshop',
      url: 'https://example.org/fictional/border-workshop',
      type: 'Press release',
      title: 'Ruritania hosts a fictional workshop on border management',
      date: '2024-03-14',
      datePrecision: 'day',
      dateText: '14 March 2024',
      place: 'Strelsau, Ruritania',
      sources: [{ id: 'institution:ofia', name: 'Office for Imaginary Affairs' }],
      fields: [{ id: 'field:border-management', name: 'Border management' }],
      countries: [{ id: 'state:ruritania', name: 'Ruritania' }],
      mentions: [
        { id: 'state:freedonia', name: 'Freedonia' },
        { id: 'state:sylvania', name: 'Sylvania' },
      ],
      notes: [{ term: 'border wardens', text: 'Border wardens are invented officials who guard invented borders.' }],
      summary: false,
    });
    expect(json.paragraphs).toEqual([
      'STRELSAU, Ruritania, 14 March 2024 – Twelve border wardens from three imaginary States met for a two-day workshop.',
      '“We learned to count imaginary lorries,” said Ada Placeholder, an invented participant.',
      'The workshop ended with a tea break.',
    ]);
  });

  it('prints JSON whose keys are exactly the documented ones, in order', async () => {
    const json = JSON.parse((await show('--json', 'fx-border-workshop')).stdout) as object;
    expect(Object.keys(json)).toEqual([
      'id',
      'url',
      'type',
      'title',
      'date',
      'datePrecision',
      'dateText',
      'place',
      'sources',
      'fields',
      'countries',
      'mentions',
      'paragraphs',
      'notes',
      'summary',
      'unmapped',
      'body',
      'provenance',
      'origins',
    ]);
  });

  it('gives a date without a year as null with what is known', async () => {
    const json = JSON.parse((await show('--json', 'fx-spot-report')).stdout) as Record<string, unknown>;
    expect(json).toMatchObject({ date: null, datePrecision: 'unknown', dateText: '23 August' });
  });

  it('strips terminal control sequences from text and JSON', async () => {
    const text = await show('fx-escape-test');
    expect(text.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    expect(text.stdout).toContain('Sanitizer check red title done');
    const json = await show('--json', 'fx-escape-test');
    expect(json.stdout).not.toContain('\\u001b');
  });

  it('rejects a bad --width or a missing query as a usage error (exit 2)', async () => {
    const bad = await show('--width', 'wide', 'fx-summit');
    expect(bad.code).toBe(2);
    for (const width of ['9', '10', '39', '1001', '1e2', '72.5', '-80', ''])
      expect((await show(`--width=${width}`, 'fx-summit')).code, width).toBe(2);
    expect(bad.stderr).toContain(
      "option '--width <n>' argument 'wide' is invalid. expected a whole number of columns from 40 to 1000.",
    );
    expect((await show()).code).toBe(2);
    expect(await show(' ')).toEqual({
      code: 2,
      stdout: '',
      stderr: 'osce-tui: show needs a release id or title words, e.g. osce-tui show live exercise\n',
    });
  });

  it('exits 1 naming the folder when the bundle does not exist', async () => {
    const run = await runCommand(['--bundle', '/nonexistent/osce-tui-bundle', 'show', 'x']);
    expect(run).toEqual({
      code: 1,
      stdout: '',
      stderr:
        'osce-tui: bundle folder not found: /nonexistent/osce-tui-bundle (give --bundle DIR or set OSCE_TUI_BUNDLE)\n',
    });
  });
});
