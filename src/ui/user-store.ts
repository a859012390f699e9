import type { PreferenceKey, Preferences } from '../state/preferences.js';
import type { ResumeValidator } from '../state/resume.js';
import type { Bookmark, BookmarkTarget, JsonValue } from '../state/state-data.js';
import type { UserState } from '../state/user-state.js';
import type { Watch, WatchMark, WatchTarget } from '../watch/watch-types.js';

/** What the browser shows of the reader's state, read once per change (not per row). */
export interface UserSnapshot {
  /** Most recently added first. */
  bookmarks: Bookmark[];
  /** `release:ID` / `entity:ID` of every bookmark, for markers. */
  bookmarked: ReadonlySet<string>;
  readIds: ReadonlySet<string>;
  /** Release ids, most recently read first. */
  recentReleases: string[];
  /** Most recent first. */
  recentQueries: string[];
  preferences: Preferences;
  /** Releases the last `osce-tui sync` added, newest first: about the bundle, handed in with the reader's state. */
  newSinceSync?: readonly string[];
  /** Watches in their numbered order (Home lists them first). */
  watches?: readonly Watch[];
}

/**
 * The reader's state as the browser uses it: a thin interface over UserState, so the UI never
 * touches conf and tests can hand in a real state on a temporary folder.
 */
export interface UserStore {
  snapshot(): UserSnapshot;
  toggleBookmark(target: BookmarkTarget): boolean;
  toggleRead(releaseId: string): boolean;
  recordReading(releaseId: string): void;
  recordQuery(query: string): void;
  setPreference<K extends PreferenceKey>(key: K, value: Preferences[K]): void;
  saveResume(snapshot: JsonValue): void;
  loadResume<T>(validate: ResumeValidator<T>): T | undefined;
  addWatch(target: WatchTarget & { label: string }, mark: WatchMark): { number: number; added: boolean };
  markWatchSeen(number: number, mark: WatchMark): void;
}

/** The key of a bookmark target in `UserSnapshot.bookmarked`. */
export function bookmarkKey(target: BookmarkTarget): string {
  return `${target.kind}:${target.id}`;
}

/** Marks of a release row, two cells: "•" unread, "★" bookmarked (symbols, so no colour is needed). */
export function releaseMarks(user: UserSnapshot, releaseId: string): string {
  return `${user.readIds.has(releaseId) ? ' ' : '•'}${user.bookmarked.has(`release:${releaseId}`) ? '★' : ' '}`;
}

/** A UserStore over the user state on disk. */
export function userStoreFrom(state: UserState, newSinceSync: () => readonly string[] = () => []): UserStore {
  return {
    snapshot: () => {
      const bookmarks = state.bookmarks.list();
      return {
        bookmarks,
        bookmarked: new Set(bookmarks.map(bookmarkKey)),
        readIds: state.readMarks.readIds(),
        recentReleases: state.history.releases().map((entry) => entry.id),
        recentQueries: state.history.queries().map((entry) => entry.query),
        preferences: state.preferences.get(),
        newSinceSync: newSinceSync(),
        watches: state.watches.list(),
      };
    },
    toggleBookmark: (target) => state.bookmarks.toggle(target),
    toggleRead: (id) => state.readMarks.toggle(id),
    recordReading: (id) => state.recordReading(id),
    recordQuery: (query) => state.history.recordQuery(query),
    setPreference: (key, value) => state.preferences.set(key, value),
    saveResume: (snapshot) => state.resume.save(snapshot),
    loadResume: (validate) => state.resume.load(validate),
    addWatch: (target, mark) => state.watches.add(target, mark),
    markWatchSeen: (number, mark) => void state.watches.markSeen(number, mark),
  };
}

/** What the browser may ask of the terminal beyond drawing: the clipboard and links. */
export interface TerminalActions {
  /** Puts text on the clipboard (OSC 52). */
  copyToClipboard(text: string): void;
  /** True when OSC 8 hyperlinks show as links. */
  hyperlinks: boolean;
}

/** One message for the browser's notice line: a warning, or plain information (`warning: false`). */
export interface FeedMessage {
  text: string;
  warning: boolean;
}

/**
 * Warnings from the user state (a corrupt file moved aside, a read-only folder) and of the
 * bundle (lines it could not load), and information such as how to fill a small bundle, collected
 * for the browser's notice line instead of stderr, which would garble the screen.
 */
export class WarningFeed {
  private pending: FeedMessage[] = [];
  private listener: (() => void) | undefined;

  /** Passes a warning on (as `onWarning` of openUserState). */
  readonly push = (message: string): void => {
    this.add({ text: message, warning: true });
  };

  /** Passes information on: shown without the "Warning:" label. */
  readonly tell = (message: string): void => {
    this.add({ text: message, warning: false });
  };

  /** The messages not yet shown, oldest first. */
  take(): FeedMessage[] {
    return this.pending.splice(0);
  }

  /** Calls `listener` when a message arrives; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void {
    this.listener = listener;
    return () => {
      if (this.listener === listener) this.listener = undefined;
    };
  }

  private add(message: FeedMessage): void {
    this.pending.push(message);
    this.listener?.();
  }
}
