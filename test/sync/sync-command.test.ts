import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { withEnvironment } from '../commands/environment.js';
import { runCommand } from '../commands/run-command.js';
import { FixtureSite, inventArticles } from './fixture-site.js';
import { tempFolders } from './sync-helpers.js';

describe('osce-tui sync (the command)', () => {
  let site: FixtureSite;
  let folders: Awaited<ReturnType<typeof tempFolders>>;
  beforeEach(async () => {
    site = await new FixtureSite(inventArticles(12)).start();
    folders = await tempFolders();
  });
  afterEach(async () => {
    await site.stop();
    await folders.dispose();
  });

  const run = (args: string[]) =>
    withEnvironment(
      { env: { OSCE_TUI_CACHE_DIR: folders.cacheDir, OSCE_TUI_SYNC_DELAY_MS: '0', OSCE_TUI_SYNC_BASE_URL: undefined } },
      () => runCommand(['sync', '--bundle', folders.bundleDir, '--source', 'press-releases', ...args]),
    );

  it('prints a JSON report with the counts, the skipped URLs and why it stopped', async () => {
    const result = await run(['--base-url', site.url, '--json']);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(Object.keys(report)).toEqual([
      'bundle',
      'base',
      'dryRun',
      'requests',
      'new',
      'updated',
      'unchanged',
      'skipped',
      'warnings',
      'stoppedBecause',
      'resumable',
    ]);
    expect(report.new).toHaveLength(12);
    expect(report.stoppedBecause).toBe('done');
  });

  it('takes the mirror from OSCE_TUI_SYNC_BASE_URL and writes nothing with --dry-run', async () => {
    const result = await withEnvironment(
      { env: { OSCE_TUI_CACHE_DIR: folders.cacheDir, OSCE_TUI_SYNC_DELAY_MS: '0', OSCE_TUI_SYNC_BASE_URL: site.url } },
      () => runCommand(['sync', '--bundle', folders.bundleDir, '--source', 'press-releases', '--dry-run']),
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /^Dry run \(nothing written\): read http:\/\/127\.0\.0\.1:\d+ into .*: 15 requests\n {2}12 new, 0 updated, 0 unchanged, 0 skipped, 0 warnings\n$/,
    );
    expect(existsSync(folders.bundleDir)).toBe(false);
  });

  it('says in one line that there is no network, with exit code 3, at once', async () => {
    await site.stop();
    const started = Date.now();
    const result = await run(['--base-url', site.url]);
    expect(result.code).toBe(3);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(
      /^osce-tui: no network: cannot reach 127\.0\.0\.1:\d+ \(ECONNREFUSED[^\n]*; nothing was changed\n$/,
    );
    expect(Date.now() - started).toBeLessThan(5000);
    site = await new FixtureSite([]).start();
  });

  it('ends with exit code 4 and says how to go on when the site refuses (403)', async () => {
    site.faults.set('/press-releases/item-3', (_request, response) => {
      response.writeHead(403);
      response.end();
    });
    const result = await run(['--base-url', site.url]);
    expect(result.code).toBe(4);
    expect(result.stderr).toContain(
      '(403 Forbidden); everything fetched is kept: run osce-tui sync again later to go on',
    );
    expect(existsSync(join(folders.bundleDir, 'manifest.json'))).toBe(true);
  });

  it('refuses an unknown source, a date without a year and a bad limit as usage errors', async () => {
    expect((await run(['--source', 'blog'])).stderr).toContain(
      '--source must be one of press-releases, fom, smm, odihr, all; got "blog"',
    );
    expect((await run(['--since', 'June'])).code).toBe(2);
    expect((await run(['--max-requests', '0'])).code).toBe(2);
    expect((await run(['--base-url', 'ftp://mirror.invalid'])).code).toBe(2);
  });
});
