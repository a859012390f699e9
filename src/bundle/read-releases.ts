import { createReadStream } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import type { Problem, Release } from './types.js';
import { validateRelease } from './validate-release.js';

/** What the line reader yields: a valid release (with its line) or a located problem. */
export type ReleaseLineItem = { release: Release; line: number } | { problem: Problem };

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
 * Streams releases.jsonl one line at a time: memory stays flat at 200k releases. Blank lines are
 * skipped; a line that is not JSON or not a valid release yields problems and the reading goes on.
 * A repeated id yields a problem and the first occurrence wins, so every reader sees the same set.
 */
export async function* readReleaseLines(file: string, options: ReadReleaseOptions = {}): AsyncGenerator<ReleaseLineItem> {
  const name = options.displayName ?? file;
  const firstLineOfId = new Map<string, number>();
  const decoder = new StringDecoder('utf8');
  let pending = '';
  let lineNumber = 0;
  function* consume(text: string): Generator<ReleaseLineItem> {
    lineNumber += 1;
    yield* checkLine(text, name, lineNumber, options.isKnownId, firstLineOfId);
  }
  for await (const chunk of createReadStream(file)) {
    const buffer = chunk as Buffer;
    options.onChunk?.(buffer);
    pending += decoder.write(buffer);
    let newline = pending.indexOf('\n');
    while (newline !== -1) {
      yield* consume(pending.slice(0, newline));
      pending = pending.slice(newline + 1);
      newline = pending.indexOf('\n');
    }
  }
  pending += decoder.end();
  if (pending !== '') yield* consume(pending);
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
    yield { problem: { file, line, path: '$.id', message: `duplicate id ${JSON.stringify(release.id)} (first on line ${first}); this line is ignored` } };
    return;
  }
  firstLineOfId.set(release.id, line);
  yield { release, line };
}
