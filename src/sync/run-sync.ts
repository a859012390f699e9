import { join } from 'node:path';
import { removeStaleTempFiles } from '../bundle/atomic-file.js';
import type { Release } from '../bundle/types.js';
import { createReleaseMapper } from '../ingest/map-release.js';
import { parseDateText } from '../ingest/parse-date.js';
import { Taxonomy } from '../taxonomy/taxonomy.js';
import { removeStaleCacheTemps } from './atomic-write.js';
import { type Clock, systemClock } from './clock.js';
import { createPageReader, type PageReader } from './page-reader.js';
import {
  type FetcherSettings,
  POLITE_DEFAULTS,
  PoliteFetcher,
  type StopOutcome,
  type StopReason,
} from './polite-fetcher.js';
import { ResponseCache } from './response-cache.js';
import { SiteUrls } from './site-urls.js';
import { listingUrl, SOURCES, type SourceName } from './sources.js';
import { summaryRelease } from './summary-release.js';
import { writeSyncRecord } from './sync-record.js';
import { type PendingArticle, type RunState, readSyncState, syncStateFile, writeSyncState } from './sync-state.js';
import { readBundleSnapshot, writeReleases } from './write-releases.js';

/** How far a sync got, for a progress line. */
export interface SyncProgress {
  requests: number;
  added: number;
  updated: number;
  /** The URL being fetched. */
  url: string;
  /** Articles still to fetch. */
  pending: number;
  /** Seconds left at the current pace for the known work, when there is a pace yet. */
  secondsLeft?: number;
}

/** What a sync run is told. */
export interface SyncOptions {
  bundleDir: string;
  cacheDir: string;
  base: string;
  sources: SourceName[];
  /** ISO day: listing entries older than it are left, and a listing stops at them. */
  since?: string;
  maxRequests: number;
  full: boolean;
  dryRun: boolean;
  userAgent: string;
  clock?: Clock;
  random?: () => number;
  /** Overrides of the polite pace, for tests and a mirror of one's own. */
  pace?: Partial<
    Pick<FetcherSettings, 'minDelayMs' | 'jitterMs' | 'timeoutMs' | 'maxBytes' | 'backoffFirstMs' | 'backoffMaxMs'>
  >;
  reader?: PageReader;
  /** Articles gathered before they are written to the bundle together. */
  batchSize?: number;
  onProgress?: (progress: SyncProgress) => void;
  /** Called before each request; tests count them. */
  onRequest?: (url: string) => void;
}

/** Why a run ended. */
export type StoppedBecause = 'done' | StopReason;

/** The report of `sync --json`. Id lists are in the order releases landed. */
export interface SyncReport {
  bundle: string;
  base: string;
  dryRun: boolean;
  requests: number;
  new: string[];
  updated: string[];
  unchanged: string[];
  skipped: { url: string; reason: string }[];
  warnings: string[];
  stoppedBecause: StoppedBecause;
  /** What stopped it, in a sentence (absent when done). */
  message?: string;
  /** True when a run was left to resume (`osce-tui sync` again goes on). */
  resumable: boolean;
}

const DEFAULT_BATCH = 100;
const SUMMARY_BATCH = 100;
const SUMMARY_INTERVAL_MS = 30_000;
const STALE_RUN_MS = 7 * 24 * 60 * 60_000;
/** Articles are also written at least this often, so a long run's work lands as it goes. */
const FLUSH_INTERVAL_MS = 60_000;

/**
 * Syncs the bundle from the site: walks each source's listing from the newest page, lands every
 * entry as a summary release at once, then fetches the articles that are new or only summaries.
 * The state (listing positions, pending articles) is saved before each write to the bundle, and
 * every answer is kept in the cache, so a run killed at any moment resumes without fetching again
 * what it stored. Never throws for a page or a network fault: the report says what happened.
 */
export async function runSync(options: SyncOptions): Promise<SyncReport> {
  const clock = options.clock ?? systemClock;
  const site = new SiteUrls(options.base);
  const reader = options.reader ?? createPageReader();
  const stateFile = syncStateFile(options.cacheDir, options.bundleDir, site.baseText);
  // A sync killed mid-write leaves temp files no later write would touch.
  await removeStaleCacheTemps(join(options.cacheDir, 'sync'));
  if (!options.dryRun) await removeStaleTempFiles(options.bundleDir).catch(() => undefined);
  const state = await readSyncState(stateFile);
  const snapshot = await readBundleSnapshot(options.bundleDir);
  const mapRelease = createReleaseMapper(new Taxonomy(snapshot.taxonomy));
  const resumed = state.run !== null;
  // A run left unfinished for a week starts afresh (its articles still to fetch carried over), so
  // that listings it had finished are read again for what was published since.
  if (state.run && clock.now() - state.run.startedAt > STALE_RUN_MS) {
    state.leftover = [...(state.leftover ?? []), ...state.run.pending];
    state.run = null;
  }
  const run: RunState = state.run ?? { startedAt: clock.now(), sources: {}, pending: state.leftover ?? [], added: [] };
  delete state.leftover;
  state.run = run;

  const fetcher = new PoliteFetcher(new ResponseCache(join(options.cacheDir, 'sync', 'responses')), {
    ...POLITE_DEFAULTS,
    ...options.pace,
    userAgent: options.userAgent,
    clock,
    random: options.random ?? Math.random,
    maxRequests: options.maxRequests,
    reuseSince: run.startedAt,
    mayFetch: (url) => site.mayFetch(url),
    onRequest: (url) => {
      currentUrl = url;
      options.onRequest?.(url);
      progress();
    },
  });
  const known = new Set(snapshot.releases.keys());
  const outcome = { added: new Set<string>(), updated: new Set<string>(), unchanged: new Set<string>() };
  const skipped: SyncReport['skipped'] = [];
  const warnings: string[] = [];
  const startedAt = clock.now();
  let currentUrl = '';
  let stop: StopOutcome | undefined;

  function progress(): void {
    const elapsed = (clock.now() - startedAt) / 1000;
    const perRequest = fetcher.requests > 1 ? elapsed / fetcher.requests : undefined;
    options.onProgress?.({
      requests: fetcher.requests,
      added: outcome.added.size,
      updated: outcome.updated.size,
      url: currentUrl,
      pending: run.pending.length,
      ...(perRequest === undefined ? {} : { secondsLeft: Math.round(perRequest * run.pending.length) }),
    });
  }

  const save = () => writeSyncState(stateFile, state);

  async function land(releases: Release[]): Promise<void> {
    if (releases.length === 0) return;
    const written = options.dryRun
      ? dryMerge(releases)
      : await writeReleases(options.bundleDir, releases, options.cacheDir);
    for (const id of written.added) {
      outcome.added.add(id);
      if (!run.added.includes(id)) run.added.push(id);
    }
    for (const id of written.updated) if (!outcome.added.has(id)) outcome.updated.add(id);
    for (const id of written.unchanged)
      if (!outcome.added.has(id) && !outcome.updated.has(id)) outcome.unchanged.add(id);
    for (const release of releases) {
      known.add(release.id);
      const held = snapshot.releases.get(release.id);
      if (!held || held.summary)
        snapshot.releases.set(release.id, { summary: release.summary && (held?.summary ?? true) });
    }
  }

  // What the bundle would say, without writing it.
  function dryMerge(releases: Release[]): { added: string[]; updated: string[]; unchanged: string[] } {
    const result = { added: [] as string[], updated: [] as string[], unchanged: [] as string[] };
    for (const release of releases) {
      const held = snapshot.releases.get(release.id);
      if (!held) result.added.push(release.id);
      else if (held.summary && !release.summary) result.updated.push(release.id);
      else result.unchanged.push(release.id);
    }
    return result;
  }

  const toSummary = (entry: PendingArticle): Release => mapRelease(summaryRelease(entry), entry.canonicalUrl);

  // After a kill between saving the state and writing the bundle, the summaries land again.
  if (resumed && run.pending.length > 0) await land(run.pending.map(toSummary));
  // The run's start is on disk before its first request: whatever it stores from then on, a
  // resumed run takes from the cache.
  else if (!resumed && !options.dryRun) await save();

  stop = await walkListings();
  if (!stop) stop = await fetchArticles();
  // Articles that failed for a passing reason wait for the next run, which reads the listings afresh.
  const done = !stop && Object.values(run.sources).every((source) => source.done);
  if (done && run.pending.length > 0) state.leftover = run.pending;
  state.lastRun = { finishedAt: clock.now(), stoppedBecause: stop?.reason ?? 'done', requests: fetcher.requests };
  if (done) state.run = null;
  if (!options.dryRun) {
    await save();
    if (run.added.length > 0 || done) {
      await writeSyncRecord(options.bundleDir, {
        syncedAt: new Date(clock.now()).toISOString(),
        added: run.added,
        complete: done,
      });
    }
  }
  warnings.push(...fetcher.warnings);
  return {
    bundle: options.bundleDir,
    base: site.baseText,
    dryRun: options.dryRun,
    requests: fetcher.requests,
    new: [...outcome.added],
    updated: [...outcome.updated],
    unchanged: [...outcome.unchanged],
    skipped,
    warnings,
    stoppedBecause: stop?.reason ?? 'done',
    ...(stop ? { message: stop.message } : {}),
    resumable: !done || run.pending.length > 0,
  };

  // Summaries land together, every 100 or every 30 s: each landing rewrites the bundle. The state
  // (listing positions, and every summary's article in `pending`) is saved just before, so a kill
  // loses nothing: pages read since the last save are read again from the cache, not the site.
  async function walkListings(): Promise<StopOutcome | undefined> {
    const waiting: Release[] = [];
    let landedAt = clock.now();
    const landWaiting = async (): Promise<void> => {
      if (!options.dryRun) await save();
      await land(waiting.splice(0));
      landedAt = clock.now();
    };
    try {
      return await walkEachSource(async (summaries) => {
        waiting.push(...summaries);
        if (waiting.length >= SUMMARY_BATCH || clock.now() - landedAt >= SUMMARY_INTERVAL_MS) await landWaiting();
      });
    } finally {
      await landWaiting();
    }
  }

  async function walkEachSource(landSoon: (summaries: Release[]) => Promise<void>): Promise<StopOutcome | undefined> {
    // Only this walk adds to `pending` until the articles are fetched, so the set stays in step.
    const pendingUrls = new Set(run.pending.map((entry) => entry.canonicalUrl));
    for (const source of SOURCES.filter((spec) => options.sources.includes(spec.name))) {
      if (source.closed && state.backfilled.includes(source.name) && !options.full) continue;
      const position = run.sources[source.name] ?? { page: 0, quietPages: 0, done: false };
      run.sources[source.name] = position;
      while (!position.done) {
        const url = listingUrl(site.baseText, source, position.page);
        const fetched = await fetcher.get(url);
        if (fetched.kind === 'stop') return fetched;
        if (fetched.kind === 'skip') {
          // A fault that may pass leaves the walk here for the next run; a page that is not there
          // (past the end, or a listing the site no longer has) ends the walk.
          if (fetched.transient) {
            warnings.push(`${url}: ${fetched.reason}; the ${source.label} listing goes on from here next run`);
            break;
          }
          if (position.page === 0) warnings.push(`${url}: ${fetched.reason}; the ${source.label} listing was not read`);
          position.done = true;
          continue;
        }
        const listing = reader.listing(fetched.body, {
          url,
          ...(fetched.contentType ? { contentType: fetched.contentType } : {}),
        });
        for (const warning of listing.warnings) warnings.push(`${url}: ${warning}`);
        const summaries: Release[] = [];
        let allKnown = listing.entries.length > 0;
        let sinceReached = false;
        for (const entry of listing.entries) {
          const address = site.articleAddress(entry.url, url);
          if (!address) {
            skipped.push({ url: entry.url, reason: `the link on ${url} leads off the site` });
            continue;
          }
          const date = entry.date ? parseDateText(entry.date) : null;
          if (options.since && date?.iso && date.iso.slice(0, options.since.length) < options.since) {
            sinceReached = true;
            continue;
          }
          const article: PendingArticle = {
            ...address,
            title: entry.title,
            ...(entry.date ? { date: entry.date } : {}),
            ...(entry.teaser ? { teaser: entry.teaser } : {}),
          };
          const summary = toSummary(article);
          if (!known.has(summary.id)) allKnown = false;
          known.add(summary.id);
          summaries.push(summary);
          const held = snapshot.releases.get(summary.id);
          if ((!held || held.summary) && !pendingUrls.has(address.canonicalUrl)) {
            run.pending.push(article);
            pendingUrls.add(address.canonicalUrl);
          }
        }
        const end = listing.entries.length === 0 || listing.nextPage === undefined;
        if (allKnown || position.quietPages > 0) position.quietPages++;
        position.page++;
        position.done = end || sinceReached || (!options.full && position.quietPages >= 2);
        if (end && source.closed && !state.backfilled.includes(source.name)) state.backfilled.push(source.name);
        await landSoon(summaries);
      }
    }
    return undefined;
  }

  async function fetchArticles(): Promise<StopOutcome | undefined> {
    const batch: { article: PendingArticle; release?: Release }[] = [];
    let lastFlush = clock.now();
    const flush = async (): Promise<void> => {
      if (batch.length === 0) return;
      await land(batch.flatMap((item) => (item.release ? [item.release] : [])));
      const finished = new Set(batch.map((item) => item.article.canonicalUrl));
      run.pending = run.pending.filter((entry) => !finished.has(entry.canonicalUrl));
      batch.length = 0;
      lastFlush = clock.now();
      if (!options.dryRun) await save();
    };
    let result: StopOutcome | undefined;
    for (const article of [...run.pending]) {
      const fetched = await fetcher.get(article.fetchUrl);
      if (fetched.kind === 'stop') {
        result = fetched;
        break;
      }
      if (fetched.kind === 'skip') {
        skipped.push({
          url: article.canonicalUrl,
          reason: fetched.reason + (fetched.transient ? '; tried again next run' : ''),
        });
        // A fault that may pass (a timeout, a reset) keeps the article pending for the next run.
        if (!fetched.transient) batch.push({ article });
      } else {
        const page = reader.article(fetched.body, {
          url: article.canonicalUrl,
          ...(fetched.contentType ? { contentType: fetched.contentType } : {}),
        });
        for (const problem of page.problems) warnings.push(`${article.canonicalUrl}: ${problem.message}`);
        const parsed = page.layout === 'listing' ? undefined : page.releases[0];
        if (parsed)
          batch.push({ article, release: mapRelease({ ...parsed, url: article.canonicalUrl }, article.canonicalUrl) });
        else {
          skipped.push({ url: article.canonicalUrl, reason: 'no article found on the page; its summary is kept' });
          batch.push({ article });
        }
      }
      if (batch.length >= (options.batchSize ?? DEFAULT_BATCH) || clock.now() - lastFlush >= FLUSH_INTERVAL_MS)
        await flush();
      progress();
    }
    await flush();
    return result;
  }
}
