import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { makeDirectory } from './make-dir.js';

/**
 * Writes a cache file (its folder made as needed) through a temp file `FILE.PID.tmp` renamed into
 * place, so a process starting meanwhile reads the old file or the whole new one. A cache is never
 * needed: a file that cannot be written is no error (false), and leaves no temp file behind.
 */
export function writeCacheFile(file: string, data: string | NodeJS.ArrayBufferView): boolean {
  const temp = `${file}.${process.pid}.tmp`;
  try {
    makeDirectory(dirname(file));
    writeFileSync(temp, data);
    renameSync(temp, file);
    return true;
  } catch {
    try {
      rmSync(temp, { force: true });
    } catch {
      // a folder we cannot write: there was no temp file either
    }
    return false;
  }
}
