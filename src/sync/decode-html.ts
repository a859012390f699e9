import { firstInvalidUtf8 } from '../ingest/check-text-bytes.js';

/** Decoded page text and what went wrong on the way (invalid bytes, an unknown charset). */
export interface DecodedPage {
  text: string;
  charset: string;
  warnings: string[];
}

/**
 * Decodes an HTML page: a byte-order mark first, then the charset of the Content-Type header,
 * then a `<meta charset>` or `http-equiv` in the first 1,024 bytes, else UTF-8. Invalid bytes
 * become U+FFFD and a warning names the byte offset; nothing throws.
 */
export function decodeHtml(bytes: Uint8Array, contentType?: string): DecodedPage {
  const warnings: string[] = [];
  let charset = bomCharset(bytes) ?? charsetOf(contentType ?? '') ?? metaCharset(bytes) ?? 'utf-8';
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charset);
  } catch {
    warnings.push(`unknown charset "${charset}"; read as UTF-8`);
    charset = 'utf-8';
    decoder = new TextDecoder(charset);
  }
  charset = decoder.encoding;
  if (charset === 'utf-8') {
    const offset = firstInvalidUtf8(stripUtf8Bom(bytes));
    if (offset !== -1) warnings.push(`invalid UTF-8 at byte offset ${offset + (bytes.length - stripUtf8Bom(bytes).length)}; such bytes read as �`);
  }
  return { text: decoder.decode(bytes), charset, warnings };
}

function stripUtf8Bom(bytes: Uint8Array): Uint8Array {
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
}

function bomCharset(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

function charsetOf(text: string): string | undefined {
  const match = /charset\s*=\s*["']?([\w.:-]+)/i.exec(text);
  return match ? match[1]!.toLowerCase() : undefined;
}

function metaCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  for (const tag of head.match(/<meta\b[^>]*>/gi) ?? []) {
    const found = charsetOf(tag);
    if (found) return found;
  }
  return undefined;
}
