// Kept apart from the HTML reader, which pulls in the parser: every command loads the import
// command's module, and only an import of HTML needs the parser.

/** File names the importer reads as HTML. */
export const HTML_FILE = /\.html?$/i;

// A page piped to stdin has no name: its first tag tells (after a saving tool's comments).
const HTML_START = /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html)\b/i;

/** Whether bytes with no file name to go by are an HTML page. */
export function looksLikeHtml(bytes: Uint8Array): boolean {
  return HTML_START.test(Buffer.from(bytes.subarray(0, 4096)).toString('latin1'));
}
