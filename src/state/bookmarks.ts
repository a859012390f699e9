import type { Bookmark, BookmarkTarget, UserStateData } from './state-data.js';

/** True when the target is bookmarked. */
export function isBookmarked(data: UserStateData, target: BookmarkTarget): boolean {
  return data.bookmarks.some((bookmark) => sameTarget(bookmark, target));
}

/** Adds or removes a bookmark; returns true when the target is bookmarked afterwards. */
export function toggleBookmark(data: UserStateData, target: BookmarkTarget, at: Date): boolean {
  if (isBookmarked(data, target)) {
    removeBookmark(data, target);
    return false;
  }
  addBookmark(data, target, at);
  return true;
}

/** Bookmarks the target (keeping the first time it was added). */
export function addBookmark(data: UserStateData, target: BookmarkTarget, at: Date): void {
  if (isBookmarked(data, target)) return;
  data.bookmarks.push({ kind: target.kind, id: target.id, addedAt: at.toISOString() });
}

/** Removes the bookmark of the target, if any. */
export function removeBookmark(data: UserStateData, target: BookmarkTarget): void {
  data.bookmarks = data.bookmarks.filter((bookmark) => !sameTarget(bookmark, target));
}

/** Bookmarks, most recently added first; `kind` keeps only releases or only entities. */
export function listBookmarks(data: UserStateData, kind?: BookmarkTarget['kind']): Bookmark[] {
  return data.bookmarks
    .filter((bookmark) => kind === undefined || bookmark.kind === kind)
    .map((bookmark, index) => ({ bookmark, index }))
    .sort((a, b) => b.bookmark.addedAt.localeCompare(a.bookmark.addedAt) || b.index - a.index)
    .map(({ bookmark }) => ({ ...bookmark }));
}

function sameTarget(a: BookmarkTarget, b: BookmarkTarget): boolean {
  return a.kind === b.kind && a.id === b.id;
}
