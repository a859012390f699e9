import chalk from 'chalk';
import { type Instance, render } from 'ink';
import type { ReactElement } from 'react';
import { bundleNoticeText } from '../catalog/bundle-problems.js';
import { type BundleWatcher, watchBundle } from '../catalog/bundle-watcher.js';
import { openCatalog } from '../catalog/open-catalog.js';
import type { SqliteCatalog } from '../catalog/sqlite-catalog.js';
import type { Catalog } from '../catalog/types.js';
import { UserError } from '../cli/errors.js';
import { resolveBundleDir } from '../cli/paths.js';
import { announceStartDone } from '../cli/start-done.js';
import { insideTmux, osc52Copy, terminalSupportsHyperlinks } from '../state/terminal-links.js';
import { openUserState } from '../state/user-state.js';
import { newestFirst, syncNotices } from '../sync/sync-notice.js';
import { readSyncRecord } from '../sync/sync-record.js';
import { chalkLevel, colourLevel } from '../system/colour-support.js';
import { createNameMatcher } from '../taxonomy/name-matcher.js';
import { clean, oneLine } from '../text/labels.js';
import { App } from '../ui/app.js';
import { LoadingView } from '../ui/components/loading-view.js';
import { holdKeysWhileLoading } from '../ui/input/hold-keys-while-loading.js';
import type { Screen } from '../ui/navigation.js';
import { createResumeSaver } from '../ui/resume-saver.js';
import { resumeOrHome } from '../ui/resume-stack.js';
import { entityChoice } from '../ui/screens/picker/pickers.js';
import { stackForEntry } from '../ui/screens/start-screens.js';
import { enterAlternateScreen } from '../ui/terminal-screen.js';
import { chooseTheme } from '../ui/theme.js';
import { type TerminalActions, userStoreFrom, WarningFeed } from '../ui/user-store.js';

const NOT_A_TTY_HINT = `osce-tui: the browser needs a terminal (stdin and stdout must be a TTY).
For scripts and pipes use the print commands:
  osce-tui show ID · search QUERY · taxonomy · stats · list · lookup NAME
Run osce-tui --help for details.
`;

/** How the browser starts, from the command line. */
export interface BrowseOptions {
  bundle?: string;
  color: boolean;
  /** `osce-tui open NAME`: start on this entry. */
  name?: string;
  /** Start at Home instead of where the reader left. */
  home?: boolean;
}

/** Runs the full-screen browser until the user quits. */
export async function runBrowser(options: BrowseOptions): Promise<void> {
  if (!process.stdout.isTTY || !process.stdin.isTTY) {
    process.stderr.write(NOT_A_TTY_HINT);
    process.exitCode = 1;
    return;
  }
  const bundleDir = resolveBundleDir(options.bundle);
  const level = colourLevel({ env: process.env, isTTY: true, wanted: options.color });
  const theme = chooseTheme(level);
  // Ink styles text through chalk, which set its own level when it loaded, from supports-color:
  // that turns colour off wherever a CI variable is set, or for a TERM it does not know, and the
  // colour theme would then draw with no styles at all (its search matches invisible). Ink's
  // chalk is this one (one copy in node_modules and in the bundle), so it draws what the theme assumes.
  chalk.level = chalkLevel(level);
  const exitAfterFirstFrame = process.env.OSCE_TUI_EXIT_AFTER_FIRST_FRAME === '1';

  // Warnings of the user state go to the notice line: stderr would write over the frame.
  const warnings = new WarningFeed();
  const userState = openUserState({ onWarning: warnings.push });
  const syncRecord = await readSyncRecord(bundleDir);
  // Known once the catalog is open (to order them by date); the first frame comes after that.
  let newSinceSync: readonly string[] = [];
  const user = userStoreFrom(userState, () => newSinceSync);
  const saver = createResumeSaver(user);
  const terminal: TerminalActions = {
    // Inside tmux both forms go out: the plain one for `set-clipboard on`, the wrapped one for
    // `allow-passthrough on`; tmux ignores whichever its settings do not take.
    copyToClipboard: (text) =>
      process.stdout.write(osc52Copy(text) + (insideTmux() ? osc52Copy(text, { tmuxPassthrough: true }) : '')),
    hyperlinks: terminalSupportsHyperlinks(),
  };

  const leaveAlternateScreen = enterAlternateScreen(process.stdout);
  // Ink starts with the first thing worth drawing: the progress bar when the index has to be
  // built, else straight the browser (an "Opening…" frame would only cost time at start).
  let instance: Instance | undefined;
  const show = (node: ReactElement): Instance => {
    if (instance) instance.rerender(node);
    else instance = render(node, { exitOnCtrlC: false });
    return instance;
  };
  let catalog: SqliteCatalog | undefined;
  let watcher: BundleWatcher | undefined;
  const stopHoldingKeys = holdKeysWhileLoading(process.stdin, () => process.kill(process.pid, 'SIGINT'));
  try {
    catalog = await openCatalog(bundleDir, {
      onProgress: (done, total) => show(<LoadingView done={done} total={total} />),
      onWarning: warnings.push,
    });
    stopHoldingKeys();
    // Imports landing while the browser is open show up in place (see watchBundle).
    watcher = watchBundle(bundleDir, catalog);
    const opened = catalog;
    newSinceSync = newestFirst(syncRecord?.added ?? [], (id) => opened.get(id));
    const initialStack =
      options.name !== undefined ? startStack(catalog, options.name) : resumeOrHome(catalog, user, options.home);
    // Ink holds a frame that follows another by less than its throttle (~33 ms): the browser's first
    // frame after the progress bar may not be on the terminal when its effects run.
    const afterProgress = instance !== undefined;
    const app = show(
      <App
        catalog={catalog}
        theme={theme}
        initialStack={initialStack}
        onFirstFrame={() => {
          announceStartDone();
          if (!exitAfterFirstFrame) return;
          // Unmounting writes the held frame (and costs a final layout, only on this path).
          if (afterProgress) instance?.unmount();
          exitAtOnce(leaveAlternateScreen);
        }}
        onStackChange={saver.schedule}
        user={user}
        terminal={terminal}
        warnings={warnings}
        catalogFeed={watcher}
      />,
    );
    tellBundleProblems(bundleDir, catalog, warnings);
    for (const notice of syncNotices(syncRecord, catalog.totalReleases, Date.now())) warnings.tell(notice);
    await app.waitUntilExit();
    saver.flush();
  } catch (error) {
    stopHoldingKeys();
    instance?.unmount();
    throw error instanceof UserError
      ? error
      : new UserError(`cannot open the bundle at ${bundleDir}: ${(error as Error).message}`);
  } finally {
    instance?.cleanup();
    if (process.stdin.isRaw) process.stdin.setRawMode(false);
    // Keys were read from the start (holdKeysWhileLoading); when Ink never took over (an error),
    // the open terminal stream must not keep the process alive.
    process.stdin.unref();
    leaveAlternateScreen();
    watcher?.stop();
    catalog?.close();
  }
}

// The index holds only the valid releases, so a bundle with bad lines would open as if all were
// fine; the check runs once the browser is up and its outcome reaches the notice line.
function tellBundleProblems(bundleDir: string, catalog: SqliteCatalog, warnings: WarningFeed): void {
  bundleNoticeText(bundleDir, catalog).then(
    (text) => {
      if (text !== undefined) warnings.push(text);
    },
    // The catalog opened, so the browser is usable; a check that fails has nothing to add.
    () => undefined,
  );
}

// The benchmark switch measures start to first frame. The frame is on the terminal by the time
// effects run (TTY writes are synchronous). process.exit() would run Ink's exit hook, which
// unmounts and lays out and diffs the whole screen once more (~45 ms, cold code) only to find
// nothing changed. Node's own last exit step skips the hooks (and still restores the terminal
// mode); it is taken now, before Ink's signal-exit replaces it with a version that runs them.
const exitWithoutHooks = (process as unknown as { reallyExit?: (code: number) => never }).reallyExit;

function exitAtOnce(leaveAlternateScreen: () => void): void {
  leaveAlternateScreen();
  if (typeof exitWithoutHooks === 'function') exitWithoutHooks.call(process, 0);
  process.exit(0);
}

/** The stack to start with: Home, or the entry `open NAME` names (a choice when several match). */
function startStack(catalog: Catalog, name: string | undefined): Screen[] {
  if (name === undefined) return [];
  // A person typed this: a slip ("kosvo", "italx") still finds the entry.
  const match = createNameMatcher(catalog.taxonomy).resolve(name, { typos: true });
  if (match.status === 'exact' && match.entries[0]) return stackForEntry(catalog, match.entries[0].id);
  if (match.status === 'ambiguous') {
    return [
      entityChoice(
        catalog,
        `Several entries match “${clean(name)}”`,
        match.entries.map((entry) => entry.id),
      ),
    ];
  }
  const suggestions = match.suggestions.map((entry) => oneLine(entry.name));
  throw new UserError(
    `nothing in the taxonomy is called “${clean(name)}”` +
      (suggestions.length > 0
        ? `; did you mean: ${suggestions.join(', ')}?`
        : '; try `osce-tui taxonomy` for the names'),
  );
}
