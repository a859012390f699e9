/**
 * The 64-bit FNV-1a hash of `text`'s UTF-8 bytes, as 16 hex digits. For names and change checks,
 * not for security: node:crypto's hashes load ~17 internal modules, a cost at the start of every
 * command that needs one such value. Computed on two 32-bit halves (exact in doubles), as BigInt
 * is ~100x slower.
 */
export function fnv1a64(text: string): string {
  let high = 0xcbf29ce4;
  let low = 0x84222325;
  for (const byte of Buffer.from(text, 'utf8')) {
    low = (low ^ byte) >>> 0;
    // × the FNV prime 2^40 + 0x1b3: the 2^40 part moves low's bits into high.
    const lowProduct = low * 0x1b3;
    high = (high * 0x1b3 + Math.floor(lowProduct / 0x100000000) + (low << 8)) >>> 0;
    low = lowProduct >>> 0;
  }
  return high.toString(16).padStart(8, '0') + low.toString(16).padStart(8, '0');
}
