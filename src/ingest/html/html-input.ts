import type { ImportInput } from '../types.js';
import { readHtmlPage } from './read-html-page.js';

/** An HTML file as an import input: already read by the page reader, with its warnings. */
export function htmlImportInput(bytes: Uint8Array, file: string): ImportInput {
  const read = readHtmlPage(bytes, { file });
  if ('skipped' in read) return { file, skipped: read.skipped };
  return { file, text: read.text, page: read.page, warnings: read.warnings };
}
