import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { JsonChecker } from '../json/json-checks.js';
import { writeCacheFile } from './atomic-write.js';
import { SOURCES, type SourceName } from './sources.js';

/** Where a source's listing walk stands. */
export interface SourceProgress {
  /** The next listing page to read. */
  page: number;
  /** Pages read since the first one whose entries were all known (the walk stops at 2). */
  quietPages: number;
  done: boolean;
}

/** An article to fetch, with its listing entry so that the summary can land again after a crash. */
export interface PendingArticle {
  fetchUrl: string;
  canonicalUrl: string;
  title: string;
  date?: string;
  teaser?: string;
}

/** A run that has not finished: what `sync` resumes. */
export interface RunState {
  /** ms since the epoch; answers stored since then are not fetched again. */
  startedAt: number;
  sources: Partial<Record<SourceName, SourceProgress>>;
  pending: PendingArticle[];
  /** Release ids this run added, over all its interrupted parts. */
  added: string[];
}

/** Everything sync remembers between runs for one bundle and one site. */
export interface SyncState {
  version: 1;
  run: RunState | null;
  /** Closed sources walked to their end once. */
  backfilled: SourceName[];
  /** Articles a finished run could not fetch for a passing reason (a timeout): the next run tries them. */
  leftover?: PendingArticle[];
  lastRun?: { finishedAt: number; stoppedBecause: string; requests: number };
}

/** The state file for syncing `bundleDir` from `base`, in the cache folder. */
export function syncStateFile(cacheDir: string, bundleDir: string, base: string): string {
  const key = createHash('sha256')
    .update(`${resolve(bundleDir)}\n${base}`)
    .digest('hex')
    .slice(0, 16);
  return join(cacheDir, 'sync', `state-${key}.json`);
}

/** Reads the state; a missing or unreadable file is a fresh start (the cache may be deleted at any time). */
export async function readSyncState(file: string): Promise<SyncState> {
  try {
    return parseSyncState(JSON.parse(await readFile(file, 'utf8')));
  } catch {
    return freshState();
  }
}

/**
 * Keeps every valid part of a parsed state file: a bad pending article or source position is
 * left out (the next run finds it again), a state of another version is a fresh start.
 */
export function parseSyncState(value: unknown): SyncState {
  const check = new JsonChecker();
  const record = check.object(value, '$');
  if (record?.version !== 1) return freshState();
  const state: SyncState = {
    version: 1,
    run: record.run === null ? null : (readRun(check, record.run, '$.run') ?? null),
    backfilled:
      check.validItems(record.backfilled, '$.backfilled', (item, path) => check.oneOf(item, path, SOURCE_NAMES)) ?? [],
  };
  if (record.leftover !== undefined) {
    const leftover = check.validItems(record.leftover, '$.leftover', (item, path) => readPending(check, item, path));
    if (leftover) state.leftover = leftover;
  }
  const lastRun = record.lastRun === undefined ? undefined : check.object(record.lastRun, '$.lastRun');
  if (lastRun) {
    const finishedAt = check.integer(lastRun.finishedAt, '$.lastRun.finishedAt', 0);
    const stoppedBecause = check.string(lastRun.stoppedBecause, '$.lastRun.stoppedBecause');
    const requests = check.integer(lastRun.requests, '$.lastRun.requests', 0);
    if (finishedAt !== undefined && stoppedBecause !== undefined && requests !== undefined)
      state.lastRun = { finishedAt, stoppedBecause, requests };
  }
  return state;
}

const SOURCE_NAMES = SOURCES.map((source) => source.name);

function freshState(): SyncState {
  return { version: 1, run: null, backfilled: [] };
}

function readRun(check: JsonChecker, value: unknown, path: string): RunState | undefined {
  const record = check.object(value, path);
  const startedAt = check.integer(record?.startedAt, `${path}.startedAt`, 0);
  if (!record || startedAt === undefined) return undefined;
  const sources: RunState['sources'] = {};
  for (const [name, position] of Object.entries(check.object(record.sources, `${path}.sources`) ?? {})) {
    const source = check.oneOf(name, `${path}.sources`, SOURCE_NAMES);
    const progress = readProgress(check, position, `${path}.sources.${name}`);
    if (source && progress) sources[source] = progress;
  }
  return {
    startedAt,
    sources,
    pending:
      check.validItems(record.pending, `${path}.pending`, (item, itemPath) => readPending(check, item, itemPath)) ?? [],
    added:
      check.validItems(record.added, `${path}.added`, (item, itemPath) =>
        check.string(item, itemPath, { nonEmpty: true }),
      ) ?? [],
  };
}

function readProgress(check: JsonChecker, value: unknown, path: string): SourceProgress | undefined {
  const record = check.object(value, path);
  if (!record) return undefined;
  const page = check.integer(record.page, `${path}.page`, 0);
  const quietPages = check.integer(record.quietPages, `${path}.quietPages`, 0);
  const done = check.boolean(record.done, `${path}.done`);
  return page === undefined || quietPages === undefined || done === undefined ? undefined : { page, quietPages, done };
}

function readPending(check: JsonChecker, value: unknown, path: string): PendingArticle | undefined {
  const record = check.object(value, path);
  if (!record) return undefined;
  const fetchUrl = check.string(record.fetchUrl, `${path}.fetchUrl`, { nonEmpty: true });
  const canonicalUrl = check.string(record.canonicalUrl, `${path}.canonicalUrl`, { nonEmpty: true });
  const title = check.string(record.title, `${path}.title`);
  if (fetchUrl === undefined || canonicalUrl === undefined || title === undefined) return undefined;
  const article: PendingArticle = { fetchUrl, canonicalUrl, title };
  // The optional parts only help the summary land again; a bad one is dropped, not the article.
  if (typeof record.date === 'string') article.date = record.date;
  if (typeof record.teaser === 'string') article.teaser = record.teaser;
  return article;
}

/** Writes the state atomically: a kill at any moment leaves the old state or the new one. */
export async function writeSyncState(file: string, state: SyncState): Promise<void> {
  await writeCacheFile(file, JSON.stringify(state));
}
