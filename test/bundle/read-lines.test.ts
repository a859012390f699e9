import { open, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_RELEASE_LINE_BYTES } from '../../src/bundle/bundle-files.js';
import { readRawLines } from '../../src/bundle/read-lines.js';
import { type ReleaseLineItem, readReleaseLines } from '../../src/bundle/read-releases.js';
import { serializeRelease } from '../../src/bundle/serialize-release.js';
import { useTempDirs } from '../helpers/temp-dir.js';
import { makeRelease } from '../world/make.js';

async function collect(items: AsyncGenerator<ReleaseLineItem>): Promise<ReleaseLineItem[]> {
  const out: ReleaseLineItem[] = [];
  for await (const item of items) out.push(item);
  return out;
}

/** Writes `length` bytes of one unbroken line in 8 MiB pieces, so the test never holds it whole. */
async function writeLongLine(file: string, head: string, length: number, tail: string): Promise<void> {
  const handle = await open(file, 'a');
  const piece = Buffer.alloc(8 << 20, 'a');
  await handle.write(head);
  for (let written = 0; written < length; written += piece.length)
    await handle.write(piece, 0, Math.min(piece.length, length - written));
  await handle.write(tail);
  await handle.close();
}

describe('readRawLines', () => {
  const tempDir = useTempDirs();

  it('gives each line with its byte range, and says whether the last one ended with a newline', async () => {
    const file = join(await tempDir(), 'lines.jsonl');
    await writeFile(file, 'ab\n\nçd\nlast');
    const lines = [];
    for await (const line of readRawLines(file, { maxLineBytes: 3 }))
      lines.push(
        line.kind === 'line'
          ? [line.line, line.offset, line.bytes.toString(), line.terminated]
          : [line.line, 'too long', line.length],
      );
    expect(lines).toEqual([
      [1, 0, 'ab', true],
      [2, 3, '', true],
      [3, 4, 'çd', true],
      [4, 'too long', 4],
    ]);
  });
});

describe('readReleaseLines on hostile input', () => {
  const tempDir = useTempDirs();

  // The point is that reading terminates in time linear in the size: the bound is loose on purpose.
  it('skips a 100 MB line unread, reports it with its line, and keeps the releases around it', async () => {
    const file = join(await tempDir(), 'releases.jsonl');
    await writeFile(file, `${serializeRelease(makeRelease({ id: 'fx-before' }))}\n`);
    await writeLongLine(file, '{"id":"fx-huge","title":"', 100 * 1024 * 1024, '"}\n');
    await writeFile(file, `${serializeRelease(makeRelease({ id: 'fx-after' }))}\n`, { flag: 'a' });
    const started = Date.now();
    const items = await collect(readReleaseLines(file, { displayName: 'releases.jsonl' }));
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(
      items.map((item) =>
        'release' in item ? item.release.id : `${item.problem.file}:${item.problem.line} ${item.problem.message}`,
      ),
    ).toEqual([
      'fx-before',
      expect.stringMatching(
        /^releases\.jsonl:2 line of 1048576\d\d bytes is longer than the limit of 16777216 bytes \(16 MiB\); skipped unread$/,
      ),
      'fx-after',
    ]);
  }, 60_000);

  it('reads a valid release whose line is just under the limit', async () => {
    const file = join(await tempDir(), 'releases.jsonl');
    const text = 'word '.repeat(Math.floor((MAX_RELEASE_LINE_BYTES - 2000) / 5));
    await writeFile(file, `${serializeRelease(makeRelease({ id: 'fx-long', body: [{ kind: 'paragraph', text }] }))}\n`);
    const started = Date.now();
    const items = await collect(readReleaseLines(file));
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(items).toHaveLength(1);
    expect('release' in items[0]! && items[0].release.body[0]).toEqual({ kind: 'paragraph', text });
  }, 60_000);

  it('reports a torn last line (no newline, not JSON) but reads an unterminated whole one', async () => {
    const file = join(await tempDir(), 'releases.jsonl');
    const whole = serializeRelease(makeRelease({ id: 'fx-whole' }));
    await writeFile(file, `${whole}\n${whole.replace('fx-whole', 'fx-cut').slice(0, 80)}`);
    const items = await collect(readReleaseLines(file, { displayName: 'r.jsonl' }));
    expect(
      items.map((item) =>
        'release' in item ? item.release.id : `${item.problem.file}:${item.problem.line} ${item.problem.message}`,
      ),
    ).toEqual([
      'fx-whole',
      expect.stringMatching(/^r\.jsonl:2 torn last line: no newline at the end and not valid JSON/),
    ]);
    await writeFile(file, `${whole}\n${whole.replace('fx-whole', 'fx-unterminated')}`);
    const again = await collect(readReleaseLines(file));
    expect(again.map((item) => ('release' in item ? item.release.id : 'problem'))).toEqual([
      'fx-whole',
      'fx-unterminated',
    ]);
  });
});
