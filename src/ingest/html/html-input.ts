import type { ImportInput } from '../types.js';
import { readHtmlPage } from './read-html-page.js';

/** File names the importer reads as HTML. */
export const HTML_FILE = /\.html?$/i;

// A page piped to stdin has no name: its first tag tells (after a saving tool's comments).
const HTML_START = /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html)\b/i;

/** Whether bytes with no file name to go by are an HTML page. */
export function looksLikeHtml(bytes: Uint8Array): boolean {
  return HTML_START.test(Buffer.from(bytes.subarray(0, 4096)).toString('latin1'));
}

/** An HTML file as an import input: already read by the page reader, with its warnings. */
export function htmlImportInput(bytes: Uint8Array, file: string): ImportInput {
  const read = readHtmlPage(bytes, { file });
  if ('skipped' in read) return { file, skipped: read.skipped };
  return { file, text: read.text, page: read.page, warnings: read.warnings };
}
