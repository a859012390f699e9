// The worker side of FullTextReader (full-text-reader.ts): reads and parses the full text of the
// releases at the places it is given, a batch per request, in the order given. Built into
// dist/full-text-worker.js; the main thread stores what it sends into FTS5 meanwhile.
import { parentPort, workerData } from 'node:worker_threads';
import type { FullTextBatch, FullTextWorkerData } from './full-text-reader.js';
import { fullTextAt } from './indexed-release.js';
import { SegmentLines } from './release-lines.js';

const { paths, segment, offset, length, batchSize } = workerData as FullTextWorkerData;
const lines = new SegmentLines(new Map(paths));
let next = 0;

parentPort?.on('message', () => {
  const end = Math.min(segment.length, next + batchSize);
  let reply: FullTextBatch;
  try {
    const texts = [];
    for (let index = next; index < end; index += 1) {
      texts.push(
        fullTextAt(lines, { segment: segment[index] ?? 0, offset: offset[index] ?? 0, length: length[index] ?? 0 }),
      );
    }
    reply = { texts };
  } catch (error) {
    reply = { error: (error as Error).message };
  }
  next = end;
  parentPort?.postMessage(reply);
  if (next >= segment.length || 'error' in reply) lines.close();
});
