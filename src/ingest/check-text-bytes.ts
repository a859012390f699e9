import { isUtf8 } from 'node:buffer';

/** Share of control bytes above which a file is taken for binary. */
const MAX_CONTROL_SHARE = 0.1;

/**
 * Decodes a page's bytes as UTF-8, or says in one line why they are not a text page: empty,
 * binary (a NUL byte, or too many control bytes) or invalid UTF-8 (with the byte offset).
 */
export function decodePageBytes(bytes: Uint8Array): { text: string } | { reason: string } {
  if (bytes.length === 0) return { reason: 'empty file' };
  const nul = bytes.indexOf(0);
  if (nul !== -1) return { reason: `binary file (NUL byte at offset ${nul}), expected a text page` };
  let controls = 0;
  for (const byte of bytes)
    if ((byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) || byte === 0x7f) controls++;
  if (controls / bytes.length > MAX_CONTROL_SHARE) {
    return {
      reason: `binary file (${Math.round((controls / bytes.length) * 100)}% control bytes), expected a text page`,
    };
  }
  if (!isUtf8(bytes))
    return { reason: `invalid UTF-8 at byte offset ${firstInvalidUtf8(bytes)}, expected a UTF-8 text page` };
  const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  if (text.trim() === '') return { reason: 'empty file (only white space)' };
  return { text };
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    let length: number;
    let min: number;
    if (lead < 0x80) {
      i++;
      continue;
    } else if (lead >= 0xc2 && lead <= 0xdf) [length, min] = [2, 0x80];
    else if (lead >= 0xe0 && lead <= 0xef) [length, min] = [3, 0x800];
    else if (lead >= 0xf0 && lead <= 0xf4) [length, min] = [4, 0x10000];
    else return i;
    if (i + length > bytes.length) return i;
    let code = lead & (0xff >> (length + 1));
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k]!;
      if ((next & 0xc0) !== 0x80) return i;
      code = (code << 6) | (next & 0x3f);
    }
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return i;
    i += length;
  }
  return -1;
}
