import { sameWatchTarget, type Watch, type WatchMark, type WatchTarget } from '../watch/watch-types.js';
import type { UserStateData } from './state-data.js';

/**
 * Adds a watch at the end of the list, seen as of `mark`; returns its number (1-based). A target
 * already watched keeps its watch and number.
 */
export function addWatch(
  data: UserStateData,
  target: WatchTarget & { label: string },
  mark: WatchMark,
  at: Date,
): { number: number; added: boolean } {
  const existing = data.watches.findIndex((watch) => sameWatchTarget(watch, target));
  if (existing !== -1) return { number: existing + 1, added: false };
  data.watches.push({
    label: target.label,
    entities: [...target.entities],
    type: target.type,
    query: target.query,
    addedAt: at.toISOString(),
    seen: mark,
  });
  return { number: data.watches.length, added: true };
}

/** Removes watch number `number` (1-based); returns it, or undefined when there is none. */
export function removeWatch(data: UserStateData, number: number): Watch | undefined {
  if (!Number.isInteger(number) || number < 1 || number > data.watches.length) return undefined;
  return data.watches.splice(number - 1, 1)[0];
}

/** Marks watch number `number` seen as of `mark`; false when there is none. */
export function markWatchSeen(data: UserStateData, number: number, mark: WatchMark): boolean {
  const watch = data.watches[number - 1];
  if (!Number.isInteger(number) || !watch) return false;
  watch.seen = mark;
  return true;
}
