import { describe, expect, it } from 'vitest';
import { decodeHtml } from '../../../src/ingest/html/decode-html.js';
import { html, htmlFixture } from './fixtures.js';

const text = (bytes: Uint8Array): string => {
  const decoded = decodeHtml(bytes);
  if ('reason' in decoded) throw new Error(decoded.reason);
  return decoded.text;
};

describe('decodeHtml', () => {
  it('reads the charset a <meta http-equiv> names (windows-1251)', () => {
    const decoded = decodeHtml(htmlFixture('windows-1251.html'));
    expect(decoded).toMatchObject({ encoding: 'windows-1251', warnings: [] });
    expect(text(htmlFixture('windows-1251.html'))).toContain('<h1>Выдуманный хор из двух городов спел вместе</h1>');
  });

  it('reads <meta charset> (iso-8859-2) and an XML declaration', () => {
    const latin2 = Uint8Array.from([...html('<meta charset="iso-8859-2"><p>Ko'), 0xb9, ...html('ice</p>')]);
    expect(text(latin2)).toContain('Košice');
    const xml = Uint8Array.from([
      ...html('<?xml version="1.0" encoding="windows-1250"?><html><p>'),
      0x8a,
      ...html('ibenik</p>'),
    ]);
    expect(text(xml)).toContain('Šibenik');
  });

  it('goes by the byte-order mark before any <meta>', () => {
    expect(text(Uint8Array.from([0xef, 0xbb, 0xbf, ...html('<meta charset="windows-1251"><p>Zürich</p>')]))).toBe(
      '<meta charset="windows-1251"><p>Zürich</p>',
    );
    const utf16 = Buffer.from('\ufeff<p>Ohrid</p>', 'utf16le');
    expect(text(utf16)).toBe('<p>Ohrid</p>');
  });

  it('reads UTF-8 bytes as UTF-8 when the page names a single-byte charset, and says so', () => {
    const decoded = decodeHtml(htmlFixture('wrong-charset.html'));
    expect(decoded).toMatchObject({
      encoding: 'utf-8',
      warnings: ['the page names charset "iso-8859-1" but its bytes are UTF-8; read as UTF-8'],
    });
    expect(text(htmlFixture('wrong-charset.html'))).toContain('Café Müller');
  });

  it('keeps a page with a stray invalid byte, marking it and giving its offset', () => {
    const bytes = Uint8Array.from([...html('<p>Caf'), 0xe9, ...html(' reopens</p>')]);
    expect(decodeHtml(bytes)).toEqual({
      text: '<p>Caf\ufffd reopens</p>',
      encoding: 'utf-8',
      warnings: ['invalid UTF-8 at byte offset 6: 1 byte sequence shown as �'],
    });
  });

  it('skips a page in another charset than it names (or none), with the first bad byte offset', () => {
    const bytes = htmlFixture('missing-charset-cp1251.html');
    const offset = bytes.findIndex((byte) => byte >= 0x80);
    const decoded = decodeHtml(bytes);
    expect(decoded).toHaveProperty('reason');
    expect('reason' in decoded && decoded.reason).toMatch(
      new RegExp(
        `^invalid UTF-8 at byte offset ${offset} \\(\\d+ invalid byte sequences; the page names no charset\\)`,
      ),
    );
  });

  it('reports the offset of a byte a multi-byte charset cannot read', () => {
    const bytes = Uint8Array.from([
      ...html('<meta charset="shift_jis"><p>'),
      ...Array.from({ length: 20 }, () => [0x81, 0x20]).flat(),
    ]);
    const decoded = decodeHtml(bytes);
    expect('reason' in decoded && decoded.reason).toMatch(/^invalid shift_jis at byte offset 29 /);
  });

  it('reads an unknown charset as UTF-8 with a warning, and refuses empty and binary files', () => {
    expect(decodeHtml(html('<meta charset="klingon"><p>x</p>'))).toMatchObject({
      encoding: 'utf-8',
      warnings: ['the page names charset "klingon", which is not one the importer knows; read as UTF-8'],
    });
    expect(decodeHtml(new Uint8Array())).toEqual({ reason: 'empty file' });
    expect(decodeHtml(html(' \n '))).toEqual({ reason: 'empty file (only white space)' });
    expect(decodeHtml(Uint8Array.from([0x3c, 0x70, 0x3e, 0x00, 0x01]))).toEqual({
      reason: 'binary file (NUL byte at offset 3), expected an HTML page',
    });
  });
});
