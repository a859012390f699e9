import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, it } from 'vitest';
import { HOME_FRAME, TmuxSession } from './tmux-session.js';

// End-to-end: the built browser open in a real terminal (tmux) while its bundle changes on disk.

let session: TmuxSession | undefined;

beforeAll(() => {
  execFileSync('npm', ['run', 'build'], { stdio: 'ignore' });
}, 120_000);

afterEach(() => {
  session?.close();
  session = undefined;
});

const hasTmux = spawnSync('tmux', ['-V']).status === 0;

describe.skipIf(!hasTmux)('the browser while its bundle changes', () => {
  it('shows an import that lands while it is open, then survives the bundle vanishing', async () => {
    session = new TmuxSession(80, 24);
    const bundle = join(session.stateDir, 'bundle');
    cpSync('data/bundle', bundle, { recursive: true });
    const home = await session.startAndWait(`--bundle ${bundle}`, { frame: HOME_FRAME });
    const before = Number(/Latest releases\s+(\d+)/.exec(home)![1]);

    // What an import writes in bundle format v2: one new segment, renamed into place.
    const first = JSON.parse(readFileSync(join(bundle, 'releases.jsonl'), 'utf8').split('\n', 1)[0]!) as Record<string, unknown>;
    const added = { ...first, id: 'invented-release-added-while-open', title: 'Invented release added while the browser is open' };
    mkdirSync(join(bundle, 'releases'));
    writeFileSync(join(bundle, 'releases', '.000001.jsonl.tmp'), `${JSON.stringify(added)}\n`);
    execFileSync('mv', [join(bundle, 'releases', '.000001.jsonl.tmp'), join(bundle, 'releases', '000001.jsonl')]);
    await session.waitFor('Bundle updated: 1 new release');
    await session.waitFor(new RegExp(`Latest releases\\s+${before + 1}\\b`));

    rmSync(bundle, { recursive: true, force: true });
    session.keys('Down');
    await session.waitFor('the bundle changed and cannot be read now');
    await session.waitFor(new RegExp(`Latest releases\\s+${before + 1}\\b`));
    await session.quitWith('q');
  }, 60_000);
});
