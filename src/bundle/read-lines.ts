import { createReadStream } from 'node:fs';
import { MAX_RELEASE_LINE_BYTES } from './bundle-files.js';

/**
 * One line of a file as bytes, without its newline. `terminated` is false only for a last line
 * with no newline after it (what an interrupted append leaves). `offset` is the line's first byte.
 */
export type RawLine =
  | { kind: 'line'; bytes: Buffer; line: number; offset: number; terminated: boolean }
  | { kind: 'too-long'; line: number; offset: number; length: number; terminated: boolean };

/** Options for readRawLines. */
export interface ReadLinesOptions {
  /** Receives every raw chunk, e.g. to hash the file while it streams. */
  onChunk?: (chunk: Buffer) => void;
  /** Longest line kept, in bytes (default MAX_RELEASE_LINE_BYTES); a longer one is only measured. */
  maxLineBytes?: number;
}

/**
 * Streams a file line by line in time linear in its size: each chunk is searched for newlines
 * from where the last search stopped, and a line is decoded only once it is whole. A line longer
 * than the limit is dropped as it streams (only its length is kept), so one hostile line cannot
 * exhaust memory or hit the engine's longest-string limit.
 */
export async function* readRawLines(file: string, options: ReadLinesOptions = {}): AsyncGenerator<RawLine> {
  const max = options.maxLineBytes ?? MAX_RELEASE_LINE_BYTES;
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let tooLong = false;
  let lineStart = 0;
  let position = 0;
  let line = 1;
  const finish = (tail: Buffer, terminated: boolean): RawLine => {
    const length = pendingBytes + tail.length;
    const item: RawLine =
      tooLong || length > max
        ? { kind: 'too-long', line, offset: lineStart, length, terminated }
        : { kind: 'line', bytes: pending.length === 0 ? tail : Buffer.concat([...pending, tail]), line, offset: lineStart, terminated };
    pending = [];
    pendingBytes = 0;
    tooLong = false;
    line += 1;
    return item;
  };
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) {
    const buffer = chunk as Buffer;
    options.onChunk?.(buffer);
    let start = 0;
    for (let newline = buffer.indexOf(10); newline !== -1; newline = buffer.indexOf(10, start)) {
      yield finish(buffer.subarray(start, newline), true);
      start = newline + 1;
      lineStart = position + start;
    }
    const rest = buffer.length - start;
    if (rest > 0) {
      if (!tooLong && pendingBytes + rest > max) {
        pending = [];
        tooLong = true;
      }
      if (!tooLong) pending.push(buffer.subarray(start));
      pendingBytes += rest;
    }
    position += buffer.length;
  }
  if (pendingBytes > 0) yield finish(Buffer.alloc(0), false);
}
