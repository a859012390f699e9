import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type FullTextReader, type LinePlaces, openFullTextReader } from '../../src/index/full-text-reader.js';
import type { FullText } from '../../src/index/indexed-release.js';
import { readLocatedReleases } from '../../src/index/release-lines.js';
import { assertBuiltCliFresh } from '../helpers/built-cli.js';
import { WORLD_RELEASES } from '../world/world.js';
import { makeTempBundle, writeBundleFiles } from '../world/world-bundle.js';

const root = join(import.meta.dirname, '..', '..');
const workerFile = pathToFileURL(join(root, 'dist', 'chunks', 'full-text-worker.mjs'));
let temp: ReturnType<typeof makeTempBundle>;

beforeAll(() => {
  // The worker runs as the built program runs it, from dist/.
  assertBuiltCliFresh();
}, 120_000);

afterEach(() => {
  rmSync(temp.root, { recursive: true, force: true });
});

async function readAll(reader: FullTextReader): Promise<FullText[]> {
  const texts: FullText[] = [];
  try {
    for (let batch = await reader.next(); batch.length > 0; batch = await reader.next()) texts.push(...batch);
  } finally {
    await reader.close();
  }
  return texts;
}

// Every line of the fixture bundle, newest line first and then again and again: more places than
// one batch holds, in an order that is not the file's.
async function fixturePlaces(
  times: number,
): Promise<{ paths: Map<number, string>; places: LinePlaces; count: number }> {
  temp = makeTempBundle();
  writeBundleFiles(temp.bundleDir, WORLD_RELEASES);
  const file = join(temp.bundleDir, 'releases.jsonl');
  const lines = [];
  for await (const line of readLocatedReleases(
    file,
    { isKnownId: () => true, displayName: 'releases.jsonl' },
    { problems: 0 },
  ))
    lines.push(line);
  lines.reverse();
  const count = lines.length * times;
  const places = { segment: new Int32Array(count), offset: new Float64Array(count), length: new Int32Array(count) };
  for (let index = 0; index < count; index += 1) {
    const line = lines[index % lines.length]!;
    places.segment[index] = 1;
    places.offset[index] = line.offset;
    places.length[index] = line.length;
  }
  return { paths: new Map([[1, file]]), places, count };
}

describe('the index build reading release texts in a worker thread', () => {
  it('gives the texts the main thread reads, in the order of the places, across batches', async () => {
    const { paths, places, count } = await fixturePlaces(90);
    expect(count).toBeGreaterThan(1_000);
    const threaded = openFullTextReader(paths, places, count, workerFile);
    expect(threaded.threaded).toBe(true);
    const here = openFullTextReader(paths, places, count, undefined);
    expect(here.threaded).toBe(false);
    const fromWorker = await readAll(threaded);
    expect(fromWorker).toHaveLength(count);
    expect(fromWorker).toEqual(await readAll(here));
    expect(fromWorker[0]!.title).toBe(WORLD_RELEASES.at(-1)!.title);
  });

  it('fails the read when a place does not hold a release line', async () => {
    const { paths, places, count } = await fixturePlaces(1);
    places.offset[3] = places.offset[3]! + 5;
    const reader = openFullTextReader(paths, places, count, workerFile);
    await expect(readAll(reader)).rejects.toThrow(/JSON/);
  });
});
