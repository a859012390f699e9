import { readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { makeDirectory } from './make-dir.js';
import { isProcessRunning } from './process-running.js';

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

// The writer's pid ends a temp file's name: `print-list-0123456789abcdef.bin.4242.tmp`.
const tempFileWriter = (name: string): number | undefined => {
  const pid = /\.(\d+)\.tmp$/.exec(name)?.[1];
  return pid === undefined ? undefined : Number(pid);
};

/**
 * Removes from the cache folder `dir` the files `stale` names and the temp files of writeCacheFile
 * whose writer was killed before its rename (a running writer's are left alone). Best effort: a
 * folder that cannot be listed or cleaned keeps what it holds.
 */
export function tidyCacheFolder(dir: string, stale: (name: string) => boolean = () => false): void {
  try {
    for (const name of readdirSync(dir)) {
      const writer = tempFileWriter(name);
      const remove = writer === undefined ? stale(name) : writer !== process.pid && !isProcessRunning(writer);
      if (remove) rmSync(join(dir, name), { force: true });
    }
  } catch {
    // kept as it is
  }
}
