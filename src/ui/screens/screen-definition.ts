import type { ReactNode } from 'react';
import type { Catalog } from '../../catalog/types.js';
import type { BookmarkTarget } from '../../state/state-data.js';
import type { WatchTarget } from '../../watch/watch-types.js';
import type { Action, KeyContext } from '../keymap.js';
import type { NavigationAction, Screen } from '../navigation.js';
import type { UserSnapshot } from '../user-store.js';

/** What a screen's view model is computed from besides the screen's own state. */
export interface ScreenEnvironment {
  catalog: Catalog;
  /** Columns of the screen body: the terminal's, or the reading width for a `width: 'reading'` screen. */
  columns: number;
  /** Lines between the breadcrumb and the status bar. */
  bodyHeight: number;
  /** The reader's bookmarks, read marks and history; absent when the browser runs without them. */
  user?: UserSnapshot;
  /** Queries searched this session, newest first. */
  recentQueries: readonly string[];
  /** Colour is off (NO_COLOR, --no-color, a terminal without colour), whatever the theme setting says. */
  colourForcedOff: boolean;
}

/** What a screen's key handler may use besides the screen and its model. */
export interface KeyEnvironment extends ScreenEnvironment {
  /** The screen under this one on the stack (a picker applies its choice there). */
  below?: Screen;
  /** A fresh id for a new search screen. */
  newSearchId(): number;
}

/** A key press as a screen sees it: the keymap's action (undefined for plain typing) and the text typed. */
export interface ScreenKey {
  action: Action | undefined;
  input: string;
}

/** What a key press on a screen leads to; an empty list when the key does nothing there. */
export type KeyResult = NavigationAction[];

/** What the reader's own keys act on (m, u, y, o on the selection; M on the page). */
export interface KeyTargets {
  selected?: BookmarkTarget;
  page?: BookmarkTarget;
  /** The number of the watch a Home row opens (opening it marks it seen). */
  watch?: number;
  /** What w watches here when the screen itself is not the thing watched (a picker row's entry). */
  watchable?: WatchTarget;
}

/** The props of a screen's view: its state, its view model, and the body's size in cells. */
export interface ScreenViewProps<S, M> {
  screen: S;
  model: M;
  width: number;
  height: number;
}

/** What resuming a saved screen may use. */
export interface RestoreEnvironment {
  catalog: Catalog;
  /** An id for a resumed search screen that new searches never take. */
  nextSearchId(): number;
}

/**
 * Everything the browser needs to know about one kind of screen. Each part is required, so a
 * screen kind without one does not compile (screens/registry.ts).
 */
export interface ScreenDefinition<S extends Screen, M> {
  /** Columns the screen is laid out in: the terminal's, or the reader's measure (articles). */
  width: 'terminal' | 'reading';
  /** Which key bindings apply (text entry while a box is being typed in). */
  context(screen: S): KeyContext;
  /** The screen's crumbs in the breadcrumb (an entity page refined by a facet adds a second one). */
  crumbs(screen: S, catalog: Catalog): string[];
  /**
   * Everything the view, the keys and the status bar show or use, computed once per state.
   * `previous` is the last model of this kind under the same environment, for work that does not
   * depend on what changed (an entity page's chart when only the selection moved).
   */
  model(screen: S, env: ScreenEnvironment, previous?: { screen: S; model: M }): M;
  /** The right of the status bar: "★ " when the page is bookmarked, then "120/4,312" or "42%". */
  position(screen: S, model: M): string;
  /** What a key does on this screen (global keys are handled before). */
  keys(screen: S, model: M, key: ScreenKey, env: KeyEnvironment): KeyResult;
  /** What the reader's keys (bookmark, read mark, citation, link) act on. */
  targets(screen: S, model: M): KeyTargets;
  /** Draws the model: exactly `height` lines cut to `width`. */
  View(props: ScreenViewProps<S, M>): ReactNode;
  /** The screen as saved for resuming (plain JSON), or undefined to save no further up the stack. */
  save(screen: S): object | undefined;
  /** The screen from what `save` wrote, checked against the bundle; undefined when it does not fit. */
  restore(saved: Record<string, unknown>, env: RestoreEnvironment): S | undefined;
}
