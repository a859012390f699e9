// The worker side of buildFullTextInThreads (full-text-threads.ts): fills the full-text tables
// of a file of its own with the texts of a range of list positions and merges them into one
// segment each, while the main thread stores the index's rows. Built into
// dist/chunks/full-text-worker.mjs.
import { parentPort, workerData } from 'node:worker_threads';
import { setBulkWritePragmas } from './build-pragmas.js';
import { createBuildTimings } from './build-timings.js';
import { optimizeFullText, setBulkMerging, storeFullTexts } from './full-text-build.js';
import { storePartTerms } from './full-text-merge.js';
import type { FullTextWorkerData, FullTextWorkerMessage } from './full-text-threads.js';
import { openDatabase } from './open-database.js';
import { SegmentLines } from './release-lines.js';
import { createFullTextTables, FULL_TEXT_TABLES } from './schema.js';

const { file, paths, places, from, to } = workerData as FullTextWorkerData;
const part = `text part ${from}-${to}`;
const timings = createBuildTimings();
const send = (message: FullTextWorkerMessage): void => parentPort?.postMessage(message);

try {
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
} catch (error) {
  send({ error: (error as Error).message });
}
