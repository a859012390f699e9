import { MAX_RELEASE_LINE_BYTES } from './bundle-files.js';
import { type RawLine, readRawLines } from './read-lines.js';
import type { Problem, Release } from './types.js';
import { validateRelease } from './validate-release.js';

/**
 * What the line reader yields: a valid release (with its line and the line's byte range in the
 * file) or a located problem.
 */
export type ReleaseLineItem =
  | { release: Release; line: number; offset?: number; length?: number }
  | { problem: Problem; duplicateId?: string };

/** Options for reading releases.jsonl. */
export interface ReadReleaseOptions {
  /** Taxonomy lookup; unknown ids become problems and move to `unmapped` (see validateRelease). */
  isKnownId?: (id: string) => boolean;
  /** Receives every raw chunk, e.g. to hash the file while it streams. */
  onChunk?: (chunk: Buffer) => void;
  /** File name used in problems (default: the path read). */
  displayName?: string;
}

/**
 * Streams a file of releases one line at a time: memory stays flat at 200k releases and time is
 * linear in the file's size. Blank lines are skipped; a line that is not JSON or not a valid
 * release yields problems and the reading goes on. A repeated id yields a problem and the first
 * occurrence wins, so every reader sees the same set. A line longer than MAX_RELEASE_LINE_BYTES
 * is reported and skipped unread; a last line without a newline that does not parse is reported
 * as torn (an interrupted write) and ignored.
 */
export async function* readReleaseLines(
  file: string,
  options: ReadReleaseOptions = {},
): AsyncGenerator<ReleaseLineItem> {
  const name = options.displayName ?? file;
  const firstLineOfId = new Map<string, number>();
  for await (const raw of readRawLines(file, { onChunk: options.onChunk })) {
    yield* checkRawLine(raw, name, options.isKnownId, firstLineOfId);
  }
}

/**
 * Checks one raw line of a release file by readReleaseLines' rules, yielding its problems and,
 * when valid and not a repeat of an id in `firstLineOfId` (the file's ids so far, updated), its
 * release with the line's byte range. The loader and the index build both read lines through
 * this, so `osce-tui stats` lists the same problems whichever of them found them.
 */
export function* checkRawLine(
  raw: RawLine,
  file: string,
  isKnownId: ((id: string) => boolean) | undefined,
  firstLineOfId: Map<string, number>,
): Generator<ReleaseLineItem> {
  if (raw.kind === 'too-long') {
    yield { problem: { file, line: raw.line, message: tooLongMessage(raw.length) } };
    return;
  }
  const text = raw.bytes.toString('utf8');
  if (!raw.terminated && isTorn(text)) {
    yield { problem: { file, line: raw.line, message: TORN_LINE_MESSAGE } };
    return;
  }
  for (const item of checkLine(text, file, raw.line, isKnownId, firstLineOfId)) {
    yield 'release' in item ? { ...item, offset: raw.offset, length: raw.bytes.length } : item;
  }
}

// The problem text for a line over MAX_RELEASE_LINE_BYTES.
function tooLongMessage(bytes: number): string {
  return `line of ${bytes} bytes is longer than the limit of ${MAX_RELEASE_LINE_BYTES} bytes (16 MiB); skipped unread`;
}

// The problem text for a torn last line.
const TORN_LINE_MESSAGE =
  'torn last line: no newline at the end and not valid JSON (an interrupted write); ignored, and the next import or compact removes it';

/** True when an unterminated last line is not a whole JSON value: a write that stopped midway. */
export function isTorn(text: string): boolean {
  if (text.trim() === '') return false;
  try {
    JSON.parse(text.replace(/^\uFEFF/, ''));
    return false;
  } catch {
    return true;
  }
}

/** Reads every line of an in-memory releases.jsonl text; the same rules as readReleaseLines. */
export function parseReleaseLines(text: string, file: string, isKnownId?: (id: string) => boolean): ReleaseLineItem[] {
  const firstLineOfId = new Map<string, number>();
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  return lines.flatMap((line, index) => [...checkLine(line, file, index + 1, isKnownId, firstLineOfId)]);
}

/** Parses and validates one line; exported for tests and tools that hold a single line. */
export function parseReleaseLine(
  text: string,
  file: string,
  line: number,
  isKnownId?: (id: string) => boolean,
): { release?: Release; problems: Problem[] } {
  const trimmed = (line === 1 ? text.replace(/^\uFEFF/, '') : text).trim();
  let value: unknown;
  try {
    value = JSON.parse(trimmed);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { problems: [{ file, line, message: `not valid JSON (${reason}); expected one release object per line` }] };
  }
  return validateRelease(value, file, line, isKnownId);
}

function* checkLine(
  text: string,
  file: string,
  line: number,
  isKnownId: ((id: string) => boolean) | undefined,
  firstLineOfId: Map<string, number>,
): Generator<ReleaseLineItem> {
  if (text.trim() === '') return;
  const { release, problems } = parseReleaseLine(text, file, line, isKnownId);
  for (const problem of problems) yield { problem };
  if (!release) return;
  const first = firstLineOfId.get(release.id);
  if (first !== undefined) {
    yield { problem: duplicateIdProblem(file, line, release.id, first), duplicateId: release.id };
    return;
  }
  firstLineOfId.set(release.id, line);
  yield { release, line };
}

/** The problem of a line whose release repeats the id of the release on line `first`. */
export function duplicateIdProblem(file: string, line: number, id: string, first: number): Problem {
  return {
    file,
    line,
    path: '$.id',
    message: `duplicate id ${JSON.stringify(id)} (first on line ${first}); this line is ignored`,
  };
}
