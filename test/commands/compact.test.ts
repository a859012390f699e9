import { cp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appendReleases } from '../../src/bundle/append-releases.js';
import { loadBundle } from '../../src/bundle/load-bundle.js';
import { serializeRelease } from '../../src/bundle/serialize-release.js';
import { writeBundle } from '../../src/bundle/write-bundle.js';
import { compactSummary } from '../../src/commands/compact-action.js';
import { useTempDirs } from '../helpers/temp-dir.js';
import { makeRelease } from '../world/make.js';
import { WORLD_RELEASES, WORLD_TAXONOMY } from '../world/world.js';
import { FIXTURE_BUNDLE_DIR } from '../world/world-bundle.js';
import { runCommand } from './run-command.js';

describe('osce-tui compact', () => {
  const tempDir = useTempDirs();
  const copyFixture = async (): Promise<string> => {
    const dir = join(await tempDir(), 'bundle');
    await cp(FIXTURE_BUNDLE_DIR, dir, { recursive: true });
    return dir;
  };

  it('folds the segments into releases.jsonl, reports before and after, and says when there is nothing to do', async () => {
    const dir = await copyFixture();
    await appendReleases(dir, [makeRelease({ id: 'fx-compact-a' })]);
    await appendReleases(dir, [{ ...WORLD_RELEASES[0]!, title: 'Retitled before compaction' }]);
    const before = (await loadBundle(dir)).releases.map(serializeRelease).sort();
    const run = await runCommand(['--bundle', dir, 'compact', '--json']);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const report = JSON.parse(run.stdout) as {
      changed: boolean;
      before: { files: number; releases: number };
      after: { files: number; releases: number; bytes: number };
    };
    expect(report).toMatchObject({
      changed: true,
      before: { files: 3, releases: 38 },
      after: { files: 1, releases: 38 },
    });
    expect(report.after.bytes).toBe((await readFile(join(dir, 'releases.jsonl'))).length);
    expect(await readdir(dir)).toEqual(['manifest.json', 'releases.jsonl', 'taxonomy.json']);
    expect((await loadBundle(dir)).releases.map(serializeRelease).sort()).toEqual(before);

    const again = await runCommand(['--bundle', dir, 'compact']);
    expect(again).toMatchObject({
      code: 0,
      stderr: '',
      stdout: `${dir} is already compact: 1 file, 38 releases, ${report.after.bytes} bytes\n`,
    });
  });

  it('puts a hand-edited releases.jsonl (unsorted, keys reordered, a line deleted) into the form a full write gives', async () => {
    const dir = await copyFixture();
    const lines = (await readFile(join(dir, 'releases.jsonl'), 'utf8')).trimEnd().split('\n').reverse();
    const deleted = lines.pop()!;
    const { id, ...rest } = JSON.parse(lines[0]!) as { id: string };
    lines[0] = JSON.stringify({ ...rest, id });
    await writeFile(join(dir, 'releases.jsonl'), `${lines.join('\n')}\n`);
    expect((await runCommand(['--bundle', dir, 'compact'])).code).toBe(0);
    const expected = join(await tempDir(), 'expected');
    const kept = WORLD_RELEASES.filter((release) => release.id !== (JSON.parse(deleted) as { id: string }).id);
    await writeBundle(expected, { title: 'x', taxonomy: WORLD_TAXONOMY, releases: kept, synthetic: true });
    expect(await readFile(join(dir, 'releases.jsonl'), 'utf8')).toBe(
      await readFile(join(expected, 'releases.jsonl'), 'utf8'),
    );
    expect((await loadBundle(dir)).problems).toEqual([]);
  });

  it('stops with one line naming the path when the bundle is missing or a fixed path is wrong', async () => {
    const missing = join(await tempDir(), 'nowhere');
    expect(await runCommand(['--bundle', missing, 'compact'])).toMatchObject({
      code: 1,
      stderr: `osce-tui: bundle folder not found: ${missing} (give --bundle DIR or set OSCE_TUI_BUNDLE)\n`,
    });
    const dir = await copyFixture();
    await mkdir(join(dir, '.osce-tui-import.lock'));
    const run = await runCommand(['--bundle', dir, 'compact']);
    expect(run).toMatchObject({
      code: 1,
      stderr: `osce-tui: ${join(dir, '.osce-tui-import.lock')} is a folder, not the import lock file; remove it and run again\n`,
    });
  });

  it('summarises for people', () => {
    const shape = { files: 3, releases: 12, bytes: 7000 };
    expect(
      compactSummary({ bundle: '/b', changed: true, before: shape, after: { files: 1, releases: 12, bytes: 6900 } }),
    ).toEqual([
      'Compacted /b',
      '  before: 3 files, 12 releases, 7000 bytes',
      '  after:  1 file, 12 releases, 6900 bytes',
    ]);
  });
});
