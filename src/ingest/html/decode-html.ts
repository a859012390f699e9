import { isUtf8 } from 'node:buffer';
import { firstInvalidUtf8 } from '../check-text-bytes.js';

/** A decoded page, the encoding it was read in, and what the reader should know about that. */
export interface DecodedHtml {
  text: string;
  encoding: string;
  warnings: string[];
}

// How far to look for a declared charset. The HTML standard looks at 1024 bytes; saved pages put
// long comments (SingleFile's header, a "saved from" line) before the <meta>, so look further.
const PRESCAN_BYTES = 8192;
// A few bad bytes are a stray character in a UTF-8 page: keep the page, mark them. More mean the
// page is in another encoding than the one it names, and every non-ASCII letter would be lost.
const MAX_REPLACED_SEQUENCES = 16;

const BOMS: { bytes: number[]; encoding: string }[] = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
];

const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i;
const XML_ENCODING = /^\s*<\?xml\b[^>]*?\bencoding\s*=\s*["']([\w.:-]+)["']/i;

/**
 * Decodes an HTML page: by its byte-order mark, else the charset its `<meta>` (or XML
 * declaration) names, else UTF-8. A page that names a single-byte charset but is valid UTF-8 with
 * non-ASCII letters is read as UTF-8 (a saved page keeps the old <meta> after the browser
 * re-encoded it). Invalid bytes are never thrown: a few are shown as U+FFFD with a warning giving
 * the byte offset; many make the page unreadable, and the reason gives the offset.
 */
export function decodeHtml(bytes: Uint8Array): DecodedHtml | { reason: string } {
  if (bytes.length === 0) return { reason: 'empty file' };
  const bom = BOMS.find((candidate) => candidate.bytes.every((byte, index) => bytes[index] === byte));
  const warnings: string[] = [];
  const label = bom?.encoding ?? declaredCharset(bytes);
  let decoder = bom ? new TextDecoder(bom.encoding) : label === null ? null : createDecoder(label);
  if (label !== null && decoder === null) {
    warnings.push(`the page names charset "${label}", which is not one the importer knows; read as UTF-8`);
  }
  decoder ??= new TextDecoder('utf-8');
  if (!decoder.encoding.startsWith('utf-16')) {
    const nul = bytes.indexOf(0);
    if (nul !== -1) return { reason: `binary file (NUL byte at offset ${nul}), expected an HTML page` };
  }
  if (!bom && decoder.encoding !== 'utf-8' && isSingleByte(decoder.encoding) && hasNonAscii(bytes) && isUtf8(bytes)) {
    warnings.push(`the page names charset "${label}" but its bytes are UTF-8; read as UTF-8`);
    decoder = new TextDecoder('utf-8');
  }
  const text = decoder.decode(bytes);
  const replaced = countReplaced(text) - countEncodedReplacementChars(bytes, decoder.encoding);
  if (replaced > 0) {
    const offset = firstInvalidOffset(bytes, decoder.encoding);
    const encoding = decoder.encoding === 'utf-8' ? 'UTF-8' : decoder.encoding;
    const named = label === null ? 'the page names no charset' : `read as ${encoding}`;
    if (replaced > MAX_REPLACED_SEQUENCES) {
      return {
        reason: `invalid ${encoding} at byte offset ${offset} (${replaced} invalid byte sequences; ${named}), expected a page in the charset its <meta charset> names, or UTF-8`,
      };
    }
    warnings.push(
      `invalid ${encoding} at byte offset ${offset}: ${replaced} byte sequence${replaced === 1 ? '' : 's'} shown as �`,
    );
  }
  if (text.trim() === '') return { reason: 'empty file (only white space)' };
  return { text, encoding: decoder.encoding, warnings };
}

function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, PRESCAN_BYTES)).toString('latin1');
  return (XML_ENCODING.exec(head) ?? META_CHARSET.exec(head))?.[1] ?? null;
}

function createDecoder(label: string): TextDecoder | null {
  try {
    const decoder = new TextDecoder(label);
    // A <meta> cannot name UTF-16: its bytes were read as ASCII to find it (the HTML standard's rule).
    return decoder.encoding.startsWith('utf-16') ? new TextDecoder('utf-8') : decoder;
  } catch {
    return null;
  }
}

function isSingleByte(encoding: string): boolean {
  return /^(?:windows-\d+|iso-8859-\d+|koi8-[ru]|ibm866|macintosh|x-mac-cyrillic)$/.test(encoding);
}

function hasNonAscii(bytes: Uint8Array): boolean {
  for (const byte of bytes) if (byte >= 0x80) return true;
  return false;
}

function countReplaced(text: string): number {
  let count = 0;
  for (let i = text.indexOf('\ufffd'); i !== -1; i = text.indexOf('\ufffd', i + 1)) count++;
  return count;
}

// A UTF-8 page may spell U+FFFD itself (EF BF BD); those are text, not decoding errors.
function countEncodedReplacementChars(bytes: Uint8Array, encoding: string): number {
  if (encoding !== 'utf-8') return 0;
  let count = 0;
  for (let i = bytes.indexOf(0xef); i !== -1 && i + 2 < bytes.length; i = bytes.indexOf(0xef, i + 1)) {
    if (bytes[i + 1] === 0xbf && bytes[i + 2] === 0xbd) count++;
  }
  return count;
}

/** Offset of the first byte the encoding cannot read: the longest prefix that decodes cleanly. */
function firstInvalidOffset(bytes: Uint8Array, encoding: string): number {
  if (encoding === 'utf-8') return firstInvalidUtf8(bytes);
  const decodes = (length: number, stream = true): boolean => {
    try {
      new TextDecoder(encoding, { fatal: true }).decode(bytes.subarray(0, length), { stream });
      return true;
    } catch {
      return false;
    }
  };
  let low = 0;
  let high = bytes.length;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (decodes(middle)) low = middle;
    else high = middle - 1;
  }
  // The clean prefix may end inside the bad sequence (its lead byte waits for more); the sequence
  // starts where the last complete character ends.
  for (let start = low; start > Math.max(0, low - 4); start--) if (decodes(start, false)) return start;
  return low;
}
