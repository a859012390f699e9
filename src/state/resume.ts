import type { JsonValue, UserStateData } from './state-data.js';

/**
 * Checks a stored snapshot against the bundle now loaded and returns what can be reopened
 * (possibly trimmed), or undefined to start at Home.
 */
export type ResumeValidator<T> = (snapshot: unknown) => T | undefined;

/** Stores the UI's snapshot; it must survive a JSON round trip (anything else is refused). */
export function saveResume(data: UserStateData, snapshot: JsonValue, at: Date): void {
  data.resume = { savedAt: at.toISOString(), snapshot: toJson(snapshot) };
}

/** The stored snapshot as the validator accepts it, or undefined (none, stale or invalid). */
export function loadResume<T>(data: UserStateData, validate: ResumeValidator<T>): T | undefined {
  if (!data.resume) return undefined;
  try {
    return validate(structuredClone(data.resume.snapshot)) ?? undefined;
  } catch {
    return undefined;
  }
}

/** Forgets the snapshot. */
export function clearResume(data: UserStateData): void {
  data.resume = null;
}

function toJson(snapshot: JsonValue): JsonValue {
  const text = JSON.stringify(snapshot);
  if (text === undefined) throw new TypeError('resume snapshot must be a JSON value');
  return JSON.parse(text) as JsonValue;
}
