/**
 * The README is the user's and developer's manual: its key tables are generated from the keymap
 * (`UPDATE_README=1 npx vitest run test/commands/readme.test.ts` rewrites them), and its command
 * examples run on the default bundle with the exit codes they show.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openUserState } from '../../src/state/user-state.js';
import { BINDINGS, CONTEXT_TITLES, type KeyContext } from '../../src/ui/keymap.js';
import { runCommand } from './run-command.js';

const README = join(import.meta.dirname, '..', '..', 'README.md');
const BEGIN = '<!-- keys:begin (generated from src/ui/keymap.ts by test/commands/readme.test.ts) -->';
const END = '<!-- keys:end -->';

/** The key tables as Markdown, one table per context in the keymap's order. */
function keysMarkdown(): string {
  const contexts = [...new Set(BINDINGS.map((binding) => binding.context))] as KeyContext[];
  return contexts
    .flatMap((context) => [
      `**${CONTEXT_TITLES[context]}**`,
      '',
      '| keys | what they do |',
      '| --- | --- |',
      ...BINDINGS.filter((binding) => binding.context === context).map(
        (binding) => `| ${binding.keys.map((key) => `\`${key.label}\``).join(' ')} | ${binding.help} |`,
      ),
      '',
    ])
    .join('\n');
}

describe('README.md', () => {
  it('lists every key binding exactly as src/ui/keymap.ts declares it', async () => {
    const readme = await readFile(README, 'utf8');
    const start = readme.indexOf(BEGIN);
    const end = readme.indexOf(END);
    expect(start, 'the README has the keys markers').toBeGreaterThan(-1);
    expect(end).toBeGreaterThan(start);
    const generated = `${BEGIN}\n\n${keysMarkdown()}${END}`;
    if (process.env.UPDATE_README === '1') {
      await writeFile(README, readme.slice(0, start) + generated + readme.slice(end + END.length));
      return;
    }
    expect(readme.slice(start, end + END.length)).toBe(generated);
  });

  describe('command examples', () => {
    let configDir = '';
    let cacheDir = '';
    const saved = { config: process.env.OSCE_TUI_CONFIG_DIR, cache: process.env.OSCE_TUI_CACHE_DIR };
    beforeAll(async () => {
      configDir = await mkdtemp(join(tmpdir(), 'osce-tui-readme-config-'));
      cacheDir = await mkdtemp(join(tmpdir(), 'osce-tui-readme-cache-'));
      process.env.OSCE_TUI_CONFIG_DIR = configDir;
      process.env.OSCE_TUI_CACHE_DIR = cacheDir;
    });
    afterAll(async () => {
      process.env.OSCE_TUI_CONFIG_DIR = saved.config;
      process.env.OSCE_TUI_CACHE_DIR = saved.cache;
      await rm(configDir, { recursive: true, force: true });
      await rm(cacheDir, { recursive: true, force: true });
    });

    it('run on the default bundle with the exit code they show', async () => {
      const readme = await readFile(README, 'utf8');
      // `$ osce-tui ARGS` lines of the examples; "# exit N" after one says it fails on purpose.
      const examples = [...readme.matchAll(/^\$ osce-tui (.*?)(?:\s+# exit (\d))?$/gm)].map((match) => ({
        line: match[1]!,
        code: Number(match[2] ?? 0),
      }));
      const runnable = examples.filter(
        ({ line }) =>
          !/^(open\b|import\b|--bundle\b)|--output|[|<>]|^$/.test(line) && !/^(--no-color\s+)?(--home)?$/.test(line),
      );
      expect(runnable.length).toBeGreaterThanOrEqual(20);
      // The bookmarks example shows one release and one institution.
      const state = openUserState({ configDir });
      state.bookmarks.add({ kind: 'release', id: 'r-a3db3a90292ef42d' });
      state.bookmarks.add({ kind: 'entity', id: 'institution:odihr' });
      for (const { line, code } of runnable) {
        const run = await runCommand(shellWords(line));
        expect({ line, code: run.code, stderr: code === 0 ? run.stderr : '' }).toEqual({ line, code, stderr: '' });
        if (code === 0) expect(run.stdout.length, line).toBeGreaterThan(0);
        if (code === 0 && line.includes('--json')) expect(() => JSON.parse(run.stdout), line).not.toThrow();
      }
    }, 60_000);
  });
});

/** Splits a command line the way a POSIX shell does for plain words, '…' and "…" (also inside a word). */
function shellWords(line: string): string[] {
  const words: string[] = [];
  let word: string | undefined;
  let quote: string | undefined;
  for (const char of line) {
    if (quote) {
      if (char === quote) quote = undefined;
      else word += char;
    } else if (char === "'" || char === '"') {
      quote = char;
      word ??= '';
    } else if (/\s/.test(char)) {
      if (word !== undefined) words.push(word);
      word = undefined;
    } else word = (word ?? '') + char;
  }
  if (word !== undefined) words.push(word);
  return words;
}
