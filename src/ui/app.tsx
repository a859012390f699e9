import { Box, type Key, Text, useApp } from 'ink';
import { type ReactNode, useEffect, useLayoutEffect, useMemo, useReducer, useRef, useState } from 'react';
import { MAX_ARTICLE_WIDTH } from '../article/layout-article.js';
import type { CatalogFeed } from '../catalog/bundle-watcher.js';
import type { Catalog } from '../catalog/types.js';
import { Line } from './components/line.js';
import { NoticeLine } from './components/notice-line.js';
import { StatusBar } from './components/status-bar.js';
import { useTerminalSize } from './hooks/use-terminal-size.js';
import { useUserState } from './hooks/use-user-state.js';
import { useKeyPresses } from './input/use-key-presses.js';
import { actingHints, type BrowserEnvironment, type BrowserState, pressKey, screenEnvironment } from './key-reducer.js';
import { actionFor, makeKey } from './keymap.js';
import { fitBreadcrumb } from './layout/breadcrumb.js';
import { tooSmallNotice } from './layout/too-small-notice.js';
import { initialNavigation, type NavigationAction, navigate, type Screen, topScreen } from './navigation.js';
import { themeForPreference } from './preference-theme.js';
import { createModelMemo } from './screens/model-memo.js';
import { definitionOf } from './screens/registry.js';
import { needsSearch, searchRequest, wantedReleases } from './screens/search/model.js';
import { applySearchResults, type SearchResultsArrived } from './screens/search/results.js';
import type { Theme } from './theme.js';
import { ThemeContext } from './theme-context.js';
import { UserContext } from './user-context.js';
import type { TerminalActions, UserStore, WarningFeed } from './user-store.js';

/** The smallest terminal the browser lays itself out in. */
export const MIN_COLUMNS = 40;
export const MIN_ROWS = 12;

/** Props of the browser. */
export interface AppProps {
  catalog: Catalog;
  theme: Theme;
  /** The stack to start with (`osce-tui open NAME`); Home is added when missing. */
  initialStack?: Screen[];
  /** Called once the first frame is on the screen (the start-up benchmark switch). */
  onFirstFrame?: () => void;
  /** Called after every navigation with the new stack (plain data), e.g. to save it for resuming. */
  onStackChange?: (stack: readonly Screen[]) => void;
  /** The reader's bookmarks, read marks, history and preferences; without it none are shown. */
  user?: UserStore;
  /** Clipboard and links (`y`, `o`). */
  terminal?: TerminalActions;
  /** Warnings of the user state, shown as a notice line. */
  warnings?: WarningFeed;
  /** Newer catalogs as the bundle changes on disk: shown in place, with a notice of what changed. */
  catalogFeed?: CatalogFeed;
}

/** What changes the browser's state: navigation, arrived search results, or a key pressed in an environment. */
type AppEvent =
  | NavigationAction
  | SearchResultsArrived
  | { type: 'key'; input: string; key: Key; env: BrowserEnvironment };

function reduceApp(current: BrowserState, event: AppEvent): BrowserState {
  if (event.type === 'key') return pressKey(event.env, current, event.input, event.key);
  if (event.type === 'search-results') return applySearchResults(current, event);
  return navigate(current, event);
}

const ENTER_KEY: Key = makeKey({ return: true });

/**
 * The browser's root: one navigation state, one input handler, and a frame of breadcrumb,
 * the top screen's view and the status bar. Keys are handled inside the reducer so a burst
 * of keys (a paste, a fast typist) always acts on the latest state.
 */
export function App({
  catalog: firstCatalog,
  theme: forcedTheme,
  initialStack = [],
  onFirstFrame,
  onStackChange,
  user,
  terminal,
  warnings,
  catalogFeed,
}: AppProps): ReactNode {
  const { exit } = useApp();
  const [catalog, setCatalog] = useState(firstCatalog);
  const [bundleNotice, setBundleNotice] = useState<string | undefined>();
  const size = useTerminalSize();
  const columns = size.columns;
  // One line is left free below the frame: a frame as tall as the terminal makes Ink clear the
  // whole screen on every update, which flickers over slow links.
  const bodyHeight = Math.max(1, size.rows - 3);
  const tooSmall = columns < MIN_COLUMNS || size.rows < MIN_ROWS;
  const [state, dispatch] = useReducer(
    reduceApp,
    initialStack,
    (stack: Screen[]): BrowserState => ({
      ...initialNavigation(stack),
      recentQueries: user?.snapshot().recentQueries ?? [],
    }),
  );
  const screen = topScreen(state);
  const { snapshot, notice: userNotice, clearNotice } = useUserState({ catalog, user, terminal, warnings, state });
  // What just happened to the bundle is newer than the warnings queued at start, so it shows first.
  const notice = bundleNotice === undefined ? userNotice : { text: bundleNotice };
  const theme = snapshot ? themeForPreference(snapshot.preferences.theme, forcedTheme) : forcedTheme;
  // Articles are set in the reader's measure (100 columns unless they chose another).
  const readingColumns = Math.min(columns, snapshot?.preferences.readingWidth ?? MAX_ARTICLE_WIDTH);
  const [models] = useState(createModelMemo);
  const colourForcedOff = forcedTheme.name === 'mono';
  const env = useMemo<BrowserEnvironment>(
    () => ({ catalog, columns, readingColumns, bodyHeight, user: snapshot, colourForcedOff, models }),
    [catalog, columns, readingColumns, bodyHeight, snapshot, colourForcedOff, models],
  );
  // The top screen's view model, once per state: the view, the status bar and the keys read it.
  const screenEnv = useMemo(
    () => screenEnvironment(env, screen, state.recentQueries),
    [env, screen, state.recentQueries],
  );
  const model = useMemo(
    () => (tooSmall ? undefined : models.modelOf(screen, screenEnv)),
    [models, screen, screenEnv, tooSmall],
  );
  // Keys are read in the environment the frame on screen was drawn in.
  const shown = useRef({ env, tooSmall });
  useLayoutEffect(() => {
    shown.current = { env, tooSmall };
  }, [env, tooSmall]);

  useKeyPresses((press) => {
    // Under the "too small" notice nothing can be seen, so nothing may change unseen: only q and
    // Ctrl-C act, and both quit. Judged when the key comes, by what the screen showed then.
    if (shown.current.tooSmall) {
      if (isQuitKey(press.input, press.key)) dispatch({ type: 'quit' });
      return;
    }
    clearNotice();
    setBundleNotice(undefined);
    dispatch({ type: 'key', ...press, env: shown.current.env });
  });

  useEffect(
    () =>
      catalogFeed?.subscribe((next, text) => {
        setCatalog(next);
        if (text !== undefined) setBundleNotice(text);
      }),
    [catalogFeed],
  );
  // biome-ignore lint/correctness/useExhaustiveDependencies: each change of screen asks for a check of the bundle
  useEffect(() => catalogFeed?.poke(), [state.stack, catalogFeed]);

  useEffect(() => {
    if (state.quit) exit();
  }, [state.quit, exit]);

  useEffect(() => {
    onStackChange?.(state.stack);
  }, [state.stack, onStackChange]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: only the first frame counts
  useEffect(() => {
    onFirstFrame?.();
  }, []);

  // Searches run when the query changes or more rows are wanted; results of older queries are
  // dropped by the reducer.
  const searchKey = screen.kind === 'search' ? `${screen.id}\u0000${screen.query}\u0000${wantedReleases(screen)}` : '';
  // biome-ignore lint/correctness/useExhaustiveDependencies: searchKey says when the screen needs a search
  useEffect(() => {
    if (screen.kind !== 'search' || !needsSearch(screen)) return;
    const { id, query } = screen;
    // Only the rows after those already loaded are asked for; the reducer appends them.
    const request = searchRequest(screen);
    catalog.search(query, request).then(
      (results) => dispatch({ type: 'search-results', screenId: id, results, ...request }),
      (error: unknown) =>
        dispatch({
          type: 'search-results',
          screenId: id,
          results: {
            query,
            entities: [],
            releases: [],
            totalReleases: 0,
            terms: [],
            error: `Search failed: ${String(error)}`,
          },
          limit: request.offset + request.limit,
        }),
    );
  }, [searchKey, catalog]);

  // Enter pressed in the search box before the results came: press it again once they are in.
  const readyToOpen =
    screen.kind === 'search' && screen.openWhenReady === true && screen.results?.query === screen.query;
  useEffect(() => {
    if (readyToOpen) dispatch({ type: 'key', input: '\r', key: ENTER_KEY, env: shown.current.env });
  }, [readyToOpen]);

  // Hints are found by trying each hinted key on the reducers (pickers, neighbouring articles):
  // once per state the keys produced, not on every render (a notice, a tick of the saver).
  const hints = useMemo(() => (tooSmall ? [] : actingHints(env, state)), [state, tooSmall, env]);

  if (tooSmall) {
    return (
      <Box flexDirection="column">
        {tooSmallNotice(columns, size.rows, MIN_COLUMNS, MIN_ROWS).map((line) => (
          <Text key={line} wrap="truncate-end">
            {line}
          </Text>
        ))}
      </Box>
    );
  }

  const definition = definitionOf(screen);
  const crumbs = state.stack.flatMap((s) => definitionOf(s).crumbs(s, catalog));
  const prompt = screen.kind === 'article' ? screen.prompt : undefined;
  const position = definition.position(screen, model);
  const View = definition.View;
  return (
    <UserContext.Provider value={snapshot}>
      <ThemeContext.Provider value={theme}>
        <Box flexDirection="column" width={columns} height={bodyHeight + 2}>
          <Line style={theme.breadcrumb}>{fitBreadcrumb(crumbs, columns)}</Line>
          {/* No overflow clipping: every view draws exactly its height in lines cut to the width,
            and Ink's clipping re-slices every line of every frame (most of the cost of a key). */}
          <Box flexDirection="column" height={bodyHeight}>
            <View screen={screen} model={model} width={screenEnv.columns} height={bodyHeight} />
          </Box>
          {notice && prompt === undefined ? (
            <NoticeLine notice={notice} width={columns} />
          ) : (
            <StatusBar hints={hints} position={position} width={columns} prompt={prompt} />
          )}
        </Box>
      </ThemeContext.Provider>
    </UserContext.Provider>
  );
}

function isQuitKey(input: string, key: Key): boolean {
  const action = actionFor('global', input, key);
  return action === 'quit' || action === 'quit-now';
}
