/**
 * What a watch saw when it was last opened or marked seen: the release files of the bundle the
 * index had applied then (`NAME SHA256`, so a rewritten file is not taken for a seen one) and how
 * many releases the watch had (what "new" falls back on after `compact` rewrote every file).
 */
export interface WatchMark {
  at: string;
  files: string[];
  count: number;
}

/**
 * A followed slice of the archive: releases linked to every one of `entities`, of content type
 * `type`, matching the search `query` (words and facets, the search syntax), whichever are set.
 */
export interface Watch {
  /** As shown: "Moldova × Elections × Press release". */
  label: string;
  entities: string[];
  type: string | null;
  query: string | null;
  addedAt: string;
  seen: WatchMark;
}

/** What a watch follows, without its bookkeeping: two watches of the same target are one. */
export type WatchTarget = Pick<Watch, 'entities' | 'type' | 'query'>;

/** True for a valid watch as config.json holds it. */
export function isWatch(value: unknown): value is Watch {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const watch = value as Record<string, unknown>;
  const seen = watch.seen as Record<string, unknown> | null | undefined;
  return (
    typeof watch.label === 'string' &&
    Array.isArray(watch.entities) &&
    watch.entities.every((id) => typeof id === 'string' && id !== '') &&
    (watch.type === null || (typeof watch.type === 'string' && watch.type !== '')) &&
    (watch.query === null || (typeof watch.query === 'string' && watch.query.trim() !== '')) &&
    (watch.entities.length > 0 || watch.type !== null || watch.query !== null) &&
    typeof watch.addedAt === 'string' &&
    typeof seen === 'object' &&
    seen !== null &&
    typeof seen.at === 'string' &&
    Array.isArray(seen.files) &&
    seen.files.every((file) => typeof file === 'string') &&
    Number.isInteger(seen.count) &&
    (seen.count as number) >= 0
  );
}

/** True when both follow the same releases. */
export function sameWatchTarget(a: WatchTarget, b: WatchTarget): boolean {
  return (
    a.type === b.type &&
    a.query === b.query &&
    a.entities.length === b.entities.length &&
    a.entities.every((id, index) => b.entities[index] === id)
  );
}
