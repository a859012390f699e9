import { foldText } from '../text/fold.js';
import type { HistoryQuery, HistoryRelease, UserStateData } from './state-data.js';

/** How many recently read releases are remembered. */
export const RECENT_RELEASES_CAP = 100;
/** How many recent search queries are remembered. */
export const RECENT_QUERIES_CAP = 30;

/** Puts a release at the top of the recently read list (once), dropping the oldest past the cap. */
export function recordReleaseRead(data: UserStateData, releaseId: string, at: Date): void {
  const entry: HistoryRelease = { id: releaseId, at: at.toISOString() };
  data.recentReleases = [entry, ...data.recentReleases.filter((item) => item.id !== releaseId)].slice(
    0,
    RECENT_RELEASES_CAP,
  );
}

/**
 * Puts a query at the top of the recent queries (blank ones are ignored; one differing only in
 * case, accents or spacing replaces the older one), dropping the oldest past the cap.
 */
export function recordQuery(data: UserStateData, query: string, at: Date): void {
  const text = query.replace(/\s+/g, ' ').trim();
  if (text === '') return;
  const key = foldText(text);
  const entry: HistoryQuery = { query: text, at: at.toISOString() };
  data.recentQueries = [entry, ...data.recentQueries.filter((item) => foldText(item.query) !== key)].slice(
    0,
    RECENT_QUERIES_CAP,
  );
}

/** Forgets recently read releases and queries (read marks stay). */
export function clearHistory(data: UserStateData): void {
  data.recentReleases = [];
  data.recentQueries = [];
}
