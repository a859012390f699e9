// The worker side of startFullTextThreads (full-text-threads.ts). Started before the build's
// read pass, it digests the release files' bytes the main thread sends it meanwhile (that part
// of the read pass then costs the main thread a copy, not a sha256); once the list order is
// known, it fills the full-text tables of a file of its own with the texts of a range of list
// positions and merges them into one segment each, while the main thread stores the index's
// rows. Built into dist/chunks/full-text-worker.mjs.
import { createHash, type Hash } from 'node:crypto';
import { parentPort, workerData } from 'node:worker_threads';
import { setBulkWritePragmas } from './build-pragmas.js';
import { createBuildTimings } from './build-timings.js';
import { type LinePlaces, optimizeFullText, setBulkMerging, storeFullTexts } from './full-text-build.js';
import { storePartTerms } from './full-text-merge.js';
import type { FullTextRequest, FullTextWorkerData, FullTextWorkerMessage } from './full-text-threads.js';
import { openDatabase } from './open-database.js';
import { SegmentLines } from './release-lines.js';
import { createFullTextTables, FULL_TEXT_TABLES } from './schema.js';

const { file, paths } = workerData as FullTextWorkerData;
const send = (message: FullTextWorkerMessage): void => parentPort?.postMessage(message);
let hash: Hash | undefined;

parentPort?.on('message', (request: FullTextRequest) => {
  try {
    if ('chunk' in request) {
      hash ??= createHash('sha256');
      hash.update(request.chunk);
    } else if ('digest' in request) {
      send({ digest: (hash ?? createHash('sha256')).digest('hex') });
      hash = undefined;
    } else {
      fillPart(request.build.places, request.build.from, request.build.to);
      parentPort?.close();
    }
  } catch (error) {
    const { message, code, syscall } = error as NodeJS.ErrnoException;
    send({ error: message, code, syscall });
    parentPort?.close();
  }
});

function fillPart(places: LinePlaces, from: number, to: number): void {
  const part = `text part ${from}-${to}`;
  const timings = createBuildTimings();
  const db = openDatabase(file);
  const lines = new SegmentLines(new Map(paths));
  try {
    // Writes are appended segment by segment: a small cache serves as well as a large one.
    setBulkWritePragmas(db, 8);
    createFullTextTables(db);
    setBulkMerging(db, true);
    for (const stored of storeFullTexts(db, lines, places, from, to)) send({ stored });
    timings.lap(`${part} fts-insert`);
    for (const table of FULL_TEXT_TABLES) optimizeFullText(db, table);
    timings.lap(`${part} fts-optimize`);
    storePartTerms(db);
    timings.lap(`${part} terms`);
  } finally {
    lines.close();
    db.close();
  }
  send({ finished: true, timings: timings.stages });
}
