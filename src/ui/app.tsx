import { Box, Text, useApp, type Key } from 'ink';
import { useEffect, useMemo, useReducer, useRef, useState, type ReactNode } from 'react';
import type { CatalogFeed } from '../catalog/bundle-watcher.js';
import type { Catalog } from '../catalog/types.js';
import { ArticleView } from './components/article-view.js';
import { EntityView } from './components/entity-view.js';
import { HelpView } from './components/help-view.js';
import { LatestView } from './components/latest-view.js';
import { Line } from './components/line.js';
import { MenuView } from './components/menu-view.js';
import { PickerView } from './components/picker-view.js';
import { SearchView } from './components/search-view.js';
import { StatusBar } from './components/status-bar.js';
import { actionFor, makeKey } from './keymap.js';
import { actingHints, pressKey, type KeyEnvironment } from './press-key.js';
import { useKeyPresses } from './hooks/use-key-presses.js';
import { NoticeLine } from './components/notice-line.js';
import { SavedListView } from './components/saved-list-view.js';
import { SettingsView } from './components/settings-view.js';
import { useUserState } from './hooks/use-user-state.js';
import { MAX_ARTICLE_WIDTH } from '../article/layout-article.js';
import { themeForPreference } from './preference-theme.js';
import type { EffectState } from './user-effects.js';
import { UserContext } from './user-context.js';
import type { TerminalActions, UserSnapshot, UserStore, WarningFeed } from './user-store.js';
import { useTerminalSize } from './hooks/use-terminal-size.js';
import { fitBreadcrumb } from './layout/breadcrumb.js';
import { tooSmallNotice } from './layout/too-small-notice.js';
import { initialNavigation, navigate, topScreen, type NavigationAction, type Screen } from './navigation.js';
import { crumbsOf, positionOf } from './screens/screen-chrome.js';
import { needsSearch, searchRequest, wantedReleases } from './screens/search-model.js';
import type { Theme } from './theme.js';
import { ThemeContext } from './theme-context.js';

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

type AppEvent = NavigationAction | { type: 'key'; input: string; key: Key };

const ENTER_KEY: Key = makeKey({ return: true });

/**
 * The browser's root: one navigation state, one input handler, and a frame of breadcrumb,
 * the top screen's view and the status bar. Keys are handled inside the reducer so a burst
 * of keys (a paste, a fast typist) always acts on the latest state.
 */
export function App({ catalog: firstCatalog, theme: forcedTheme, initialStack = [], onFirstFrame, onStackChange, user, terminal, warnings, catalogFeed }: AppProps): ReactNode {
  const { exit } = useApp();
  const [catalog, setCatalog] = useState(firstCatalog);
  const [bundleNotice, setBundleNotice] = useState<string | undefined>();
  const size = useTerminalSize();
  const columns = size.columns;
  // One line is left free below the frame: a frame as tall as the terminal makes Ink clear the
  // whole screen on every update, which flickers over slow links.
  const bodyHeight = Math.max(1, size.rows - 3);
  const tooSmall = columns < MIN_COLUMNS || size.rows < MIN_ROWS;
  const environment = useRef<KeyEnvironment & { tooSmall: boolean }>({ catalog, columns, articleColumns: columns, bodyHeight, searchId: 0, tooSmall });
  environment.current.tooSmall = tooSmall;
  environment.current.catalog = catalog;
  environment.current.columns = columns;
  environment.current.bodyHeight = bodyHeight;

  const [state, dispatch] = useReducer(
    (current: EffectState, event: AppEvent): EffectState => {
      if (event.type !== 'key') return navigate(current, event);
      return pressKey(environment.current, current, event.input, event.key);
    },
    initialStack,
    (stack: Screen[]): EffectState => ({ ...initialNavigation(stack), recentQueries: user?.snapshot().recentQueries ?? [] }),
  );
  const screen = topScreen(state);
  const { snapshot, notice: userNotice, clearNotice } = useUserState({ catalog, user, terminal, warnings, state });
  // What just happened to the bundle is newer than the warnings queued at start, so it shows first.
  const notice = bundleNotice === undefined ? userNotice : { text: bundleNotice };
  const theme = snapshot ? themeForPreference(snapshot.preferences.theme, forcedTheme) : forcedTheme;
  // Articles are set in the reader's measure (100 columns unless they chose another).
  const articleColumns = Math.min(columns, snapshot?.preferences.readingWidth ?? MAX_ARTICLE_WIDTH);
  environment.current.articleColumns = articleColumns;
  environment.current.user = snapshot;

  useKeyPresses((press) => {
    // Under the "too small" notice nothing can be seen, so nothing may change unseen: only q and
    // Ctrl-C act, and both quit. Judged when the key comes, by what the screen showed then.
    if (environment.current.tooSmall) {
      if (isQuitKey(press.input, press.key)) dispatch({ type: 'quit' });
      return;
    }
    clearNotice();
    setBundleNotice(undefined);
    dispatch({ type: 'key', ...press });
  });

  useEffect(
    () =>
      catalogFeed?.subscribe((next, text) => {
        setCatalog(next);
        if (text !== undefined) setBundleNotice(text);
      }),
    [catalogFeed],
  );
  useEffect(() => catalogFeed?.poke(), [state.stack, catalogFeed]);

  useEffect(() => {
    if (state.quit) exit();
  }, [state.quit, exit]);

  useEffect(() => {
    onStackChange?.(state.stack);
  }, [state.stack, onStackChange]);

  useEffect(() => {
    onFirstFrame?.();
    // Only the first frame counts.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // Searches run when the query changes or more rows are wanted; results of older queries are
  // dropped by the reducer.
  const searchKey = screen.kind === 'search' ? `${screen.id}\u0000${screen.query}\u0000${wantedReleases(screen)}` : '';
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
          results: { query, entities: [], releases: [], totalReleases: 0, terms: [], error: `Search failed: ${String(error)}` },
          limit: request.offset + request.limit,
        }),
    );
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [searchKey, catalog]);

  // Enter pressed in the search box before the results came: press it again once they are in.
  const readyToOpen = screen.kind === 'search' && screen.openWhenReady === true && screen.results?.query === screen.query;
  useEffect(() => {
    if (readyToOpen) dispatch({ type: 'key', input: '\r', key: ENTER_KEY });
  }, [readyToOpen]);

  // Hints are found by trying each hinted key on the reducers (pickers, neighbouring articles):
  // once per state the keys produced, not on every render (a notice, a tick of the saver).
  const hints = useMemo(
    () => (tooSmall ? [] : actingHints(environment.current, state)),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [state, tooSmall, catalog, columns, articleColumns, bodyHeight, snapshot],
  );

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

  const crumbs = state.stack.flatMap((s) => crumbsOf(s, catalog));
  const prompt = screen.kind === 'article' ? screen.prompt : undefined;
  const screenColumns = screen.kind === 'article' ? articleColumns : columns;
  const position = bookmarkMark(screen, snapshot) + positionOf(screen, catalog, screenColumns, bodyHeight, snapshot);
  return (
    <UserContext.Provider value={snapshot}>
    <ThemeContext.Provider value={theme}>
      <Box flexDirection="column" width={columns} height={bodyHeight + 2}>
        <Line style={theme.breadcrumb}>{fitBreadcrumb(crumbs, columns)}</Line>
        {/* No overflow clipping: every view draws exactly its height in lines cut to the width,
            and Ink's clipping re-slices every line of every frame (most of the cost of a key). */}
        <Box flexDirection="column" height={bodyHeight}>
          <ScreenView screen={screen} catalog={catalog} width={screenColumns} height={bodyHeight} recentCount={state.recentQueries.length} colourForcedOff={forcedTheme.name === 'mono'} />
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

/** "★ " in the status line while the open release or entity page is bookmarked. */
function bookmarkMark(screen: Screen, user: UserSnapshot | undefined): string {
  if (!user) return '';
  if (screen.kind === 'article') return user.bookmarked.has(`release:${screen.releaseId}`) ? '★ ' : '';
  if (screen.kind === 'entity') return user.bookmarked.has(`entity:${screen.entryId}`) ? '★ ' : '';
  return '';
}

function isQuitKey(input: string, key: Key): boolean {
  const action = actionFor('global', input, key);
  return action === 'quit' || action === 'quit-now';
}

function ScreenView({ screen, catalog, width, height, recentCount, colourForcedOff }: { screen: Screen; catalog: Catalog; width: number; height: number; recentCount: number; colourForcedOff: boolean }): ReactNode {
  switch (screen.kind) {
    case 'home':
    case 'menu':
      return <MenuView screen={screen} catalog={catalog} width={width} height={height} />;
    case 'latest':
      return <LatestView screen={screen} catalog={catalog} width={width} height={height} />;
    case 'entity':
      return <EntityView screen={screen} catalog={catalog} width={width} height={height} />;
    case 'article':
      return <ArticleView screen={screen} catalog={catalog} width={width} height={height} />;
    case 'search':
      return <SearchView screen={screen} recentCount={recentCount} width={width} height={height} />;
    case 'picker':
      return <PickerView screen={screen} width={width} height={height} />;
    case 'help':
      return <HelpView scroll={screen.scroll} width={width} height={height} />;
    case 'saved':
      return <SavedListView screen={screen} catalog={catalog} width={width} height={height} />;
    case 'settings':
      return <SettingsView screen={screen} width={width} height={height} colourForcedOff={colourForcedOff} />;
  }
}
