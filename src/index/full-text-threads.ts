import { existsSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { removeOnSignal } from '../system/signals.js';
import type { StageTiming } from './build-timings.js';
import type { LinePlaces } from './full-text-build.js';
import type { PartRequest, StagedPart } from './split-read.js';

/** What a worker filling part of the full-text tables is started with. */
export interface FullTextWorkerData {
  /** The part's own database file, created by the worker. */
  file: string;
  paths: [number, string][];
}

/**
 * What a worker is asked, in order: bytes of a release file to digest, the digest of the bytes
 * sent since the last one or of a whole file it reads itself, then to fill its part: batches of
 * the list positions [0, count) of `places`, each taken from the counter in `claims` that every
 * worker shares, and the list's last positions for the worker that `takesTail` (claimBatches).
 */
export type FullTextRequest =
  | { chunk: Uint8Array }
  | { digest: true }
  | { digestFile: string }
  | { stagePart: PartRequest }
  | { build: { places: LinePlaces; count: number; claims: SharedArrayBuffer; takesTail: boolean } };

/** What a worker reports: a digest, texts stored, its part complete, or why it stopped. */
export type FullTextWorkerMessage =
  | { digest: string }
  | { staged: StagedPart }
  | { stored: number }
  | { finished: true; timings: readonly StageTiming[] }
  | { error: string; code?: string; syscall?: string };

/** Worker threads that will fill the full-text tables, started before the list order is known. */
export interface FullTextThreads {
  /** The part files, in list order (see mergeFullTextParts). */
  readonly files: readonly string[];
  /**
   * Sends bytes of a release file to be digested (by the first worker, in the order sent). A
   * chunk that is the whole of its memory is moved to the worker, not copied: the caller must
   * not use it afterwards.
   */
  digestChunk(chunk: Buffer): void;
  /** The sha256 of the bytes sent since the last call. */
  digest(): Promise<string>;
  /**
   * The sha256 of the file at `path`, which the first worker reads (it is idle while the others
   * read a file in two parts). Answers in turn with digest().
   */
  digestFile(path: string): Promise<string>;
  /**
   * Has the last worker read part of a release file (split-read.ts), staging its releases in
   * its part file (the last of `files`), while the caller reads the rest.
   */
  stagePart(request: PartRequest): Promise<StagedPart>;
  /**
   * Asks the workers to fill their parts with the list positions [0, count), each taking the
   * next batch as it is ready for one, so that neither waits for the other at the end (with
   * equal halves, one thread that got less of the cores while the rows were stored ran alone
   * for seconds); the last worker also takes the list's last positions, so the others end
   * sooner (see built). Settles when every part is complete, or rejects with why one is not.
   */
  build(places: LinePlaces, count: number): Promise<void>;
  /** Settles once build() has completed part `part` (an index of `files`), or rejects as build() does. */
  built(part: number): Promise<void>;
  /** Stops the workers and removes their files. */
  stop(): Promise<void>;
}

/**
 * Starts `parts` worker threads that fill the full-text tables, each into a file of its own
 * (`fileBase`-textN). FTS5 indexes on one thread per table, and the texts are most of a build's
 * work: two threads, beside the main one storing rows, use both cores of a small machine.
 * `onStored` hears of texts as they are stored. A worker that fails or stops fails every
 * promise still waiting, naming its part, and the others are stopped.
 */
export function startFullTextThreads(
  workerFile: URL,
  fileBase: string,
  paths: ReadonlyMap<number, string>,
  parts: number,
  onStored: (texts: number) => void,
  onTimings: (steps: readonly StageTiming[]) => void = () => undefined,
): FullTextThreads {
  const files = Array.from({ length: parts }, (_, index) => `${fileBase}-text${index + 1}`);
  // The build's own temp file is the caller's to remove on a signal; these are ours.
  const forget = files.map((file) => removeOnSignal(file));
  const digests: { resolve: (digest: string) => void; reject: (error: Error) => void }[] = [];
  const stagedParts: { resolve: (part: StagedPart) => void; reject: (error: Error) => void }[] = [];
  let failure: Error | undefined;
  const failed = new Set<(error: Error) => void>();
  const fail = (error: Error): void => {
    failure ??= error;
    for (const waiting of digests.splice(0)) waiting.reject(failure);
    for (const waiting of stagedParts.splice(0)) waiting.reject(failure);
    for (const reject of failed) reject(failure);
  };
  const finished = files.map(() => deferred<void>());
  const workers = files.map((file, index) => {
    rmSync(file, { force: true, recursive: true });
    const data: FullTextWorkerData = { file, paths: [...paths] };
    // Each text read is garbage at once; a small young generation keeps the three heaps of a
    // build (the main thread's and two workers') inside the build's memory budget.
    const worker = new Worker(workerFile, { workerData: data, resourceLimits: { maxYoungGenerationSizeMb: 12 } });
    // The error keeps its code (SQLITE_FULL, EACCES…): openIndex falls back to an index in memory
    // when the cache folder cannot take the index, whichever thread found out.
    const failPart = (why: string, cause: { code?: string; syscall?: string } = {}): void =>
      fail(
        Object.assign(new Error(`the thread building part ${index + 1} of the full-text index failed: ${why}`), cause),
      );
    let complete = false;
    worker.on('message', (message: FullTextWorkerMessage) => {
      if ('digest' in message) digests.shift()?.resolve(message.digest);
      else if ('staged' in message) stagedParts.shift()?.resolve(message.staged);
      else if ('stored' in message) onStored(message.stored);
      else if ('finished' in message) {
        complete = true;
        onTimings(message.timings);
        finished[index]!.resolve();
      } else failPart(message.error, { code: message.code, syscall: message.syscall });
    });
    worker.on('error', (error) => failPart(error.message));
    // A worker ends once its part is complete; before that, ending is a failure.
    worker.on('exit', (code) => {
      if (!complete) failPart(`it stopped (exit code ${code})`);
    });
    return worker;
  });
  const stop = async (): Promise<void> => {
    await Promise.all(workers.map((worker) => worker.terminate()));
    for (const file of files) rmSync(file, { force: true, recursive: true });
    for (const forgetOne of forget) forgetOne();
  };
  const askDigest = (request: FullTextRequest): Promise<string> => {
    if (failure) return Promise.reject(failure);
    const waiting = deferred<string>();
    digests.push(waiting);
    workers[0]!.postMessage(request);
    return waiting.promise;
  };
  // Fails with the first failure, or settles when every part is complete.
  const whenAll = (promises: Promise<unknown>[]): Promise<void> =>
    new Promise<void>((resolve, reject) => {
      if (failure) return reject(failure);
      failed.add(reject);
      Promise.all(promises).then(() => {
        failed.delete(reject);
        resolve();
      });
    });
  return {
    files,
    digestChunk(chunk) {
      // Copying a chunk cost the main thread more than hashing it there; moving it costs nothing.
      const memory = chunk.buffer;
      const whole = memory instanceof ArrayBuffer && chunk.byteOffset === 0 && chunk.byteLength === memory.byteLength;
      workers[0]!.postMessage({ chunk } satisfies FullTextRequest, whole ? [memory] : []);
    },
    digest() {
      return askDigest({ digest: true });
    },
    digestFile(path) {
      return askDigest({ digestFile: path });
    },
    stagePart(request) {
      if (failure) return Promise.reject(failure);
      const waiting = deferred<StagedPart>();
      stagedParts.push(waiting);
      workers.at(-1)!.postMessage({ stagePart: request } satisfies FullTextRequest);
      return waiting.promise;
    },
    async build(places, count) {
      const claims = new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT);
      for (const [index, worker] of workers.entries()) {
        const takesTail = index === workers.length - 1;
        worker.postMessage({ build: { places, count, claims, takesTail } } satisfies FullTextRequest);
      }
      try {
        await whenAll(finished.map((part) => part.promise));
      } catch (error) {
        await stop();
        throw error;
      }
    },
    built(part) {
      return whenAll([finished[part]!.promise]);
    },
    stop,
  };
}

function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void; reject: (error: Error) => void } {
  let resolve!: (value: T) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<T>((resolveWith, rejectWith) => {
    resolve = resolveWith;
    reject = rejectWith;
  });
  return { promise, resolve, reject };
}

/**
 * The worker's file when this code runs from the built program (dist/chunks/) or a bench bundle
 * beside it; undefined when running from the TypeScript sources (the build then fills the
 * full-text tables on its own thread).
 */
export function builtWorkerFile(): URL | undefined {
  for (const relative of ['./full-text-worker.mjs', './full-text-worker.js']) {
    const url = new URL(relative, import.meta.url);
    if (url.protocol === 'file:' && existsSync(fileURLToPath(url))) return url;
  }
  return undefined;
}
