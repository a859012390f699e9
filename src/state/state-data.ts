import { isWatch, type Watch } from '../watch/watch-types.js';
import { DEFAULT_PREFERENCES, PREFERENCE_DEFINITIONS, type Preferences } from './preferences.js';

/** Format version of config.json's state sections. */
export const STATE_VERSION = 1;

/** A JSON value: what a resume snapshot may contain. */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/** What can be bookmarked: a release or a taxonomy entry, by stable id. */
export interface BookmarkTarget {
  kind: 'release' | 'entity';
  id: string;
}

/** A bookmark and when it was added (ISO timestamp). */
export interface Bookmark extends BookmarkTarget {
  addedAt: string;
}

/** A release read, and when (ISO timestamp). */
export interface HistoryRelease {
  id: string;
  at: string;
}

/** A search query run, and when (ISO timestamp). */
export interface HistoryQuery {
  query: string;
  at: string;
}

/** The screen stack snapshot the UI stored to reopen where the reader left. */
export interface ResumeRecord {
  savedAt: string;
  snapshot: JsonValue;
}

/** Everything osce-tui remembers for its reader, as held in memory. */
export interface UserStateData {
  /** Oldest first. */
  bookmarks: Bookmark[];
  /** Release id → when it was first marked read. */
  read: Map<string, string>;
  /** Most recent first, each id once. */
  recentReleases: HistoryRelease[];
  /** Most recent first, each query once. */
  recentQueries: HistoryQuery[];
  resume: ResumeRecord | null;
  preferences: Preferences;
  /** In the order they were added (their numbers in `watch list`). */
  watches: Watch[];
  /** Keys of config.json this version does not know (a newer version's), written back untouched. */
  otherKeys: Record<string, unknown>;
}

/** A fresh state: nothing remembered, default preferences. */
export function emptyStateData(): UserStateData {
  return {
    bookmarks: [],
    read: new Map(),
    recentReleases: [],
    recentQueries: [],
    resume: null,
    preferences: { ...DEFAULT_PREFERENCES },
    watches: [],
    otherKeys: {},
  };
}

const KNOWN_KEYS = new Set(['version', 'bookmarks', 'read', 'history', 'resume', 'preferences', 'watches']);

/** The JSON object written to config.json. */
export function serializeStateData(data: UserStateData): Record<string, unknown> {
  return {
    ...data.otherKeys,
    version: STATE_VERSION,
    preferences: data.preferences,
    bookmarks: data.bookmarks,
    read: Object.fromEntries(data.read),
    history: { releases: data.recentReleases, queries: data.recentQueries },
    resume: data.resume,
    watches: data.watches,
  };
}

/** The state read from config.json, and what had to be dropped (as `$.json.path: reason`). */
export interface NormalizedState {
  data: UserStateData;
  problems: string[];
}

/**
 * Reads a parsed config.json, keeping every valid part: an invalid item is dropped and an
 * invalid preference falls back to its default, each with a problem naming its JSON path.
 */
export function normalizeStateData(raw: Record<string, unknown>): NormalizedState {
  const data = emptyStateData();
  const problems: string[] = [];
  for (const [key, value] of Object.entries(raw)) {
    if (!KNOWN_KEYS.has(key)) data.otherKeys[key] = value;
  }
  if (raw.version !== undefined && raw.version !== STATE_VERSION) {
    problems.push(`$.version: expected ${STATE_VERSION}, found ${JSON.stringify(raw.version)}`);
  }
  readPreferences(raw.preferences, data, problems);
  data.bookmarks = readArray(raw.bookmarks, '$.bookmarks', problems, isBookmark, 'a bookmark {kind, id, addedAt}');
  readReadMarks(raw.read, data, problems);
  data.watches = readArray(raw.watches, '$.watches', problems, isWatch, 'a watch {label, entities, type, query, addedAt, seen: {at, files, count}}');
  const history = raw.history;
  if (history !== undefined && !isPlainObject(history)) {
    problems.push('$.history: expected an object');
  } else if (history) {
    data.recentReleases = readArray(history.releases, '$.history.releases', problems, isHistoryRelease, 'an entry {id, at}');
    data.recentQueries = readArray(history.queries, '$.history.queries', problems, isHistoryQuery, 'an entry {query, at}');
  }
  if (raw.resume !== undefined && raw.resume !== null) {
    if (isPlainObject(raw.resume) && typeof raw.resume.savedAt === 'string' && 'snapshot' in raw.resume) {
      data.resume = { savedAt: raw.resume.savedAt, snapshot: raw.resume.snapshot as JsonValue };
    } else {
      problems.push('$.resume: expected {savedAt, snapshot} or null');
    }
  }
  return { data, problems };
}

function readPreferences(raw: unknown, data: UserStateData, problems: string[]): void {
  if (raw === undefined) return;
  if (!isPlainObject(raw)) {
    problems.push('$.preferences: expected an object');
    return;
  }
  const preferences: Record<string, unknown> = { ...data.preferences };
  for (const definition of PREFERENCE_DEFINITIONS) {
    const value = raw[definition.key];
    if (value === undefined) continue;
    if (definition.isValid(value)) preferences[definition.key] = value;
    else problems.push(`$.preferences.${definition.key}: expected ${definition.allowed}, found ${JSON.stringify(value)}`);
  }
  data.preferences = preferences as unknown as Preferences;
}

function readReadMarks(raw: unknown, data: UserStateData, problems: string[]): void {
  if (raw === undefined) return;
  if (!isPlainObject(raw)) {
    problems.push('$.read: expected an object of release id → timestamp');
    return;
  }
  for (const [id, at] of Object.entries(raw)) {
    if (typeof at === 'string') data.read.set(id, at);
    else problems.push(`$.read[${JSON.stringify(id)}]: expected a timestamp`);
  }
}

function readArray<T>(
  raw: unknown,
  path: string,
  problems: string[],
  isItem: (value: unknown) => value is T,
  expected: string,
): T[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    problems.push(`${path}: expected a list`);
    return [];
  }
  const out: T[] = [];
  raw.forEach((item, index) => {
    if (isItem(item)) out.push(item);
    else problems.push(`${path}[${index}]: expected ${expected}`);
  });
  return out;
}

/** True for a non-null, non-array object. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isBookmark(value: unknown): value is Bookmark {
  return (
    isPlainObject(value) &&
    (value.kind === 'release' || value.kind === 'entity') &&
    typeof value.id === 'string' &&
    value.id !== '' &&
    typeof value.addedAt === 'string'
  );
}

function isHistoryRelease(value: unknown): value is HistoryRelease {
  return isPlainObject(value) && typeof value.id === 'string' && value.id !== '' && typeof value.at === 'string';
}

function isHistoryQuery(value: unknown): value is HistoryQuery {
  return isPlainObject(value) && typeof value.query === 'string' && typeof value.at === 'string';
}
