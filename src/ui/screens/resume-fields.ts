import type { Catalog } from '../../catalog/types.js';
import { type ListPosition, START } from './list-position.js';

/** A saved list position; START when none was saved, undefined when it is malformed. */
export function readList(raw: unknown): ListPosition | undefined {
  if (raw === undefined) return START;
  return isObject(raw) && isCount(raw.selected) && isCount(raw.scroll)
    ? { selected: raw.selected, scroll: raw.scroll }
    : undefined;
}

/** True for the id of an entry of the loaded taxonomy. */
export function isEntry(id: unknown, catalog: Catalog): id is string {
  return typeof id === 'string' && catalog.taxonomy.get(id) !== undefined;
}

/** True for a whole number ≥ 0. */
export function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

/** True for an array of strings. */
export function isStrings(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

/** True for a plain JSON object. */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
