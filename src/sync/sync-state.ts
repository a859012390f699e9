import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { writeCacheFile } from './atomic-write.js';
import type { SourceName } from './sources.js';

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
  const key = createHash('sha256').update(`${resolve(bundleDir)}\n${base}`).digest('hex').slice(0, 16);
  return join(cacheDir, 'sync', `state-${key}.json`);
}

/** Reads the state; a missing or unreadable file is a fresh start (the cache may be deleted at any time). */
export async function readSyncState(file: string): Promise<SyncState> {
  try {
    const state = JSON.parse(await readFile(file, 'utf8')) as SyncState;
    if (state.version === 1 && Array.isArray(state.backfilled)) return state;
  } catch {
    // fresh start
  }
  return { version: 1, run: null, backfilled: [] };
}

/** Writes the state atomically: a kill at any moment leaves the old state or the new one. */
export async function writeSyncState(file: string, state: SyncState): Promise<void> {
  await writeCacheFile(file, JSON.stringify(state));
}
