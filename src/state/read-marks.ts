import type { UserStateData } from './state-data.js';

/** True when the release has been read. */
export function isRead(data: UserStateData, releaseId: string): boolean {
  return data.read.has(releaseId);
}

/** Marks a release read (keeping the first time it was read). */
export function markRead(data: UserStateData, releaseId: string, at: Date): void {
  if (!data.read.has(releaseId)) data.read.set(releaseId, at.toISOString());
}

/** Marks a release unread. */
export function markUnread(data: UserStateData, releaseId: string): void {
  data.read.delete(releaseId);
}

/** Flips read/unread; returns true when the release is read afterwards. */
export function toggleRead(data: UserStateData, releaseId: string, at: Date): boolean {
  if (isRead(data, releaseId)) {
    markUnread(data, releaseId);
    return false;
  }
  markRead(data, releaseId, at);
  return true;
}

/** How many of these release ids are unread (each id counted once). */
export function countUnread(data: UserStateData, releaseIds: Iterable<string>): number {
  let unread = 0;
  for (const id of new Set(releaseIds)) if (!data.read.has(id)) unread += 1;
  return unread;
}
