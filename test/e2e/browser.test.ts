import { execFileSync, spawnSync } from 'node:child_process';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { TmuxSession } from './tmux-session.js';

// End-to-end: the built dist/cli.js in a real terminal (tmux), on the default bundle data/bundle.

let session: TmuxSession | undefined;

beforeAll(() => {
  execFileSync('npm', ['run', 'build'], { stdio: 'ignore' });
}, 120_000);

afterEach(() => {
  session?.close();
  session = undefined;
});

const hasTmux = spawnSync('tmux', ['-V']).status === 0;

const widest = (screen: string): number => Math.max(...screen.split('\n').map((line) => [...line].length));

describe.skipIf(!hasTmux)('the browser in a real terminal', () => {
  it('walks Home → Countries → Italy → the seed release, searches in it, goes back and quits cleanly', async () => {
    session = new TmuxSession(80, 24);
    session.run('echo BEFORE-THE-BROWSER');
    await session.waitFor('BEFORE-THE-BROWSER\ne2e$');
    session.run(session.programCommand());
    await session.waitFor(/^Home\n/);
    session.keys('Down', 'Down', 'Down');
    await session.waitFor(/› Countries/);
    session.keys('Enter');
    await session.waitFor('Home › Countries');
    session.keys('Down', 'Enter');
    await session.waitFor('Home › Countries › Participating States');
    for (let i = 0; i < 25; i++) session.keys('Down');
    await session.waitFor(/› Italy\s+\d+/);
    session.keys('Enter');
    await session.waitFor('Italy · Participating State');
    // "•" marks the release unread (a fresh config has read nothing).
    const entity = await session.waitFor(/› • 2017-06-09\s+Press release\s+OSCE pioneering live exercise/);
    expect(entity).toMatch(/[▁▂▃▄▅▆▇█]/);
    session.keys('Enter');
    const top = await session.waitFor('VICENZA, Italy, 9 June 2017');
    expect(top).toMatch(/OSCE pioneering live exercise provides practitioners from 38 States/);
    const startPercent = Number(top.match(/(\d+)%\s*$/m)![1]);

    session.keys('Space');
    await session.waitFor((s) => Number(s.match(/(\d+)%\s*$/m)?.[1]) > startPercent);
    session.keys('j', 'j', 'k');
    session.keys('/');
    await session.waitFor('/▏');
    session.text('Carabinieri');
    await session.waitFor('/Carabinieri▏');
    session.keys('Enter');
    const found = await session.waitFor((s) => /Carabinieri/.test(s) && !s.includes('/Carabinieri▏'));
    expect(found).toMatch(/\d+%\s*$/m);
    session.keys('n');
    await session.waitFor(/Carabinieri/);

    session.keys('Escape');
    await session.waitFor('Italy · Participating State');
    session.keys('Escape');
    await session.waitFor(/› Italy/);
    session.keys('Escape');
    await session.waitFor(/Home › Countries\n/);
    session.keys('Escape');
    await session.waitFor(/^Home\n/);
    session.keys('q');
    const after = await session.waitFor((s) => /^e2e\$\s*$/m.test(s) && !s.includes('Latest releases'));
    // The alternate screen is gone: the shell's own lines are back, the browser left nothing behind.
    expect(after).toContain('BEFORE-THE-BROWSER');
    expect(after).not.toContain('Home');
    expect(session.history()).not.toContain('Latest releases');
    session.run('echo EXIT=$?');
    await session.waitFor('EXIT=0');
  }, 120_000);

  it('acts on every key of a burst that arrives in one read (key repeat, paste, send-keys)', async () => {
    session = new TmuxSession(80, 24);
    session.run(`${session.programCommand('--home')}; echo EXITED-$?`);
    await session.waitFor(/^Home\n/);
    session.text('jjj');
    await session.waitFor(/^› Countries/m);
    session.text('/kosovo');
    await session.waitFor('Search: kosovo▏');
    await session.waitFor(/Mission in Kosovo/);
    session.keys('C-c');
    await session.waitFor('EXITED-0');
  }, 120_000);

  it('reflows at once when the window is resized, shows a notice below 40×12, and recovers', async () => {
    session = new TmuxSession(80, 24);
    session.run(`${session.programCommand()}; echo EXITED-$?`);
    await session.waitFor(/^Home\n/);
    session.keys('Down', 'Down', 'Down', 'Enter');
    await session.waitFor('Home › Countries');
    session.resize(50, 16);
    const narrow = await session.waitFor((s) => s.includes('Home › Countries') && widest(s) <= 50 && /\d+\/\d+\s*$/m.test(s));
    expect(narrow).toContain('Participating States');
    session.resize(30, 10);
    await session.waitFor('terminal too small: 40×12');
    session.resize(10, 5);
    await session.waitFor(/^too small:\n40×12\n/);
    session.resize(40, 12);
    await session.waitFor((s) => s.includes('Home › Countries') && !s.includes('terminal too'));
    session.resize(100, 30);
    await session.waitFor((s) => s.includes('Home › Countries') && /Participating States\s{10,}/.test(s));
    session.keys('C-c');
    await session.waitFor('EXITED-0');
  }, 120_000);

  it('osce-tui open NAME starts on the entity page; Back walks up its menus', async () => {
    session = new TmuxSession(80, 24);
    session.run(`${session.programCommand('open italy')}; echo EXITED-$?`);
    await session.waitFor('Home › Countries › Participating States › Italy');
    session.keys('Escape');
    await session.waitFor(/› Italy/);
    session.keys('q');
    await session.waitFor(/Home › Countries\n/);
    session.keys('q');
    await session.waitFor(/^Home\n/);
    session.keys('q');
    await session.waitFor('EXITED-0');
  }, 120_000);

  it('osce-tui open forgives a slip: one close name opens, several give a choice, far-off names fail with suggestions', async () => {
    session = new TmuxSession(80, 24);
    session.run(`${session.programCommand('open italx')}; echo EXITED-$?`);
    await session.waitFor('Home › Countries › Participating States › Italy');
    session.keys('C-c');
    await session.waitFor('EXITED-0');
    session.run(`clear; ${session.programCommand('open kosvo')}; echo EXITED-$?`);
    await session.waitFor(/Several entries match “kosvo”\n› Kosovo \(Place\)\s+\d+\n  Mission in Kosovo/);
    session.keys('Down', 'Enter');
    await session.waitFor('Mission in Kosovo · Field operation');
    session.keys('C-c');
    await session.waitFor('EXITED-0');
    session.run(`clear; ${session.programCommand('open albnai')}; echo EXITED-$?`);
    const suggested = await session.waitFor('EXITED-1');
    expect(suggested).toMatch(/did you mean: Albania/);
    expect(suggested).not.toContain('Latest releases');
    session.run(`clear; ${session.programCommand('open zzqx')}; echo EXITED-$?`);
    expect(await session.waitFor('EXITED-1')).toContain('osce-tui taxonomy');
  }, 120_000);

  it('draws without colour under NO_COLOR and --no-color, marking the selection with a symbol', async () => {
    session = new TmuxSession(80, 24);
    session.run(`${session.programCommand()}; echo EXITED-$?`);
    await session.waitFor(/^Home\n/);
    expect(session.styledScreen()).toMatch(/\u001b\[[0-9;]*3\dm/);
    session.keys('q');
    await session.waitFor('EXITED-0');
    for (const command of [session.programCommand('', 'NO_COLOR=1'), session.programCommand('--no-color')]) {
      session.run(`clear; ${command}; echo EXITED-$?`);
      await session.waitFor(/^Home\n/);
      session.keys('Down');
      const plain = await session.waitFor(/^> Search/m);
      expect(plain).toMatch(/^  Latest releases/m);
      expect(session.styledScreen()).not.toMatch(/\u001b\[[0-9;]*[34]\dm/);
      session.keys('q');
      await session.waitFor('EXITED-0');
    }
  }, 120_000);

  it('remembers the reader: bookmark and citation keys, then resume where left unless --home', async () => {
    session = new TmuxSession(80, 24);
    session.run(`${session.programCommand()}; echo EXITED-$?`);
    await session.waitFor(/^Home\n/);
    session.keys('Enter');
    await session.waitFor(/› • 2017-06-09/);
    session.keys('Enter');
    await session.waitFor('VICENZA, Italy, 9 June 2017');
    session.keys('Space');
    await session.waitFor((s) => !s.includes('\nPress release\n'));
    session.keys('m');
    await session.waitFor('★ Bookmarked: OSCE pioneering');
    session.keys('y');
    const left = await session.waitFor('Citation copied to the clipboard');
    session.keys('C-c');
    await session.waitFor('EXITED-0');
    session.run(`clear; ${session.programCommand()}; echo EXITED-$?`);
    const resumed = await session.waitFor(/★ \d+%\s*$/m);
    expect(resumed.split('\n').slice(0, 20)).toEqual(left.split('\n').slice(0, 20));
    session.keys('C-c');
    await session.waitFor('EXITED-0');
    session.run(`clear; ${session.programCommand('--home')}; echo EXITED-$?`);
    const home = await session.waitFor(/^Home\n/);
    expect(home).toMatch(/Bookmarks\s+releases and entries\s+1/);
    expect(home).toMatch(/Recently read\s+1/);
    session.keys('q');
    await session.waitFor('EXITED-0');
  }, 120_000);

  it('leaves the terminal as it was and explains a bundle it cannot open', async () => {
    session = new TmuxSession(80, 24);
    session.run(`${session.programCommand('--bundle /nonexistent-osce-bundle')}; echo EXITED-$?`);
    const screen = await session.waitFor('EXITED-1');
    expect(screen).toMatch(/osce-tui: .*nonexistent-osce-bundle/);
  }, 60_000);

  it('exits 0 right after the first frame with the benchmark switch', async () => {
    session = new TmuxSession(80, 24);
    session.run(`${session.programCommand('', 'OSCE_TUI_EXIT_AFTER_FIRST_FRAME=1')}; echo EXIT=$?`);
    await session.waitFor('EXIT=0');
  }, 60_000);
});

describe('without a terminal', () => {
  it('prints a hint about the print commands and exits 1 instead of drawing', () => {
    const result = spawnSync('node', ['dist/cli.js'], { encoding: 'utf8', input: '', env: { ...process.env, OSCE_TUI_CACHE_DIR: '/nonexistent-osce-e2e' } });
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('needs a terminal');
    expect(result.stderr).toMatch(/show .*search .*taxonomy .*stats .*list .*lookup/);
  });
});
