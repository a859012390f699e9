import { closeSync, createReadStream, openSync, readSync } from 'node:fs';
import { parseReleaseLine } from '../bundle/read-releases.js';
import type { Release } from '../bundle/types.js';

/** A valid release of releases.jsonl and where its line lies in the file, in bytes. */
export interface LocatedRelease {
  release: Release;
  offset: number;
  length: number;
}

/**
 * Streams the valid releases of a releases.jsonl with the byte range of each line, so the index
 * can point into the bundle instead of keeping a second copy of every article. Validation is
 * the bundle loader's (parseReleaseLine); invalid lines and repeated ids are skipped here, since
 * loadBundle is where they are reported.
 */
export async function* readLocatedReleases(file: string, isKnownId: (id: string) => boolean): AsyncGenerator<LocatedRelease> {
  const seen = new Set<string>();
  let pending: Buffer[] = [];
  let pendingStart = 0;
  let position = 0;
  let line = 0;
  const finish = function* (bytes: Buffer, offset: number): Generator<LocatedRelease> {
    line += 1;
    const text = bytes.toString('utf8');
    if (text.trim() === '') return;
    const { release } = parseReleaseLine(text, file, line, isKnownId);
    if (!release || seen.has(release.id)) return;
    seen.add(release.id);
    yield { release, offset, length: bytes.length };
  };
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) {
    const buffer = chunk as Buffer;
    let start = 0;
    for (let newline = buffer.indexOf(10); newline !== -1; newline = buffer.indexOf(10, start)) {
      const piece = buffer.subarray(start, newline);
      const bytes = pending.length > 0 ? Buffer.concat([...pending, piece]) : piece;
      yield* finish(bytes, pending.length > 0 ? pendingStart : position + start);
      pending = [];
      start = newline + 1;
    }
    if (start < buffer.length) {
      if (pending.length === 0) pendingStart = position + start;
      pending.push(buffer.subarray(start));
    }
    position += buffer.length;
  }
  if (pending.length > 0) yield* finish(Buffer.concat(pending), pendingStart);
}

/** Reads byte ranges of one file; keeps it open, so a bundle replaced meanwhile is still read as indexed. */
export class LineReader {
  private fd: number | undefined;

  constructor(private readonly file: string) {
    try {
      // Opened now, so a bundle replaced later (an import renames a new file into place) is
      // still read as it was indexed, until the catalog is reopened.
      this.fd = openSync(file, 'r');
    } catch {
      // read() tries again and reports undefined
    }
  }

  /** The text of the byte range, or undefined when the file cannot be read. */
  read(offset: number, length: number): string | undefined {
    try {
      this.fd ??= openSync(this.file, 'r');
      const buffer = Buffer.alloc(length);
      const read = readSync(this.fd, buffer, 0, length, offset);
      return buffer.subarray(0, read).toString('utf8');
    } catch {
      return undefined;
    }
  }

  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
  }
}
