import type { Catalog } from '../catalog/types.js';
import type { JsonValue } from '../state/state-data.js';
import type { Screen } from './navigation.js';
import { definitionOf, SCREENS } from './screens/registry.js';
import { isObject } from './screens/resume-fields.js';
import type { UserStore } from './user-store.js';

/** Version of the stored snapshot; another version starts at Home. */
const SNAPSHOT_VERSION = 1;

/**
 * The screen stack as saved for resuming: plain JSON, each screen as its definition saves it
 * (search results are searched again, half-typed prompts dropped); the stack ends below the
 * first screen that saves nothing (a picker: its options are counts of the moment).
 */
export function stackSnapshot(stack: readonly Screen[]): JsonValue {
  const kept: object[] = [];
  for (const screen of stack) {
    const saved = definitionOf(screen).save(screen);
    if (saved === undefined) break;
    kept.push(saved);
  }
  return JSON.parse(JSON.stringify({ version: SNAPSHOT_VERSION, stack: kept })) as JsonValue;
}

/**
 * The stack to reopen from a stored snapshot, checked against the bundle now loaded: undefined
 * (start at Home) when the snapshot is malformed or any release or entry on it is gone.
 */
export function resumeStack(snapshot: unknown, catalog: Catalog): Screen[] | undefined {
  if (!isObject(snapshot) || snapshot.version !== SNAPSHOT_VERSION || !Array.isArray(snapshot.stack)) return undefined;
  const stack: Screen[] = [];
  let searchId = 0;
  const env = { catalog, nextSearchId: () => --searchId };
  for (const raw of snapshot.stack) {
    if (!isObject(raw) || typeof raw.kind !== 'string' || !Object.hasOwn(SCREENS, raw.kind)) return undefined;
    const screen = SCREENS[raw.kind as keyof typeof SCREENS].restore(raw, env);
    if (!screen) return undefined;
    stack.push(screen);
  }
  return stack[0]?.kind === 'home' ? stack : undefined;
}

/**
 * The stack the browser starts with: where the reader left, checked against this bundle; Home
 * (an empty stack) with `--home`, or when nothing fitting was saved.
 */
export function resumeOrHome(catalog: Catalog, user: Pick<UserStore, 'loadResume'>, home = false): Screen[] {
  if (home) return [];
  return user.loadResume((snapshot) => resumeStack(snapshot, catalog)) ?? [];
}
