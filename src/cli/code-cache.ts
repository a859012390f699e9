import { closeSync, fstatSync, openSync, readdirSync, readSync, statSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { Script } from 'node:vm';
import { tidyCacheFolder, writeCacheFile } from '../system/write-cache-file.js';
import { type CodeCacheEntry, codeCacheName, staleCodeCaches } from './code-cache-pruning.js';
import { onceStartDone } from './start-done.js';

type CommonJsWrapper = (
  exports: unknown,
  require: NodeJS.Require,
  module: Module,
  filename: string,
  dirname: string,
) => void;

/**
 * Where the compiled code of build `buildId` of the program `name` is kept in the cache folder
 * `cacheDir`. One per command: a cache holds the functions its first run compiled, and loading
 * those of other commands costs time too.
 */
export function codeCacheFile(cacheDir: string, name: string, buildId: string): string {
  return join(cacheDir, 'code-cache', `${name}-${buildId}.bin`);
}

/**
 * Runs the CommonJS file `file` (ASCII only) as require() would, compiled from V8's code cache in `cacheFile`
 * when V8 accepts what is there. Node 20 keeps no such cache itself, and compiling the program
 * is a good part of a print command's start. When there is none (or V8 rejects it: another Node),
 * one is saved as the program exits (with code 0), or with `saveWhen: 'start-done'` when it says
 * its start is over (announceStartDone), holding every function compiled by then, not only the
 * top level; of other builds' caches in its folder, only the newest few stay (OTHER_BUILDS_KEPT).
 * A cache that cannot be read or written is no error: the file is then compiled as usual.
 */
export function runWithCodeCache(
  file: string,
  cacheFile: string,
  { saveWhen = 'exit' }: { saveWhen?: 'exit' | 'start-done' } = {},
): void {
  const { source, cachedData } = readProgram(file, cacheFile);
  const script = new Script(source, {
    filename: file,
    cachedData,
    // No importModuleDynamically: setting it starts Node's ES module loader. The build makes
    // sure the print program has no import() (its own modules are bundled as functions).
  });
  // Only a run that ended well saves one: an interrupted or failed run should end at once and leave nothing.
  if (cachedData === undefined || script.cachedDataRejected) {
    if (saveWhen === 'exit')
      process.once('exit', (code) => {
        if (code === 0) saveCodeCache(script, cacheFile);
      });
    else onceStartDone(() => saveCodeCache(script, cacheFile));
  }
  const module = new Module(file);
  module.filename = file;
  const wrapper = script.runInThisContext() as CommonJsWrapper;
  wrapper.call(module.exports, module.exports, createRequire(file), module, file, dirname(file));
}

// What Node wraps a CommonJS file's text in: `(function (exports, require, …) {` and `\n});`.
const [WRAPPER_HEAD = '', WRAPPER_TAIL = ''] = Module.wrap('\u0000').split('\u0000');

/**
 * The file's text wrapped as a CommonJS module, and the code cache when there is one. A page of
 * memory touched for the first time costs microseconds where a virtual machine maps it in:
 * reading both files into buffers of their own and then copying the text into a string (and again
 * to wrap it) touched twice as many pages as the string needs, costing more than V8's reading of
 * the cache. One buffer takes the wrapped text, which becomes one flat string, then the cache.
 * The file is ASCII (the build makes sure): Latin-1 reads it as a one-byte string, without
 * decoding UTF-8.
 */
function readProgram(file: string, cacheFile: string): { source: string; cachedData: Buffer | undefined } {
  const cache = openIfThere(cacheFile);
  try {
    const cacheSize = cache === undefined ? 0 : fstatSync(cache).size;
    const fd = openSync(file, 'r');
    let buffer: Buffer;
    let source: string;
    try {
      const size = fstatSync(fd).size;
      const wrappedSize = WRAPPER_HEAD.length + size + WRAPPER_TAIL.length;
      buffer = Buffer.allocUnsafeSlow(Math.max(wrappedSize, cacheSize));
      buffer.write(WRAPPER_HEAD, 0, 'latin1');
      const read = readInto(fd, buffer, WRAPPER_HEAD.length, size);
      buffer.write(WRAPPER_TAIL, WRAPPER_HEAD.length + read, 'latin1');
      source = buffer.toString('latin1', 0, WRAPPER_HEAD.length + read + WRAPPER_TAIL.length);
    } finally {
      closeSync(fd);
    }
    if (cache === undefined) return { source, cachedData: undefined };
    try {
      return { source, cachedData: buffer.subarray(0, readInto(cache, buffer, 0, cacheSize)) };
    } catch {
      return { source, cachedData: undefined };
    }
  } finally {
    if (cache !== undefined) closeSync(cache);
  }
}

function openIfThere(file: string): number | undefined {
  try {
    return openSync(file, 'r');
  } catch {
    return undefined;
  }
}

// Reads up to `length` bytes from the start of the file into buffer[offset…]; how many it read.
function readInto(fd: number, buffer: Buffer, offset: number, length: number): number {
  let read = 0;
  while (read < length) {
    const bytes = readSync(fd, buffer, offset + read, length - read, read);
    if (bytes === 0) break;
    read += bytes;
  }
  return read;
}

// A program starting meanwhile reads the old cache or the whole new one (writeCacheFile).
function saveCodeCache(script: Script, cacheFile: string): void {
  if (!writeCacheFile(cacheFile, script.createCachedData())) return;
  const saved = codeCacheName(basename(cacheFile));
  if (saved === undefined) return;
  const dir = dirname(cacheFile);
  const stale = staleCodeCaches(cacheEntries(dir), saved.buildId);
  tidyCacheFolder(dir, (name) => stale.has(name));
}

// Best effort, like the rest of the cache: a file gone meanwhile is simply not listed.
function cacheEntries(dir: string): CodeCacheEntry[] {
  const entries: CodeCacheEntry[] = [];
  try {
    for (const name of readdirSync(dir)) {
      if (codeCacheName(name) === undefined) continue;
      try {
        entries.push({ name, mtimeMs: statSync(join(dir, name)).mtimeMs });
      } catch {
        // removed by another process
      }
    }
  } catch {
    // a folder that cannot be listed keeps what it holds
  }
  return entries;
}
