import type { Stats } from 'node:fs';
import { open, readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { decodePageBytes } from './check-text-bytes.js';
import { HTML_FILE, looksLikeHtml } from './html/html-file.js';
import type { ImportInput } from './types.js';

/** Pages larger than this are refused unless the caller says otherwise. */
export const DEFAULT_MAX_PAGE_BYTES = 10 * 1024 * 1024;

/** The extensions of the files a folder is read for; other files in a folder are reported as skipped. */
export const PAGE_FILE_EXTENSIONS: readonly string[] = ['.txt', '.html', '.htm'];

/** The reason a file in a folder is skipped for its extension. */
const NOT_A_PAGE_FILE = `not a page file (folders are read for ${describeExtensions()} only)`;

/** The name stdin is reported under. */
export const STDIN_NAME = '<stdin>';

/** Options for reading import inputs. */
export interface ReadInputsOptions {
  /** Largest page accepted, in bytes (default 10 MB). */
  maxBytes?: number;
  /** Where `-` reads from (default process.stdin). */
  stdin?: NodeJS.ReadableStream;
}

/** A file to read, or why it is not read. */
export type ImportFile = { file: string } | { file: string; skipped: string };

/**
 * Lists the files behind the given paths: files as given, folders walked recursively in sorted
 * order (hidden entries skipped, only PAGE_FILE_EXTENSIONS taken, other files, FIFOs and sockets
 * reported), `-` for stdin. Missing
 * paths are reported, not thrown.
 */
export async function listImportFiles(paths: readonly string[]): Promise<ImportFile[]> {
  const out: ImportFile[] = [];
  for (const path of paths) {
    if (path === '-') {
      out.push({ file: '-' });
      continue;
    }
    try {
      const info = await stat(path);
      if (info.isDirectory()) await walkFolder(path, out, new Set());
      else if (info.isFile()) out.push({ file: path });
      else out.push({ file: path, skipped: notRegularFile(info) });
    } catch (error) {
      out.push({ file: path, skipped: describeFsError(error) });
    }
  }
  return out;
}

async function walkFolder(folder: string, out: ImportFile[], seen: Set<string>): Promise<void> {
  const real = await realpath(folder);
  if (seen.has(real)) return; // a symlink loop
  seen.add(real);
  const names = (await readdir(folder)).filter((name) => !name.startsWith('.')).sort();
  for (const name of names) {
    const path = join(folder, name);
    try {
      const info = await stat(path);
      if (info.isDirectory()) await walkFolder(path, out, seen);
      else if (!info.isFile()) out.push({ file: path, skipped: notRegularFile(info) });
      else if (isPageFileName(name)) out.push({ file: path });
      else out.push({ file: path, skipped: NOT_A_PAGE_FILE });
    } catch (error) {
      out.push({ file: path, skipped: describeFsError(error) });
    }
  }
}

/** Whether a file in a folder is read as a page, by its extension. */
export function isPageFileName(name: string): boolean {
  const lower = name.toLowerCase();
  return PAGE_FILE_EXTENSIONS.some((extension) => lower.endsWith(extension));
}

/**
 * The message for an import that found no page file at all (an empty folder, a folder of other
 * files), or null when at least one input was a page: files given by name and stdin count, a
 * file skipped for its extension or for not being a regular file does not.
 */
export function noPageFilesMessage(listed: number, skippedReasons: readonly string[]): string | null {
  const notPages = skippedReasons.filter(
    (reason) => reason === NOT_A_PAGE_FILE || reason.startsWith(NOT_REGULAR),
  ).length;
  if (listed > notPages) return null;
  return `no page files found: folders are read for ${describeExtensions()} files${listed > 0 ? ` (${listed} other ${listed === 1 ? 'entry was' : 'entries were'} skipped)` : ''}`;
}

function describeExtensions(): string {
  return PAGE_FILE_EXTENSIONS.map((extension) => `*${extension}`).join(', ');
}

const NOT_REGULAR = 'not a regular file';

function notRegularFile(info: Stats): string {
  const kind = info.isFIFO()
    ? 'a FIFO'
    : info.isSocket()
      ? 'a socket'
      : info.isCharacterDevice() || info.isBlockDevice()
        ? 'a device'
        : null;
  return kind === null ? NOT_REGULAR : `${NOT_REGULAR} (${kind})`;
}

/**
 * Reads one listed file, or stdin for `-`: the size is checked before reading, so an oversized
 * file costs one stat; then the bytes must be a non-empty UTF-8 text, or an HTML page (by its
 * name, or for stdin by its first tag).
 */
export async function readImportFile(file: string, options: ReadInputsOptions = {}): Promise<ImportInput> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_PAGE_BYTES;
  try {
    let bytes: Uint8Array;
    if (file === '-') {
      const read = await readStream(options.stdin ?? process.stdin, maxBytes);
      if ('skipped' in read) return { file: STDIN_NAME, skipped: read.skipped };
      bytes = read.bytes;
    } else {
      const handle = await open(file, 'r');
      try {
        const { size } = await handle.stat();
        if (size > maxBytes)
          return { file, skipped: `${formatSize(size)}, over the ${formatSize(maxBytes)} limit for one page` };
        bytes = await handle.readFile();
      } finally {
        await handle.close();
      }
    }
    const name = file === '-' ? STDIN_NAME : file;
    if (file === '-' ? looksLikeHtml(bytes) : HTML_FILE.test(file)) {
      // Loaded on the first HTML page only: no other command pays for the parser.
      const { htmlImportInput } = await import('./html/html-input.js');
      return htmlImportInput(bytes, name);
    }
    const decoded = decodePageBytes(bytes);
    return 'text' in decoded ? { file: name, text: decoded.text } : { file: name, skipped: decoded.reason };
  } catch (error) {
    return { file: file === '-' ? STDIN_NAME : file, skipped: describeFsError(error) };
  }
}

/** Yields every input behind the paths, in order, each read or skipped with a reason. */
export async function* readImportInputs(paths: string[], options: ReadInputsOptions = {}): AsyncGenerator<ImportInput> {
  for (const listed of await listImportFiles(paths)) {
    yield 'skipped' in listed ? listed : await readImportFile(listed.file, options);
  }
}

async function readStream(
  stream: NodeJS.ReadableStream,
  maxBytes: number,
): Promise<{ bytes: Uint8Array } | { skipped: string }> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk as Uint8Array);
    total += buffer.length;
    if (total > maxBytes) return { skipped: `more than ${formatSize(maxBytes)} on stdin, over the limit for one page` };
    chunks.push(buffer);
  }
  return { bytes: Buffer.concat(chunks) };
}

function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1).replace(/\.0$/, '')} KB`;
  return `${bytes} bytes`;
}

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a folder';
  return `cannot read it (${error instanceof Error ? error.message : String(error)})`;
}
