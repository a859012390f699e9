// The worker side of startFullTextThreads (full-text-threads.ts). Started before the build's
// read pass, it digests the release files' bytes the main thread sends it meanwhile (that part
// of the read pass then costs the main thread nothing), or, for a large release file read in two
// parts (split-read.ts), reads the second part while the main thread reads the first, or digests
// the whole file while two other threads read it; once the list order is
// known, it fills the full-text tables of a file of its own with the texts of a range of list
// positions and merges them into one segment each, while the main thread stores the index's
// rows. Built into dist/chunks/full-text-worker.mjs.
import { createHash, type Hash } from 'node:crypto';
import { parentPort, threadId, workerData } from 'node:worker_threads';
import type Database from 'better-sqlite3';
import { setBulkWritePragmas } from './build-pragmas.js';
import { createBuildTimings } from './build-timings.js';
import { claimBatches, type LinePlaces, optimizeFullText, setBulkMerging, storeFullTexts } from './full-text-build.js';
import { storePartTerms } from './full-text-merge.js';
import type { FullTextRequest, FullTextWorkerData, FullTextWorkerMessage } from './full-text-threads.js';
import { openDatabase } from './open-database.js';
import { SegmentLines } from './release-lines.js';
import { createFullTextTables, FULL_TEXT_TABLES } from './schema.js';
import { digestFile, stageFilePart } from './split-read.js';

const { file, paths } = workerData as FullTextWorkerData;
const send = (message: FullTextWorkerMessage): void => parentPort?.postMessage(message);
let hash: Hash | undefined;
let partDb: Database.Database | undefined;

parentPort?.on('message', (request: FullTextRequest) => {
  try {
    if ('chunk' in request) {
      hash ??= createHash('sha256');
      hash.update(request.chunk);
    } else if ('digest' in request) {
      send({ digest: (hash ?? createHash('sha256')).digest('hex') });
      hash = undefined;
    } else if ('digestFile' in request) {
      send({ digest: digestFile(request.digestFile) });
    } else if ('stagePart' in request) {
      stageFilePart(openPart(), request.stagePart).then((staged) => send({ staged }), failed);
    } else {
      const { places, count, claims, takesTail } = request.build;
      fillPart(places, count, claims, takesTail);
      parentPort?.close();
    }
  } catch (error) {
    failed(error);
  }
});

function failed(error: unknown): void {
  const { message, code, syscall } = error as NodeJS.ErrnoException;
  send({ error: message, code, syscall });
  parentPort?.close();
}

// The part's file, opened once: a part of a release file is staged in it before the full text.
function openPart(): Database.Database {
  if (!partDb) {
    partDb = openDatabase(file);
    // Writes are appended segment by segment: a small cache serves as well as a large one.
    setBulkWritePragmas(partDb, 8);
  }
  return partDb;
}

function fillPart(places: LinePlaces, count: number, claims: SharedArrayBuffer, takesTail: boolean): void {
  const part = `text part ${threadId}`;
  const timings = createBuildTimings();
  const db = openPart();
  const lines = new SegmentLines(new Map(paths));
  try {
    db.exec('DROP TABLE IF EXISTS staged');
    createFullTextTables(db);
    setBulkMerging(db, true);
    for (const stored of storeFullTexts(db, lines, places, claimBatches(claims, count, takesTail))) send({ stored });
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
