/**
 * Small typed readers for validating parsed JSON: each returns the value when it has the
 * expected shape, or records "PATH: expected X, got Y" and returns undefined. Validators of the
 * bundle files are built from these so every message reads the same way.
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
    if (!Array.isArray(value)) return this.fail(path, 'an array', value);
    const before = this.issues.length;
    const out: T[] = [];
    for (let index = 0; index < value.length; index += 1) {
      const checked = item(value[index], `${path}[${index}]`);
      if (checked !== undefined) out.push(checked);
    }
    return this.issues.length === before ? out : undefined;
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
