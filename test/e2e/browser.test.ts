import { execFileSync, spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { assertBuiltCliFresh } from '../helpers/built-cli.js';
import { HOME_FRAME, TmuxSession } from './tmux-session.js';

// End-to-end: the built dist/cli.js in a real terminal (tmux), on the default bundle data/bundle.

let session: TmuxSession | undefined;

beforeAll(assertBuiltCliFresh);

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
    await session.waitFor(HOME_FRAME);
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
    await session.waitFor(HOME_FRAME);
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
    await session.startAndWait('--home');
    session.text('jjj');
    await session.waitFor(/^› Countries/m);
    session.text('/kosovo');
    await session.waitFor('Search: kosovo▏');
    // The row Enter opens is marked while the box has focus.
    await session.waitFor(/^› +Kosovo$/m);
    // Esc and a sign in one read: Ink alone would drop the Esc.
    session.keys('Escape', '?');
    await session.waitFor(/^Home › Help\n/);
    session.keys('Escape', 'Escape');
    await session.waitFor(HOME_FRAME);
    await session.quitWith('q');
  }, 120_000);

  it('reflows at once when the window is resized, shows a notice below 40×12, and recovers', async () => {
    session = new TmuxSession(80, 24);
    await session.startAndWait();
    session.keys('Down', 'Down', 'Down', 'Enter');
    await session.waitFor('Home › Countries');
    session.resize(50, 16);
    const narrow = await session.waitFor(
      (s) => s.includes('Home › Countries') && widest(s) <= 50 && /\d+\/\d+\s*$/m.test(s),
    );
    expect(narrow).toContain('Participating States');
    expect(narrow).toMatch(/^› Countries — overview and all releases\s+\d+$/m);
    session.resize(40, 12);
    await session.waitFor(/^› Overview and all releases\s+\d+$/m);
    session.resize(30, 10);
    await session.waitFor('terminal too small: 40×12');
    session.resize(10, 5);
    await session.waitFor(/^too small:\n40×12\n/);
    session.resize(40, 12);
    await session.waitFor((s) => s.includes('Home › Countries') && !s.includes('too small'));
    session.resize(100, 30);
    await session.waitFor((s) => s.includes('Home › Countries') && /Participating States\s{10,}/.test(s));
    await session.quitWith('C-c');
  }, 120_000);

  it('osce-tui open NAME starts on the entity page; Back walks up its menus', async () => {
    session = new TmuxSession(80, 24);
    await session.startAndWait('open italy', { frame: 'Home › Countries › Participating States › Italy' });
    session.keys('Escape');
    await session.waitFor(/› Italy/);
    session.keys('q');
    await session.waitFor(/Home › Countries\n/);
    session.keys('q');
    await session.waitFor(HOME_FRAME);
    await session.quitWith('q');
  }, 120_000);

  it('osce-tui open forgives a slip: one close name opens, several give a choice, far-off names fail with suggestions', async () => {
    session = new TmuxSession(80, 24);
    await session.startAndWait('open italx', { frame: 'Home › Countries › Participating States › Italy' });
    await session.quitWith('C-c');
    await session.startAndWait('open kosvo', {
      frame: /Several entries match “kosvo”\n› Kosovo \(Place\)\s+\d+\n {2}Mission in Kosovo/,
    });
    session.keys('Down', 'Enter');
    await session.waitFor('Mission in Kosovo · Field operation');
    // The choice leads where `open "mission in kosovo"` would, and Back walks up the menus.
    expect(session.screen()).toMatch(/^Home › Structures and institutions › Field operations › Mission in Kosovo\n/);
    session.keys('Escape');
    await session.waitFor(/^Home › Structures and institutions › Field operations\n/);
    await session.quitWith('C-c');
    session.start('open albnai');
    const suggested = await session.exited(1);
    expect(suggested).toMatch(/did you mean: Albania/);
    expect(suggested).not.toContain('Latest releases');
    session.start('open zzqx');
    expect(await session.exited(1)).toContain('osce-tui taxonomy');
  }, 120_000);

  it('draws without colour under NO_COLOR and --no-color, marking the selection with a symbol', async () => {
    session = new TmuxSession(80, 24);
    await session.startAndWait();
    expect(session.styledScreen()).toMatch(/\u001b\[[0-9;]*3\dm/);
    await session.quitWith('q');
    // --home: each run starts with the first row selected, whatever the last one left.
    for (const [args, env] of [
      ['--home', 'NO_COLOR=1'],
      ['--home --no-color', ''],
    ] as const) {
      await session.startAndWait(args, { env });
      session.keys('Down');
      const plain = await session.waitFor(/^> Search/m);
      expect(plain).toMatch(/^ {2}Latest releases/m);
      expect(session.styledScreen()).not.toMatch(/\u001b\[[0-9;]*[34]\dm/);
      session.keys('Enter');
      session.text('kosovo');
      await session.waitFor(/^> +\[Kosovo\]$/m);
      session.keys('Escape');
      await session.waitFor(HOME_FRAME);
      await session.quitWith('q');
    }
  }, 120_000);

  it('names in the status bar only keys that act on the screen', async () => {
    session = new TmuxSession(80, 24);
    await session.startAndWait('--home');
    // The default bundle's start-up warning (a small bundle) holds the status line until a key:
    // Home (already on the first row) clears it and changes nothing else.
    session.keys('Home');
    await session.waitFor(/^Enter open {2}q quit {2}\? help {2}\/ search\s+1\/\d+$/m);
    session.keys('Enter');
    await session.waitFor(/^Enter open {2}m mark {2}q quit {2}Esc back/m);
    await session.quitWith('C-c');
  }, 120_000);

  it('remembers the reader: bookmark and citation keys, then resume where left unless --home', async () => {
    session = new TmuxSession(80, 24);
    await session.startAndWait();
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
    await session.quitWith('C-c');
    // The article as it was left; its last line may be the status bar or, once it arrives, the
    // notice on the one-release bundle, so the wait is for the text, not for either of them.
    const top = (screen: string) => screen.split('\n').slice(0, 20).join('\n');
    // Times out, showing the screen, unless the reader is back where they left.
    await session.startAndWait('', { frame: (screen) => top(screen) === top(left) });
    await session.quitWith('C-c');
    const home = await session.startAndWait('--home');
    expect(home).toMatch(/Bookmarks\s+releases and entries\s+1/);
    expect(home).toMatch(/Recently read\s+1/);
    await session.quitWith('q');
  }, 120_000);

  it('leaves the terminal as it was and explains a bundle it cannot open', async () => {
    session = new TmuxSession(80, 24);
    session.start('--bundle /nonexistent-osce-bundle');
    expect(await session.exited(1)).toMatch(/osce-tui: .*nonexistent-osce-bundle/);
  }, 60_000);

  it('opens a bundle with bad lines on every valid release and says on the notice line that it has problems', async () => {
    session = new TmuxSession(80, 24);
    const bundle = join(session.stateDir, 'bundle');
    cpSync('data/bundle', bundle, { recursive: true });
    appendFileSync(join(bundle, 'releases.jsonl'), '{"id":5,"title":null}\nnot json\n');
    const home = await session.startAndWait(`--home --bundle ${bundle}`, {
      frame: /Warning: bundle has 8 problems \(first at releases\.jsonl:2\)/,
    });
    expect(home).toMatch(/^OSCE news and press releases · 1 release$/m);
    await session.quitWith('q');
  }, 60_000);

  it('exits 0 right after the first frame with the benchmark switch', async () => {
    session = new TmuxSession(80, 24);
    session.start('', 'OSCE_TUI_EXIT_AFTER_FIRST_FRAME=1');
    await session.exited(0);
  }, 60_000);
});

describe('without a terminal', () => {
  it('prints a hint about the print commands and exits 1 instead of drawing', () => {
    const result = spawnSync('node', ['dist/cli.js'], {
      encoding: 'utf8',
      input: '',
      env: { ...process.env, OSCE_TUI_CACHE_DIR: '/nonexistent-osce-e2e' },
    });
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('needs a terminal');
    expect(result.stderr).toMatch(/show .*search .*taxonomy .*stats .*list .*lookup/);
  });
});

describe.skipIf(!hasTmux)('the browser while its bundle changes', () => {
  it('shows an import that lands while it is open, then survives the bundle vanishing', async () => {
    session = new TmuxSession(80, 24);
    const bundle = join(session.stateDir, 'bundle');
    cpSync('data/bundle', bundle, { recursive: true });
    const home = await session.startAndWait(`--bundle ${bundle}`, { frame: HOME_FRAME });
    const before = Number(/Latest releases\s+(\d+)/.exec(home)![1]);

    // What an import writes in bundle format v2: one new segment, renamed into place.
    const first = JSON.parse(readFileSync(join(bundle, 'releases.jsonl'), 'utf8').split('\n', 1)[0]!) as Record<
      string,
      unknown
    >;
    const added = {
      ...first,
      id: 'invented-release-added-while-open',
      title: 'Invented release added while the browser is open',
    };
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
