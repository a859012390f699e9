import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Folder of the fictional HTML fixture pages. */
export const HTML_DIR = fileURLToPath(new URL('../../fixtures/html/', import.meta.url));

/** The bytes of an HTML fixture page. */
export function htmlFixture(name: string): Uint8Array {
  return readFileSync(HTML_DIR + name);
}

/** Bytes of an HTML page written inline in a test. */
export function html(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}
