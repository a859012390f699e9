import { createReadStream, readFileSync, statSync } from 'node:fs';
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

const CHUNK_BYTES = 1 << 20;

/**
 * Streams a file line by line in time linear in its size (see LineSplitter).
 */
export async function* readRawLines(file: string, options: ReadLinesOptions = {}): AsyncGenerator<RawLine> {
  const lines = new LineSplitter(options.maxLineBytes);
  for await (const chunk of fileChunks(file)) {
    options.onChunk?.(chunk as Buffer);
    yield* lines.push(chunk as Buffer);
  }
  yield* lines.end();
}

// A file of one chunk or less (the packaged bundle's) is read at once: the same one chunk a
// stream gives, without loading Node's streams (~20 internal modules, a tenth of a print
// command's start) or waiting for the thread pool. Larger files stream, so memory stays flat.
function fileChunks(file: string): AsyncIterable<unknown> | Iterable<Buffer> {
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    size = Number.POSITIVE_INFINITY; // the stream reports the error, worded as it always was
  }
  if (size > CHUNK_BYTES) return createReadStream(file, { highWaterMark: CHUNK_BYTES });
  const whole = readFileSync(file);
  return whole.length === 0 ? [] : [whole];
}

/**
 * Splits chunks of a file into lines: each chunk is searched for newlines from where the last
 * search stopped, and a line is joined only once it is whole. A line longer than the limit is
 * dropped as it streams (only its length is kept), so one hostile line cannot exhaust memory or
 * hit the engine's longest-string limit. It keeps slices of a chunk between calls, so each chunk
 * must be a buffer of its own.
 */
export class LineSplitter {
  private readonly max: number;
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private tooLong = false;
  private lineStart = 0;
  private position = 0;
  private line = 1;

  /**
   * `maxLineBytes`: the longest line kept (default MAX_RELEASE_LINE_BYTES). `copyTail`: keep a
   * copy of a chunk's unfinished last line instead of a slice, so that once push() has run to its
   * end the chunk is the caller's again (to hand to another thread, say). `start`: where in the
   * file the first chunk begins (a line's first byte) and that line's number.
   */
  constructor(
    maxLineBytes?: number,
    private readonly copyTail = false,
    start: { offset: number; line: number } = { offset: 0, line: 1 },
  ) {
    this.max = maxLineBytes ?? MAX_RELEASE_LINE_BYTES;
    this.lineStart = start.offset;
    this.position = start.offset;
    this.line = start.line;
  }

  /** The lines a chunk completes. */
  *push(buffer: Buffer): Generator<RawLine> {
    let start = 0;
    for (let newline = buffer.indexOf(10); newline !== -1; newline = buffer.indexOf(10, start)) {
      yield this.finish(buffer.subarray(start, newline), true);
      start = newline + 1;
      this.lineStart = this.position + start;
    }
    const rest = buffer.length - start;
    if (rest > 0) {
      if (!this.tooLong && this.pendingBytes + rest > this.max) {
        this.pending = [];
        this.tooLong = true;
      }
      if (!this.tooLong) {
        const tail = buffer.subarray(start);
        this.pending.push(this.copyTail ? Buffer.from(tail) : tail);
      }
      this.pendingBytes += rest;
    }
    this.position += buffer.length;
  }

  /** The last line, when the file does not end with a newline. */
  *end(): Generator<RawLine> {
    if (this.pendingBytes > 0) yield this.finish(Buffer.alloc(0), false);
  }

  private finish(tail: Buffer, terminated: boolean): RawLine {
    const { line, lineStart: offset } = this;
    const length = this.pendingBytes + tail.length;
    const item: RawLine =
      this.tooLong || length > this.max
        ? { kind: 'too-long', line, offset, length, terminated }
        : {
            kind: 'line',
            bytes: this.pending.length === 0 ? tail : Buffer.concat([...this.pending, tail]),
            line,
            offset,
            terminated,
          };
    this.pending = [];
    this.pendingBytes = 0;
    this.tooLong = false;
    this.line += 1;
    return item;
  }
}
