import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { firstInvalidUtf8 } from '../../src/ingest/check-text-bytes.js';
import { noPageFilesMessage, readImportInputs } from '../../src/ingest/read-inputs.js';
import type { ImportInput } from '../../src/ingest/types.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'osce-ingest-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

async function collect(paths: string[], options = {}): Promise<ImportInput[]> {
  const out: ImportInput[] = [];
  for await (const input of readImportInputs(paths, options)) out.push(input);
  return out;
}

const reason = (input: ImportInput | undefined): string | undefined =>
  input && 'skipped' in input ? input.skipped : undefined;

describe('readImportInputs', () => {
  it('walks folders recursively in sorted order, skipping hidden entries and non-.txt files', async () => {
    mkdirSync(join(dir, 'b'));
    mkdirSync(join(dir, '.hidden'));
    writeFileSync(join(dir, 'b', 'two.txt'), 'Title two\nBody.');
    writeFileSync(join(dir, 'a.txt'), 'Title one\nBody.');
    writeFileSync(join(dir, '.secret.txt'), 'x');
    writeFileSync(join(dir, '.hidden', 'x.txt'), 'x');
    writeFileSync(join(dir, 'notes.md'), 'x');
    const inputs = await collect([dir]);
    expect(inputs.map((input) => input.file)).toEqual([
      join(dir, 'a.txt'),
      join(dir, 'b', 'two.txt'),
      join(dir, 'notes.md'),
    ]);
    expect(reason(inputs[2])).toBe('not a page file (folders are read for *.txt, *.html, *.htm only)');
    expect(inputs[0]).toEqual({ file: join(dir, 'a.txt'), text: 'Title one\nBody.' });
  });

  it('reports a FIFO inside a folder as skipped, not silently ignored', async () => {
    writeFileSync(join(dir, 'a.txt'), 'Title one\nBody.');
    execFileSync('mkfifo', [join(dir, 'pipe.txt')]);
    const inputs = await collect([dir]);
    expect(inputs.map((input) => [input.file, reason(input)])).toEqual([
      [join(dir, 'a.txt'), undefined],
      [join(dir, 'pipe.txt'), 'not a regular file (a FIFO)'],
    ]);
    expect(reason((await collect([join(dir, 'pipe.txt')]))[0])).toBe('not a regular file (a FIFO)');
  });

  it('tells an import with no page file from one with a page', () => {
    expect(noPageFilesMessage(0, [])).toBe('no page files found: folders are read for *.txt, *.html, *.htm files');
    expect(
      noPageFilesMessage(2, [
        'not a page file (folders are read for *.txt, *.html, *.htm only)',
        'not a regular file (a socket)',
      ]),
    ).toBe('no page files found: folders are read for *.txt, *.html, *.htm files (2 other entries were skipped)');
    expect(noPageFilesMessage(1, ['empty file'])).toBeNull();
    expect(noPageFilesMessage(2, ['not a page file (folders are read for *.txt, *.html, *.htm only)'])).toBeNull();
  });

  it('refuses an oversized file from its size alone', async () => {
    const big = join(dir, 'big.txt');
    writeFileSync(big, '');
    truncateSync(big, 50 * 1024 * 1024);
    const [input] = await collect([big]);
    expect(reason(input)).toBe('50 MB, over the 10 MB limit for one page');
  });

  it.each([
    ['empty file', Buffer.alloc(0), 'empty file'],
    ['white space only', Buffer.from(' \n\n\t\n'), 'empty file (only white space)'],
    ['NUL bytes', Buffer.from([0x54, 0x69, 0x00, 0x74]), 'binary file (NUL byte at offset 2), expected a text page'],
    [
      'control bytes',
      Buffer.from('\u0001\u0002\u0003\u0004ab'),
      'binary file (67% control bytes), expected a text page',
    ],
    [
      'invalid UTF-8',
      Buffer.concat([Buffer.from('Title ok\nBody '), Buffer.from([0xc3, 0x28])]),
      'invalid UTF-8 at byte offset 14, expected a UTF-8 text page',
    ],
  ])('refuses %s with one clear line', async (_name, bytes, expected) => {
    const file = join(dir, 'page.txt');
    writeFileSync(file, bytes);
    expect(reason((await collect([file]))[0])).toBe(expected);
  });

  it('reports a missing path and goes on', async () => {
    writeFileSync(join(dir, 'ok.txt'), 'Title\nBody.');
    const inputs = await collect([join(dir, 'missing.txt'), join(dir, 'ok.txt')]);
    expect(reason(inputs[0])).toBe('no such file or folder');
    expect('text' in inputs[1]!).toBe(true);
  });

  it('reads `-` from stdin, within the limit', async () => {
    const [input] = await collect(['-'], { stdin: Readable.from([Buffer.from('Title\n'), Buffer.from('Body.')]) });
    expect(input).toEqual({ file: '<stdin>', text: 'Title\nBody.' });
    const [tooBig] = await collect(['-'], { stdin: Readable.from([Buffer.alloc(600, 0x61)]), maxBytes: 500 });
    expect(reason(tooBig)).toBe('more than 500 bytes on stdin, over the limit for one page');
  });

  it('strips a byte order mark', async () => {
    const file = join(dir, 'bom.txt');
    writeFileSync(file, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Title\nBody.')]));
    expect((await collect([file]))[0]).toEqual({ file, text: 'Title\nBody.' });
  });
});

describe('firstInvalidUtf8', () => {
  it('points at truncated, overlong and surrogate sequences', () => {
    expect(firstInvalidUtf8(Buffer.from('abc'))).toBe(-1);
    expect(firstInvalidUtf8(Buffer.from('aé€😀'))).toBe(-1);
    expect(firstInvalidUtf8(Buffer.from([0x61, 0xe2, 0x82]))).toBe(1);
    expect(firstInvalidUtf8(Buffer.from([0x61, 0x62, 0xc0, 0xaf]))).toBe(2);
    expect(firstInvalidUtf8(Buffer.from([0xed, 0xa0, 0x80]))).toBe(0);
    expect(firstInvalidUtf8(Buffer.from([0x61, 0xff]))).toBe(1);
  });
});
