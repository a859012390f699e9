/**
 * Small typed readers for validating parsed JSON: each returns the value when it has the
 * expected shape, or records "PATH: expected X, got Y" and returns undefined. Every JSON file
 * osce-tui reads (the bundle's files, the user's config.json, sync's state) is checked with these,
 * so every message names the place the same way and every reader keeps the valid parts.
 */

/** Collects messages located by JSON path while one record is checked. */
export class JsonChecker {
  readonly issues: { path: string; message: string }[] = [];

  /** Records that the value at `path` is not what was expected. */
  fail(path: string, expected: string, value: unknown): undefined {
    this.issues.push({ path, message: `expected ${expected}, got ${describeJson(value)}` });
    return undefined;
  }

  /** Records a free-form message at `path`. */
  note(path: string, message: string): void {
    this.issues.push({ path, message });
  }

  object(value: unknown, path: string): Record<string, unknown> | undefined {
    if (isPlainObject(value)) return value;
    return this.fail(path, 'an object', value);
  }

  string(value: unknown, path: string, options: { nonEmpty?: boolean } = {}): string | undefined {
    if (typeof value !== 'string') return this.fail(path, options.nonEmpty ? 'a non-empty string' : 'a string', value);
    if (options.nonEmpty && value.trim() === '') return this.fail(path, 'a non-empty string', value);
    return value;
  }

  nullableString(value: unknown, path: string): string | null | undefined {
    if (value === null || typeof value === 'string') return value;
    return this.fail(path, 'a string or null', value);
  }

  boolean(value: unknown, path: string): boolean | undefined {
    if (typeof value === 'boolean') return value;
    return this.fail(path, 'true or false', value);
  }

  integer(value: unknown, path: string, min: number, max: number = Number.MAX_SAFE_INTEGER): number | undefined {
    if (typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max) return value;
    const range = max === Number.MAX_SAFE_INTEGER ? `an integer >= ${min}` : `an integer from ${min} to ${max}`;
    return this.fail(path, range, value);
  }

  /** An array whose every item passes `item`; undefined (and the first failures recorded) otherwise. */
  array<T>(value: unknown, path: string, item: (value: unknown, path: string) => T | undefined): T[] | undefined {
    const before = this.issues.length;
    const out = this.validItems(value, path, item);
    return this.issues.length === before ? out : undefined;
  }

  /**
   * The items of an array that pass `item`, each failing item recorded and left out: for lists
   * where one bad item must not cost the others. Undefined (recorded) when it is no array.
   */
  validItems<T>(value: unknown, path: string, item: (value: unknown, path: string) => T | undefined): T[] | undefined {
    if (!Array.isArray(value)) return this.fail(path, 'an array', value);
    const out: T[] = [];
    for (let index = 0; index < value.length; index += 1) {
      const checked = item(value[index], `${path}[${index}]`);
      if (checked !== undefined) out.push(checked);
    }
    return out;
  }

  /** The value when `isValid` accepts it; otherwise records it as not `expected`. */
  matching<T>(value: unknown, path: string, expected: string, isValid: (value: unknown) => value is T): T | undefined {
    return isValid(value) ? value : this.fail(path, expected, value);
  }

  /** The issues as `PATH: message` lines. */
  lines(): string[] {
    return this.issues.map((issue) => `${issue.path}: ${issue.message}`);
  }

  /** One of the given string values. */
  oneOf<T extends string>(value: unknown, path: string, allowed: readonly T[]): T | undefined {
    if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
    return this.fail(path, `one of ${allowed.map((a) => JSON.stringify(a)).join(', ')}`, value);
  }
}

/** True for `{...}` (not arrays, not null). */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A short description of a JSON value for messages: strings quoted and cut, objects by type. */
export function describeJson(value: unknown): string {
  if (value === undefined) return 'nothing (the field is missing)';
  if (value === null) return 'null';
  if (typeof value === 'string') {
    const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    return JSON.stringify(shown);
  }
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (typeof value === 'object') return 'an object';
  return String(value);
}
