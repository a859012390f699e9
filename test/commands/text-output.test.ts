import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { writeBundle } from '../../src/bundle/write-bundle.js';
import { openUserState } from '../../src/state/user-state.js';
import { useTempDirs } from '../helpers/temp-dir.js';
import { useCommandFixture } from '../world/command-fixture.js';
import { makeRelease } from '../world/make.js';
import { WORLD_TAXONOMY } from '../world/world.js';
import { FIXTURE_BUILT_AT, FIXTURE_BUNDLE_DIR } from '../world/world-bundle.js';
import { withEnvironment } from './environment.js';
import { runCommand } from './run-command.js';

const fixture = useCommandFixture();
const ESCAPE = '\u001b';
// Every command that prints plain text, with arguments that give it something to print.
const TEXT_COMMANDS = [
  ['list'],
  ['lookup', 'freedonia'],
  ['bookmarks'],
  ['config', 'list'],
  ['show', 'cx-01'],
  ['taxonomy'],
  ['taxonomy', '--ids'],
  ['stats'],
];

async function runEach(): Promise<{ args: string[]; stdout: string; code: number }[]> {
  openUserState({ configDir: fixture.configDir }).bookmarks.add({ kind: 'release', id: 'cx-01' });
  const runs = [];
  for (const args of TEXT_COMMANDS) runs.push({ args, ...(await runCommand(['--bundle', fixture.bundle, ...args])) });
  return runs;
}

// An id is never cut (grep must find it whole): a line that is only an id may be wider.
const widest = (text: string) =>
  Math.max(
    ...text
      .split('\n')
      .filter((line) => !/^\s*\[[^\s\]]+\]$/.test(line))
      .map((line) => stringWidth(line.replace(/\u001b\[\d+m/g, ''))),
  );

describe('plain-text output of every command', () => {
  it('fits 80 columns and has no colour when piped', () =>
    withEnvironment({ isTTY: false, env: { NO_COLOR: undefined, COLUMNS: undefined } }, async () => {
      for (const run of await runEach()) {
        expect(run.code, run.args.join(' ')).toBe(0);
        expect(widest(run.stdout), run.args.join(' ')).toBeLessThanOrEqual(80);
        expect(run.stdout, run.args.join(' ')).not.toContain(ESCAPE);
      }
    }));

  it('fits a 50-column terminal', () =>
    withEnvironment({ isTTY: true, columns: 50, env: { NO_COLOR: undefined, COLUMNS: undefined } }, async () => {
      for (const run of await runEach()) expect(widest(run.stdout), run.args.join(' ')).toBeLessThanOrEqual(50);
    }));

  it('has no colour on a terminal with NO_COLOR set', () =>
    withEnvironment({ isTTY: true, columns: 100, env: { NO_COLOR: '1', COLUMNS: undefined } }, async () => {
      for (const run of await runEach()) expect(run.stdout, run.args.join(' ')).not.toContain(ESCAPE);
    }));
});

describe('text from the bundle', () => {
  it('reaches no output format with its control sequences, not even escaped in JSON', async () => {
    // The shared fixture holds a release whose title and body carry ESC and BEL sequences.
    for (const args of [
      ['list'],
      ['list', '--json'],
      ['export'],
      ['export', '--format', 'markdown'],
      ['show', 'fx-escape-test'],
      ['show', '--json', 'fx-escape-test'],
    ]) {
      const run = await runCommand(['--bundle', FIXTURE_BUNDLE_DIR, ...args]);
      expect(run.code, args.join(' ')).toBe(0);
      expect(run.stdout, args.join(' ')).toContain('Sanitizer check red title done');
      expect(run.stdout, args.join(' ')).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]|\\u00(?:1b|07)/);
    }
  });
});

describe('a bundle whose manifest, content types and names carry control sequences', () => {
  const tempDir = useTempDirs('osce-tui-evil-bundle-');
  const EVIL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]|\\u00(?:1b|07|9b)/;

  async function evilBundle(): Promise<string> {
    const dir = await tempDir();
    const taxonomy = WORLD_TAXONOMY.map((entry) =>
      entry.id === 'state:ruritania'
        ? {
            ...entry,
            name: 'Rurit\u001b[31mania',
            aliases: ['Kingdom of \u001b]0;x\u0007Ruritania'],
            description: 'A \u009b2J place',
          }
        : entry,
    );
    const release = makeRelease({
      id: 'evil-01',
      type: 'Press\u001b[5m release',
      title: 'Invented \u001b]0;pwned\u0007 picnic',
      countries: ['state:ruritania'],
      sources: ['institution:ofia'],
    });
    await writeBundle(dir, {
      title: 'Evil \u001b]0;pwned\u0007 bundle',
      taxonomy,
      releases: [release],
      synthetic: true,
      builtAt: FIXTURE_BUILT_AT,
    });
    return dir;
  }

  it('reaches no command output, text or JSON', async () => {
    const bundle = await evilBundle();
    openUserState({ configDir: fixture.configDir }).bookmarks.add({ kind: 'release', id: 'evil-01' });
    openUserState({ configDir: fixture.configDir }).bookmarks.add({ kind: 'entity', id: 'state:ruritania' });
    const runs = [
      ['stats'],
      ['stats', '--json'],
      ['taxonomy'],
      ['taxonomy', '--json'],
      ['list'],
      ['list', '--json'],
      ['lookup', 'ruritania'],
      ['lookup', '--json', 'ruritania'],
      ['search', 'picnic'],
      ['search', '--json', 'picnic'],
      ['export'],
      ['export', '--json'],
      ['export', '--format', 'markdown'],
      ['show', 'evil-01'],
      ['show', '--json', 'evil-01'],
      ['bookmarks'],
      ['bookmarks', '--json'],
    ];
    for (const args of runs) {
      const run = await runCommand(['--bundle', bundle, ...args]);
      expect(run.code, `${args.join(' ')}: ${run.stderr}`).toBe(0);
      expect(run.stdout, args.join(' ')).not.toMatch(EVIL);
      expect(run.stderr, args.join(' ')).not.toMatch(EVIL);
    }
    const stats = JSON.parse((await runCommand(['--bundle', bundle, 'stats', '--json'])).stdout) as {
      title: string;
      releases: { byType: { type: string }[] };
    };
    expect(stats.title).toBe('Evil  bundle');
    expect(stats.releases.byType[0]!.type).toBe('Press release');
  });
});
