import type { Stats } from 'node:fs';
import { lstat, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { UserError } from '../model/errors.js';
import { MANIFEST_FILE, RELEASES_FILE, TAXONOMY_FILE } from './bundle-files.js';
import { SEGMENTS_DIR } from './release-segments.js';

/** The fixed names of a bundle folder a writer replaces or fills, and what each must be. */
const FIXED_PATHS: readonly (readonly [string, 'file' | 'folder'])[] = [
  [MANIFEST_FILE, 'file'],
  [TAXONOMY_FILE, 'file'],
  [RELEASES_FILE, 'file'],
  [SEGMENTS_DIR, 'folder'],
];

/**
 * Checks, before a write, that each fixed path of the bundle is absent or of the kind the writer
 * expects (a folder named releases.jsonl, a file named releases/, a dangling symbolic link, a
 * path that cannot be read). A surprise is a UserError naming the path, so the user gets one line
 * to act on instead of a failed rename halfway through a write.
 */
export async function assertBundlePaths(dir: string): Promise<void> {
  for (const [name, kind] of FIXED_PATHS) {
    const path = join(dir, name);
    const what = kind === 'file' ? 'a file' : 'a folder';
    let info: Stats;
    try {
      info = await stat(path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT')
        throw new UserError(`cannot read ${path}: ${describeFileError(error)}`);
      if (await lstat(path).catch(() => undefined))
        throw new UserError(`${path} is a symbolic link to nothing; expected ${what} or nothing there: remove it`);
      continue;
    }
    if (kind === 'file' ? !info.isFile() : !info.isDirectory()) {
      throw new UserError(`${path} is ${describeKind(info)}; expected ${what} there: move it away and run again`);
    }
  }
}

/** What a file-system entry is, for messages: "a folder", "a file"... */
export function describeKind(info: { isFile(): boolean; isDirectory(): boolean; isSymbolicLink(): boolean }): string {
  if (info.isDirectory()) return 'a folder';
  if (info.isFile()) return 'a file';
  if (info.isSymbolicLink()) return 'a symbolic link';
  return 'a special file (a FIFO, socket or device)';
}

/** A file-system error in words, without the stack: "permission denied", or the system's message. */
export function describeFileError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EROFS') return 'read-only file system';
  if (code === 'ENOSPC') return 'no space left on the device';
  if (code === 'ENOTDIR') return 'a part of the path is a file, not a folder';
  if (code === 'EISDIR') return 'it is a folder';
  return error instanceof Error ? error.message : String(error);
}
