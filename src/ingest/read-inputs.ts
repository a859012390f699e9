import { open, readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { decodePageBytes } from './check-text-bytes.js';
import { HTML_FILE, looksLikeHtml } from './html/html-file.js';
import type { ImportInput } from './types.js';

/** Pages larger than this are refused unless the caller says otherwise. */
export const DEFAULT_MAX_PAGE_BYTES = 10 * 1024 * 1024;

/** File name endings a folder is read for: text dumps and HTML pages. */
export const IMPORT_EXTENSIONS: readonly string[] = ['.txt', '.html', '.htm'];

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
 * order (hidden entries skipped, only IMPORT_EXTENSIONS taken, others reported), `-` for stdin. Missing
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
      else out.push({ file: path, skipped: 'not a regular file' });
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
      else if (!info.isFile()) continue;
      else if (IMPORT_EXTENSIONS.some((extension) => name.toLowerCase().endsWith(extension))) out.push({ file: path });
      else out.push({ file: path, skipped: `not a .txt or .html page (folders are read for ${IMPORT_EXTENSIONS.map((extension) => `*${extension}`).join(', ')} files only)` });
    } catch (error) {
      out.push({ file: path, skipped: describeFsError(error) });
    }
  }
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
        if (size > maxBytes) return { file, skipped: `${formatSize(size)}, over the ${formatSize(maxBytes)} limit for one page` };
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

async function readStream(stream: NodeJS.ReadableStream, maxBytes: number): Promise<{ bytes: Uint8Array } | { skipped: string }> {
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
