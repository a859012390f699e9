import { existsSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { removeOnSignal } from '../system/signals.js';
import type { StageTiming } from './build-timings.js';
import type { LinePlaces } from './full-text-build.js';

/** What a worker filling part of the full-text tables is started with. */
export interface FullTextWorkerData {
  /** The part's own database file, created by the worker. */
  file: string;
  paths: [number, string][];
  places: LinePlaces;
  /** The list positions [from, to) whose texts the part holds. */
  from: number;
  to: number;
}

/** What a worker reports: texts stored, its part complete, or why it stopped. */
export type FullTextWorkerMessage =
  | { stored: number }
  | { finished: true; timings: readonly StageTiming[] }
  | { error: string };

/** Full-text tables being filled in worker threads. */
export interface FullTextThreads {
  /** The part files, in list order (see mergeFullTextParts). */
  readonly files: readonly string[];
  /** Settles when every part is complete, or rejects with why one is not. */
  readonly finished: Promise<void>;
  /** Stops the workers and removes their files. */
  stop(): Promise<void>;
}

/**
 * Fills the full-text tables for the releases at list positions [0, count) in `parts` worker
 * threads at once, each into a file of its own (`fileBase`-textN) over an equal share of the
 * positions, in list order. FTS5 indexes on one thread per table, and the texts are most of a
 * build's work: two threads, beside the main one storing rows, use both cores of a small machine.
 * A worker that fails or stops rejects `finished` naming the part, and the others are stopped.
 */
export function buildFullTextInThreads(
  workerFile: URL,
  fileBase: string,
  paths: ReadonlyMap<number, string>,
  places: LinePlaces,
  count: number,
  parts: number,
  onStored: (texts: number) => void,
  onTimings: (steps: readonly StageTiming[]) => void = () => undefined,
): FullTextThreads {
  const files = Array.from({ length: parts }, (_, index) => `${fileBase}-text${index + 1}`);
  // The build's own temp file is the caller's to remove on a signal; these are ours.
  const forget = files.map((file) => removeOnSignal(file));
  const workers: Worker[] = [];
  const done = files.map((file, index) => {
    rmSync(file, { force: true });
    const data: FullTextWorkerData = {
      file,
      paths: [...paths],
      places,
      from: Math.floor((count * index) / parts),
      to: Math.floor((count * (index + 1)) / parts),
    };
    const worker = new Worker(workerFile, { workerData: data });
    workers.push(worker);
    return new Promise<void>((resolve, reject) => {
      const fail = (why: string): void =>
        reject(new Error(`the thread building part ${index + 1} of the full-text index failed: ${why}`));
      worker.on('message', (message: FullTextWorkerMessage) => {
        if ('stored' in message) onStored(message.stored);
        else if ('finished' in message) {
          onTimings(message.timings);
          resolve();
        } else fail(message.error);
      });
      worker.on('error', (error) => fail(error.message));
      worker.on('exit', (code) => fail(`it stopped (exit code ${code})`));
    });
  });
  const stop = async (): Promise<void> => {
    await Promise.all(workers.map((worker) => worker.terminate()));
    for (const file of files) rmSync(file, { force: true });
    for (const forgetOne of forget) forgetOne();
  };
  const finished = Promise.all(done).then(
    () => undefined,
    async (error: unknown) => {
      await stop();
      throw error;
    },
  );
  // The main thread awaits this only after storing the rows; a failure meanwhile waits for it.
  finished.catch(() => undefined);
  return { files, finished, stop };
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
