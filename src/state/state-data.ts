import { isPlainObject, JsonChecker } from '../json/json-checks.js';
import { isWatch, type Watch } from '../watch/watch-types.js';
import { DEFAULT_PREFERENCES, PREFERENCE_DEFINITIONS, type Preferences } from './preferences.js';

// Format version of config.json's state sections.
const STATE_VERSION = 1;

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
  const check = new JsonChecker();
  for (const [key, value] of Object.entries(raw)) {
    if (!KNOWN_KEYS.has(key)) data.otherKeys[key] = value;
  }
  if (raw.version !== undefined && raw.version !== STATE_VERSION)
    check.fail('$.version', String(STATE_VERSION), raw.version);
  readPreferences(raw.preferences, data, check);
  data.bookmarks = optionalItems(check, raw.bookmarks, '$.bookmarks', 'a bookmark {kind, id, addedAt}', isBookmark);
  readReadMarks(raw.read, data, check);
  data.watches = optionalItems(
    check,
    raw.watches,
    '$.watches',
    'a watch {label, entities, type, query, addedAt, seen: {at, files, count}}',
    isWatch,
  );
  const history = raw.history === undefined ? undefined : check.object(raw.history, '$.history');
  if (history) {
    data.recentReleases = optionalItems(
      check,
      history.releases,
      '$.history.releases',
      'an entry {id, at}',
      isHistoryRelease,
    );
    data.recentQueries = optionalItems(
      check,
      history.queries,
      '$.history.queries',
      'an entry {query, at}',
      isHistoryQuery,
    );
  }
  if (raw.resume !== undefined && raw.resume !== null) {
    data.resume = check.matching(raw.resume, '$.resume', '{savedAt, snapshot} or null', isResumeRecord) ?? null;
  }
  return { data, problems: check.lines() };
}

function readPreferences(raw: unknown, data: UserStateData, check: JsonChecker): void {
  const record = raw === undefined ? undefined : check.object(raw, '$.preferences');
  if (!record) return;
  const preferences: Record<string, unknown> = { ...data.preferences };
  for (const definition of PREFERENCE_DEFINITIONS) {
    const value = record[definition.key];
    if (value === undefined) continue;
    // Worded with the allowed values as the settings screen shows them.
    if (definition.isValid(value)) preferences[definition.key] = value;
    else
      check.note(`$.preferences.${definition.key}`, `expected ${definition.allowed}, found ${JSON.stringify(value)}`);
  }
  data.preferences = preferences as unknown as Preferences;
}

function readReadMarks(raw: unknown, data: UserStateData, check: JsonChecker): void {
  if (raw === undefined) return;
  if (!isPlainObject(raw)) {
    check.fail('$.read', 'an object of release id → timestamp', raw);
    return;
  }
  for (const [id, at] of Object.entries(raw)) {
    if (typeof at === 'string') data.read.set(id, at);
    else check.fail(`$.read[${JSON.stringify(id)}]`, 'a timestamp', at);
  }
}

// A missing list is an empty one; a bad item is left out and the rest kept.
function optionalItems<T>(
  check: JsonChecker,
  raw: unknown,
  path: string,
  expected: string,
  isItem: (value: unknown) => value is T,
): T[] {
  if (raw === undefined) return [];
  return check.validItems(raw, path, (item, itemPath) => check.matching(item, itemPath, expected, isItem)) ?? [];
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

function isResumeRecord(value: unknown): value is ResumeRecord {
  return isPlainObject(value) && typeof value.savedAt === 'string' && 'snapshot' in value;
}
