import type { Release } from '../bundle/types.js';
import type { SyncRecord } from './sync-record.js';

/** A bundle last synced longer ago than this is called old in the browser. */
const OLD_AFTER_DAYS = 30;
/** A bundle with fewer releases than this gets a hint on how to fill it. */
const SMALL_BUNDLE = 10;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * What the browser's notice line says about the bundle's freshness: how old it is when its last
 * sync is more than 30 days back, and how to get the archive when it holds fewer than 10
 * releases. Empty when there is nothing to say. Pure.
 */
export function syncNotices(record: SyncRecord | undefined, releaseCount: number, now: number): string[] {
  const notices: string[] = [];
  if (record) {
    const days = Math.floor((now - Date.parse(record.syncedAt)) / DAY_MS);
    if (days > OLD_AFTER_DAYS) notices.push(`bundle synced ${days} days ago · osce-tui sync`);
  }
  if (releaseCount < SMALL_BUNDLE) {
    const held = releaseCount === 1 ? '1 release' : `${releaseCount} releases`;
    // Short enough to stand whole on an 80-column notice line.
    notices.push(`this bundle has ${held} · get the archive: osce-tui sync`);
  }
  return notices;
}

/** The releases the last sync added that the bundle still has, newest first (by date, then as they landed). Pure. */
export function newestFirst(ids: readonly string[], get: (id: string) => Release | undefined): string[] {
  const found = ids.flatMap((id, order) => {
    const release = get(id);
    return release ? [{ id, order, day: release.date.iso ?? '' }] : [];
  });
  found.sort((a, b) => (a.day === b.day ? a.order - b.order : a.day < b.day ? 1 : -1));
  return found.map((item) => item.id);
}
