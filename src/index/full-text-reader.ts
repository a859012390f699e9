import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { type FullText, fullTextAt } from './indexed-release.js';
import { SegmentLines } from './release-lines.js';

/** Where each release's line is, by list position, in flat arrays. */
export interface LinePlaces {
  segment: Int32Array;
  offset: Float64Array;
  length: Int32Array;
}

/** What the worker is started with. */
export interface FullTextWorkerData extends LinePlaces {
  paths: [number, string][];
  batchSize: number;
}

/** One batch from the worker, or why it could not be read. */
export type FullTextBatch = { texts: FullText[] } | { error: string };

/** The full texts of releases in list order, a batch at a time; an empty batch at the end. */
export interface FullTextReader {
  /** True when a worker thread reads the texts. */
  readonly threaded: boolean;
  next(): Promise<FullText[]>;
  close(): Promise<void>;
}

const BATCH = 500;
// Batches asked for ahead of the one being stored: enough to keep the worker busy, few enough
// that the text waiting in memory stays small (~3 MB a batch).
const AHEAD = 3;
// Below this many releases a thread costs more to start than it saves.
const WORKER_FROM = 5_000;

/**
 * Reads the full texts of the releases at `places` (by list position), for the build's FTS5
 * pass. Reading a line back and parsing it is about a fifth of that pass; a worker thread does it
 * while the main thread feeds FTS5, when the built program has the worker's file beside it
 * (dist/chunks/full-text-worker.mjs). Otherwise (a small build, or running from the TypeScript sources)
 * the texts are read on this thread. Both read each text with fullTextAt, as updates do.
 * `workerFile` names the worker's file (tests); undefined reads on this thread.
 */
export function openFullTextReader(
  paths: ReadonlyMap<number, string>,
  places: LinePlaces,
  count: number,
  workerFile: URL | undefined = count >= WORKER_FROM ? builtWorkerFile() : undefined,
): FullTextReader {
  if (!workerFile) return readHere(paths, places, count);
  const data: FullTextWorkerData = { paths: [...paths], ...places, batchSize: BATCH };
  return readInWorker(new Worker(workerFile, { workerData: data }), Math.ceil(count / BATCH));
}

function readHere(paths: ReadonlyMap<number, string>, places: LinePlaces, count: number): FullTextReader {
  const lines = new SegmentLines(paths);
  let next = 0;
  return {
    threaded: false,
    async next() {
      const texts: FullText[] = [];
      for (const end = Math.min(count, next + BATCH); next < end; next += 1) {
        texts.push(
          fullTextAt(lines, {
            segment: places.segment[next] ?? 0,
            offset: places.offset[next] ?? 0,
            length: places.length[next] ?? 0,
          }),
        );
      }
      return texts;
    },
    async close() {
      lines.close();
    },
  };
}

function readInWorker(worker: Worker, batches: number): FullTextReader {
  const waiting: { resolve: (texts: FullText[]) => void; reject: (error: Error) => void }[] = [];
  const arrived: FullTextBatch[] = [];
  let failure: Error | undefined;
  let asked = 0;
  const ask = (): void => {
    if (asked >= batches) return;
    asked += 1;
    worker.postMessage(null);
  };
  const settle = (): void => {
    while (waiting.length > 0 && (arrived.length > 0 || failure)) {
      const reader = waiting.shift()!;
      const batch = arrived.shift();
      if (!batch) reader.reject(failure!);
      else if ('error' in batch) reader.reject(new Error(batch.error));
      else reader.resolve(batch.texts);
    }
  };
  worker.on('message', (batch: FullTextBatch) => {
    arrived.push(batch);
    settle();
  });
  worker.on('error', (error) => {
    failure = error;
    settle();
  });
  worker.on('exit', () => {
    failure ??= new Error('the thread reading the release texts stopped');
    settle();
  });
  for (let index = 0; index < AHEAD; index += 1) ask();
  let received = 0;
  return {
    threaded: true,
    next() {
      if (received >= batches) return Promise.resolve([]);
      received += 1;
      ask();
      return new Promise((resolve, reject) => {
        waiting.push({ resolve, reject });
        settle();
      });
    },
    async close() {
      await worker.terminate();
    },
  };
}

// The worker's file when this code runs from the built program (dist/chunks/) or a bench bundle beside it.
function builtWorkerFile(): URL | undefined {
  for (const relative of ['./full-text-worker.mjs', './full-text-worker.js']) {
    const url = new URL(relative, import.meta.url);
    if (url.protocol === 'file:' && existsSync(fileURLToPath(url))) return url;
  }
  return undefined;
}
