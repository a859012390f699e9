import { readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { Script } from 'node:vm';
import { makeDirectory } from '../system/make-dir.js';
import { isProcessRunning } from '../system/process-running.js';

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

// The build id ends the name: `print-list-0123456789abcdef.bin`.
const buildIdOf = (name: string): string | undefined => /-([0-9a-f]+)\.bin$/.exec(name)?.[1];
// The writer's pid ends a temp file's name: `print-list-0123456789abcdef.bin.4242.tmp`.
const tempOwnerOf = (name: string): number | undefined => {
  const pid = /\.bin\.(\d+)\.tmp$/.exec(name)?.[1];
  return pid === undefined ? undefined : Number(pid);
};

/**
 * Runs the CommonJS module in `file` (ASCII only, already wrapped in its module function as
 * Module.wrap wraps it) as require() would, compiled from V8's code cache in `cacheFile`
 * when V8 accepts what is there. Node 20 keeps no such cache itself, and compiling the program
 * is a good part of a print command's start. When there is none (or V8 rejects it: another Node),
 * one is saved as the program exits (with code 0), holding every function compiled by then, not
 * only the top level; the caches of other builds in its folder are removed. A cache that cannot be read or
 * written is no error: the file is then compiled as usual.
 */
export function runWithCodeCache(file: string, cacheFile: string): void {
  const cachedData = readIfThere(cacheFile);
  // ASCII (the build makes sure): Latin-1 reads it as a one-byte string, without decoding UTF-8.
  // Already wrapped by the build (as Module.wrap would), so it is compiled as read, not copied first.
  const script = new Script(readFileSync(file, 'latin1'), {
    filename: file,
    cachedData,
    // No importModuleDynamically: setting it starts Node's ES module loader. The build makes
    // sure the print program has no import() (its own modules are bundled as functions).
  });
  // Only a run that ended well saves one: an interrupted or failed run should end at once and leave nothing.
  if (cachedData === undefined || script.cachedDataRejected)
    process.once('exit', (code) => {
      if (code === 0) saveCodeCache(script, cacheFile);
    });
  const module = new Module(file);
  module.filename = file;
  const wrapper = script.runInThisContext() as CommonJsWrapper;
  wrapper.call(module.exports, module.exports, createRequire(file), module, file, dirname(file));
}

function readIfThere(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

// Temp file and rename: a program starting meanwhile reads the old cache or the whole new one.
function saveCodeCache(script: Script, cacheFile: string): void {
  const dir = dirname(cacheFile);
  const temp = `${cacheFile}.${process.pid}.tmp`;
  try {
    makeDirectory(dir);
    writeFileSync(temp, script.createCachedData());
    renameSync(temp, cacheFile);
    const buildId = buildIdOf(basename(cacheFile));
    for (const name of readdirSync(dir)) {
      // Other builds' caches, and temp files of writers killed before their rename.
      const owner = tempOwnerOf(name);
      const stale =
        owner === undefined
          ? buildIdOf(name) !== undefined && buildIdOf(name) !== buildId
          : owner !== process.pid && !isProcessRunning(owner);
      if (stale) rmSync(join(dir, name), { force: true });
    }
  } catch {
    try {
      rmSync(temp, { force: true });
    } catch {
      // a folder we cannot write: there was no temp file either
    }
  }
}
