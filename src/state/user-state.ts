import type { Watch, WatchMark, WatchTarget } from '../watch/watch-types.js';
import { addBookmark, isBookmarked, listBookmarks, removeBookmark, toggleBookmark } from './bookmarks.js';
import { resolveConfigDir } from './config-dir.js';
import { clearHistory, recordQuery, recordReleaseRead } from './history.js';
import {
  DEFAULT_PREFERENCES,
  type PreferenceKey,
  type Preferences,
  parsePreference,
  preferenceDefinition,
} from './preferences.js';
import { countUnread, isRead, markRead, markUnread, toggleRead } from './read-marks.js';
import { clearResume, loadResume, type ResumeValidator, saveResume } from './resume.js';
import type { Bookmark, BookmarkTarget, HistoryQuery, HistoryRelease, JsonValue } from './state-data.js';
import { StateFile } from './state-file.js';
import { addWatch, markWatchSeen, removeWatch } from './watches.js';

/** Options of `openUserState`. */
export interface UserStateOptions {
  /** Folder for config.json (default: OSCE_TUI_CONFIG_DIR, else the platform's config folder). */
  configDir?: string;
  /** Receives one-line warnings; default: printed to stderr. */
  onWarning?: (message: string) => void;
  /** Clock for timestamps; tests pin it. */
  now?: () => Date;
}

/** Bookmarks of releases and taxonomy entries. */
export interface BookmarkStore {
  /** Most recently added first; `kind` keeps one kind only. */
  list(kind?: BookmarkTarget['kind']): Bookmark[];
  has(target: BookmarkTarget): boolean;
  /** Returns true when bookmarked afterwards. */
  toggle(target: BookmarkTarget): boolean;
  add(target: BookmarkTarget): void;
  remove(target: BookmarkTarget): void;
}

/** Which releases have been read. */
export interface ReadMarkStore {
  isRead(releaseId: string): boolean;
  markRead(releaseId: string): void;
  markUnread(releaseId: string): void;
  /** Returns true when read afterwards. */
  toggle(releaseId: string): boolean;
  /** How many of these ids are unread (entity pages, list headers). */
  countUnread(releaseIds: Iterable<string>): number;
  /** Ids of every read release (for filtering many rows with one read). */
  readIds(): ReadonlySet<string>;
}

/** Recently read releases and recent search queries, most recent first and capped. */
export interface HistoryStore {
  releases(): HistoryRelease[];
  queries(): HistoryQuery[];
  recordRelease(releaseId: string): void;
  recordQuery(query: string): void;
  clear(): void;
}

/** Where the reader left: an opaque screen-stack snapshot owned by the UI. */
export interface ResumeStore {
  /** Stores a JSON snapshot (throws TypeError when it is not JSON). */
  save(snapshot: JsonValue): void;
  /** The snapshot as `validate` accepts it, or undefined (nothing stored, stale, or rejected) → Home. */
  load<T>(validate: ResumeValidator<T>): T | undefined;
  clear(): void;
}

/** Watches: followed slices of the archive, numbered 1, 2… in the order they were added. */
export interface WatchStore {
  list(): Watch[];
  /** Adds a watch seen as of `mark`; a target already watched keeps its watch (`added` false). */
  add(target: WatchTarget & { label: string }, mark: WatchMark): { number: number; added: boolean };
  /** Removes watch `number`; returns it, or undefined when there is none. */
  remove(number: number): Watch | undefined;
  /** Marks watch `number` seen as of `mark`; false when there is none. */
  markSeen(number: number, mark: WatchMark): boolean;
}

/** The reader's preferences, always complete (defaults fill what is unset). */
export interface PreferenceStore {
  get(): Preferences;
  set<K extends PreferenceKey>(key: K, value: Preferences[K]): void;
  /**
   * Sets a preference from text (`config set KEY VALUE`); returns an error message naming the
   * allowed keys or values instead of throwing.
   */
  setFromText(key: string, text: string): { ok: true } | { ok: false; message: string };
  /** Back to the default value. */
  reset(key: PreferenceKey): void;
}

/**
 * Everything osce-tui remembers for its reader, saved in config.json under the config folder.
 * Every change is saved at once, re-reading the file first so that two running instances keep
 * each other's changes. Reads are cheap (the parsed file is reused until it changes on disk).
 */
export interface UserState {
  /** Path of config.json. */
  readonly configPath: string;
  /** False when the config folder cannot be written: changes then last only for this run. */
  readonly persistent: boolean;
  readonly bookmarks: BookmarkStore;
  readonly readMarks: ReadMarkStore;
  readonly history: HistoryStore;
  readonly resume: ResumeStore;
  readonly preferences: PreferenceStore;
  readonly watches: WatchStore;
  /** Opening a release: marks it read and puts it on top of the history, in one write. */
  recordReading(releaseId: string): void;
}

/** Opens the user state in the config folder. Never throws for file problems: they become warnings. */
export function openUserState(options: UserStateOptions = {}): UserState {
  const now = options.now ?? (() => new Date());
  const file = new StateFile({
    configDir: options.configDir ?? resolveConfigDir(),
    onWarning: options.onWarning ?? ((message) => process.stderr.write(`osce-tui: warning: ${message}\n`)),
    now,
  });
  const read = () => file.read();
  const update = (change: Parameters<StateFile['update']>[0]) => void file.update(change);

  const bookmarks: BookmarkStore = {
    list: (kind) => listBookmarks(read(), kind),
    has: (target) => isBookmarked(read(), target),
    toggle: (target) => {
      let bookmarked = false;
      update((data) => {
        bookmarked = toggleBookmark(data, target, now());
      });
      return bookmarked;
    },
    add: (target) => update((data) => addBookmark(data, target, now())),
    remove: (target) => update((data) => removeBookmark(data, target)),
  };

  const readMarks: ReadMarkStore = {
    isRead: (id) => isRead(read(), id),
    markRead: (id) => update((data) => markRead(data, id, now())),
    markUnread: (id) => update((data) => markUnread(data, id)),
    toggle: (id) => {
      let nowRead = false;
      update((data) => {
        nowRead = toggleRead(data, id, now());
      });
      return nowRead;
    },
    countUnread: (ids) => countUnread(read(), ids),
    readIds: () => new Set(read().read.keys()),
  };

  const history: HistoryStore = {
    releases: () => read().recentReleases.map((entry) => ({ ...entry })),
    queries: () => read().recentQueries.map((entry) => ({ ...entry })),
    recordRelease: (id) => update((data) => recordReleaseRead(data, id, now())),
    recordQuery: (query) => update((data) => recordQuery(data, query, now())),
    clear: () => update(clearHistory),
  };

  const resume: ResumeStore = {
    save: (snapshot) => update((data) => saveResume(data, snapshot, now())),
    load: (validate) => loadResume(read(), validate),
    clear: () => update(clearResume),
  };

  const preferences: PreferenceStore = {
    get: () => ({ ...read().preferences }),
    set: (key, value) => {
      if (!preferenceDefinition(key)?.isValid(value)) {
        throw new TypeError(`invalid value for ${key}: ${JSON.stringify(value)}`);
      }
      update((data) => {
        data.preferences = { ...data.preferences, [key]: value };
      });
    },
    setFromText: (key, text) => {
      const parsed = parsePreference(key, text);
      if (!parsed.ok) return parsed;
      update((data) => {
        data.preferences = { ...data.preferences, [parsed.key]: parsed.value };
      });
      return { ok: true };
    },
    reset: (key) =>
      update((data) => {
        data.preferences = { ...data.preferences, [key]: DEFAULT_PREFERENCES[key] };
      }),
  };

  const watches: WatchStore = {
    list: () =>
      read().watches.map((watch) => ({
        ...watch,
        entities: [...watch.entities],
        seen: { ...watch.seen, files: [...watch.seen.files] },
      })),
    add: (target, mark) => {
      let result = { number: 0, added: false };
      update((data) => {
        result = addWatch(data, target, mark, now());
      });
      return result;
    },
    remove: (number) => {
      let removed: Watch | undefined;
      update((data) => {
        removed = removeWatch(data, number);
      });
      return removed;
    },
    markSeen: (number, mark) => {
      let marked = false;
      update((data) => {
        marked = markWatchSeen(data, number, mark);
      });
      return marked;
    },
  };

  return {
    configPath: file.path,
    get persistent() {
      return file.persistent;
    },
    bookmarks,
    readMarks,
    history,
    resume,
    preferences,
    watches,
    recordReading: (id) =>
      update((data) => {
        markRead(data, id, now());
        recordReleaseRead(data, id, now());
      }),
  };
}
