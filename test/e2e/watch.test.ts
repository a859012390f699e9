import { spawnSync } from 'node:child_process';
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, it } from 'vitest';
import { assertBuiltCliFresh } from '../helpers/built-cli.js';
import { TmuxSession } from './tmux-session.js';

// End-to-end: watch an entity in the built browser, import a page that matches it, see "1 new".

let session: TmuxSession | undefined;

// npm test builds dist/ first; a test building it again would pull chunks from under the others.
beforeAll(() => {
  assertBuiltCliFresh();
});

afterEach(() => {
  session?.close();
  session = undefined;
});

const hasTmux = spawnSync('tmux', ['-V']).status === 0;
const PAGE = join(import.meta.dirname, '..', 'fixtures', 'pages', 'article-plain-labels.txt');

describe.skipIf(!hasTmux)('a watch in a real terminal', () => {
  it('watches Serbia with w, and after an import of a page about Serbia Home shows "1 new"', async () => {
    session = new TmuxSession(80, 24);
    // A copy of the default bundle: the import writes into it.
    const bundle = join(session.stateDir, 'bundle');
    cpSync('data/bundle', bundle, { recursive: true });
    await session.startAndWait(`--bundle ${bundle} open serbia`, { frame: 'Serbia · Participating State' });
    session.keys('w');
    await session.waitFor('Watching 1: Serbia');
    session.keys('C-c');
    await session.exited(0);

    session.start(`--bundle ${bundle} import ${PAGE}`);
    await session.waitFor('1 added');
    await session.exited(0);

    await session.startAndWait(`--bundle ${bundle} --home`, { frame: /› Watched: Serbia +1 new +1\n/ });
    session.keys('Enter');
    await session.waitFor('Volunteers plant two hundred trees');
    session.keys('Escape');
    await session.waitFor(/Watched: Serbia +nothing new +1/);
    await session.quitWith('q');
  }, 90_000);
});
