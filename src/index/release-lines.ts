import { closeSync, createReadStream, openSync, readSync } from 'node:fs';
import { MAX_RELEASE_LINE_BYTES } from '../bundle/bundle-files.js';
import { LineSplitter, type RawLine } from '../bundle/read-lines.js';
import { checkRawLine } from '../bundle/read-releases.js';
import type { Problem, Release } from '../bundle/types.js';

/** A valid release of a release file and where its line lies in that file, in bytes. */
export interface LocatedRelease {
  release: Release;
  /** The line's number in the file. */
  line: number;
  offset: number;
  length: number;
}

/** What reading one release file found besides its releases. */
export interface ReadReport {
  /** How many problems (invalid lines, repeated ids, lines over the limit). */
  problems: number;
  /** The first of them, for "first at FILE:LINE". */
  firstProblem?: Problem;
  /** When given, every problem is added here in file order: the index keeps them for `osce-tui stats`. */
  all?: Problem[];
  /** When given, each problem of `all` that is a repeated id is mapped here to that id. */
  duplicateIds?: Map<Problem, string>;
  /** When given, receives the line of each id's first release in the file. */
  firstLineOfId?: Map<string, number>;
}

/** Options for reading one release file. */
export interface ReadLinesOptions {
  isKnownId: (id: string) => boolean;
  /** The file's name in problems (bundle-relative, e.g. `releases/000001.jsonl`). */
  displayName: string;
  /**
   * Receives every raw chunk once its lines are read, to fingerprint the file: the reader keeps
   * nothing of it, so it may be handed to another thread without a copy.
   */
  onChunk?: (chunk: Buffer) => void;
  /** The longest line kept (default MAX_RELEASE_LINE_BYTES); tests lower it. */
  maxLineBytes?: number;
  /**
   * Read only the bytes [start, end) (end: the end of the file when not given); `start` is a
   * line's first byte and `line` that line's number.
   */
  range?: { start: number; end?: number; line: number };
}

const CHUNK = 1 << 20;
// The largest read buffer a SegmentLines keeps between reads.
const KEPT_BUFFER_BYTES = 1 << 20;

/**
 * Streams the valid releases of one release file with the byte range of each line, so the index
 * can point into the bundle instead of keeping a second copy of every article. Validation is
 * the bundle loader's (checkRawLine); a repeated id within the file keeps its first line, as
 * the loader does. Problems are counted into `report`.
 */
export async function* readLocatedReleases(
  file: string,
  options: ReadLinesOptions,
  report: ReadReport,
): AsyncGenerator<LocatedRelease> {
  const lines = new ReleaseLineParser(options, report);
  const { start = 0, end } = options.range ?? {};
  // An empty range reads nothing (createReadStream's end is inclusive, and below start it throws).
  if (end !== undefined && end <= start) return;
  const stream = createReadStream(file, { highWaterMark: CHUNK, start, end: end === undefined ? undefined : end - 1 });
  for await (const chunk of stream) yield* lines.push(chunk as Buffer);
  yield* lines.end();
}

/** readLocatedReleases without awaiting: for updates made inside one write transaction. */
export function* readLocatedReleasesSync(
  file: string,
  options: ReadLinesOptions,
  report: ReadReport,
): Generator<LocatedRelease> {
  const lines = new ReleaseLineParser(options, report);
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(CHUNK);
    for (let read = readSync(fd, buffer, 0, CHUNK, null); read > 0; read = readSync(fd, buffer, 0, CHUNK, null)) {
      // The splitter keeps slices of a chunk between calls, so each chunk must be a fresh buffer.
      yield* lines.push(Buffer.from(buffer.subarray(0, read)));
    }
  } finally {
    closeSync(fd);
  }
  yield* lines.end();
}

// Turns the lines of one release file into its valid releases, by the loader's rules (checkRawLine);
// a line longer than the limit is a problem (the splitter drops its bytes as they arrive).
class ReleaseLineParser {
  private readonly firstLineOfId: Map<string, number>;
  private readonly lines: LineSplitter;

  constructor(
    private readonly options: ReadLinesOptions,
    private readonly report: ReadReport,
  ) {
    this.firstLineOfId = report.firstLineOfId ?? new Map();
    const { start: offset = 0, line = 1 } = options.range ?? {};
    this.lines = new LineSplitter(options.maxLineBytes ?? MAX_RELEASE_LINE_BYTES, true, { offset, line });
  }

  *push(buffer: Buffer): Generator<LocatedRelease> {
    for (const raw of this.lines.push(buffer)) yield* this.parse(raw);
    this.options.onChunk?.(buffer);
  }

  *end(): Generator<LocatedRelease> {
    for (const raw of this.lines.end()) yield* this.parse(raw);
  }

  private *parse(raw: RawLine): Generator<LocatedRelease> {
    for (const item of checkRawLine(raw, this.options.displayName, this.options.isKnownId, this.firstLineOfId)) {
      if ('problem' in item) this.problem(item.problem, item.duplicateId);
      else yield { release: item.release, line: item.line, offset: raw.offset, length: item.length ?? 0 };
    }
  }

  private problem(problem: Problem, duplicateId: string | undefined): void {
    this.report.problems += 1;
    this.report.firstProblem ??= problem;
    this.report.all?.push(problem);
    if (duplicateId !== undefined) this.report.duplicateIds?.set(problem, duplicateId);
  }
}

/**
 * Reads byte ranges of a bundle's release files, each named by its sequence number. Every file
 * is opened at once, so a file replaced later (a compaction renames a new releases.jsonl into
 * place) is still read as it was indexed, until the catalog is reopened.
 */
export class SegmentLines {
  private readonly fds = new Map<number, number>();
  private buffer = Buffer.alloc(0);

  constructor(private readonly paths: ReadonlyMap<number, string>) {
    for (const sequence of paths.keys()) this.open(sequence);
  }

  /** The text of the byte range, or undefined when the file cannot be read. */
  read(sequence: number, offset: number, length: number): string | undefined {
    const fd = this.fds.get(sequence) ?? this.open(sequence);
    if (fd === undefined) return undefined;
    try {
      // One buffer for every read (the text is a copy): a build reads 200,000 lines in a row. A
      // line longer than it gets one of its own, not kept.
      if (this.buffer.length < length && length <= KEPT_BUFFER_BYTES)
        this.buffer = Buffer.allocUnsafe(Math.min(KEPT_BUFFER_BYTES, Math.max(length, this.buffer.length * 2)));
      const buffer = this.buffer.length >= length ? this.buffer : Buffer.allocUnsafe(length);
      const read = readSync(fd, buffer, 0, length, offset);
      return buffer.toString('utf8', 0, read);
    } catch {
      return undefined;
    }
  }

  close(): void {
    for (const fd of this.fds.values()) closeSync(fd);
    this.fds.clear();
  }

  private open(sequence: number): number | undefined {
    const path = this.paths.get(sequence);
    if (path === undefined) return undefined;
    try {
      const fd = openSync(path, 'r');
      this.fds.set(sequence, fd);
      return fd;
    } catch {
      return undefined;
    }
  }
}
