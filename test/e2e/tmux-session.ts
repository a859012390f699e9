import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

let counter = 0;

/** What a screen is waited for: text it contains, a pattern, or a test. */
export type Expected = string | RegExp | ((screen: string) => boolean);

/** The browser's Home as its first line shows it. */
export const HOME_FRAME = /^Home\n/;

/**
 * A real terminal for end-to-end tests: a detached tmux session on its own server socket,
 * running a plain shell, driven with send-keys and read with capture-pane. Waiting is always
 * polling the screen for expected text, never a fixed sleep.
 */
export class TmuxSession {
  readonly socket = `osce-e2e-${process.pid}-${++counter}`;
  /** Temporary cache and config folders: the tests never touch the real ones. */
  readonly stateDir = mkdtempSync(join(tmpdir(), 'osce-e2e-'));

  constructor(columns = 80, rows = 24) {
    this.tmux(
      'new-session',
      '-d',
      '-s',
      'e2e',
      '-x',
      String(columns),
      '-y',
      String(rows),
      'PS1="e2e$ " bash --norc --noprofile',
    );
    this.tmux('set-option', '-g', 'status', 'off');
  }

  /** The command line that runs the built program with isolated state, for typing into the shell. */
  programCommand(args = '', env = ''): string {
    const cache = join(this.stateDir, 'cache');
    const config = join(this.stateDir, 'config');
    return `env OSCE_TUI_CACHE_DIR=${cache} OSCE_TUI_CONFIG_DIR=${config} ${env} node dist/cli.js ${args}`
      .replace(/\s+/g, ' ')
      .trim();
  }

  private starts = 0;

  /**
   * Starts the program on a cleared screen with isolated state; the shell prints
   * `EXITED-<code> (run N)` once it ends (see exited). The run number tells this run's end from
   * the previous one's, still on screen until the shell gets to `clear`.
   */
  start(args = '', env = ''): void {
    this.starts += 1;
    this.run(`clear; ${this.programCommand(args, env)}; echo "EXITED-$? (run ${this.starts})"`);
  }

  /** Starts the program and waits for its first frame: Home unless told otherwise. */
  async startAndWait(
    args = '',
    { env = '', frame = HOME_FRAME }: { env?: string; frame?: Expected } = {},
  ): Promise<string> {
    this.start(args, env);
    return this.waitFor(frame);
  }

  /** Waits until the program started with start() has ended with this exit code. */
  exited(code = 0): Promise<string> {
    return this.waitFor(`EXITED-${code} (run ${this.starts})`);
  }

  /** Presses a key that ends the program (q at Home, C-c anywhere) and waits for exit code 0. */
  quitWith(key: 'q' | 'C-c'): Promise<string> {
    this.keys(key);
    return this.exited(0);
  }

  /** Types a line into the shell and presses Enter. */
  run(line: string): void {
    this.tmux('send-keys', '-t', this.target, '-l', line);
    this.tmux('send-keys', '-t', this.target, 'Enter');
  }

  /** Sends named keys (tmux names: Down, Enter, Escape, PageDown, C-c...). */
  keys(...names: string[]): void {
    this.tmux('send-keys', '-t', this.target, ...names);
  }

  /** Sends literal text. */
  text(text: string): void {
    this.tmux('send-keys', '-t', this.target, '-l', text);
  }

  /** The visible screen as plain text. */
  screen(): string {
    return this.tmux('capture-pane', '-p', '-t', this.target);
  }

  /** The visible screen with its colour and style escapes. */
  styledScreen(): string {
    return this.tmux('capture-pane', '-p', '-e', '-t', this.target);
  }

  /** The screen plus the scrollback. */
  history(): string {
    return this.tmux('capture-pane', '-p', '-S', '-', '-t', this.target);
  }

  /** Resizes the window, as a user dragging the terminal's corner would. */
  resize(columns: number, rows: number): void {
    this.tmux('resize-window', '-t', this.target, '-x', String(columns), '-y', String(rows));
  }

  /** Polls the screen until it matches; throws with the last screen when time runs out. */
  async waitFor(expected: Expected, timeoutMs = 15_000): Promise<string> {
    const test =
      typeof expected === 'function'
        ? expected
        : (s: string) => (typeof expected === 'string' ? s.includes(expected) : expected.test(s));
    const deadline = Date.now() + timeoutMs;
    let last = '';
    while (Date.now() < deadline) {
      last = this.screen();
      if (test(last)) return last;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`timed out waiting for ${String(expected)}; the screen was:\n${last}`);
  }

  close(): void {
    try {
      this.tmux('kill-server');
    } catch {
      // already gone
    }
    rmSync(this.stateDir, { recursive: true, force: true });
  }

  private get target(): string {
    return 'e2e';
  }

  private tmux(...args: string[]): string {
    return execFileSync('tmux', ['-L', this.socket, ...args], { encoding: 'utf8', cwd: process.cwd() });
  }
}
