import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSmallBundleFiles } from '../../src/bundle/load-bundle.js';
import { listReleaseSegments } from '../../src/bundle/release-segments.js';
import { type BuildOptions, buildIndex, segmentPaths } from '../../src/index/build-index.js';
import { claimBatches, type LinePlaces } from '../../src/index/full-text-build.js';
import { decodeStructure, encodeStructure, type FullTextStructure } from '../../src/index/full-text-merge.js';
import { startFullTextThreads } from '../../src/index/full-text-threads.js';
import { IndexWriter } from '../../src/index/index-writes.js';
import { fullTextAt } from '../../src/index/indexed-release.js';
import { SegmentLines } from '../../src/index/release-lines.js';
import { Taxonomy } from '../../src/taxonomy/taxonomy.js';
import { generateSyntheticBundle } from '../bench/generate-synthetic-bundle.js';
import { assertBuiltCliFresh, ROOT } from '../helpers/built-cli.js';

// The worker runs as the built program runs it, from dist/.
const workerFile = pathToFileURL(join(ROOT, 'dist', 'chunks', 'full-text-worker.mjs'));
const RELEASES = 1_200;
let root: string;
let bundleDir: string;

beforeAll(async () => {
  assertBuiltCliFresh();
  root = mkdtempSync(join(tmpdir(), 'osce-tui-full-text-threads-'));
  bundleDir = join(root, 'bundle');
  await generateSyntheticBundle(bundleDir, RELEASES);
  // Lines the build must report and skip as a one-thread build does: blank, not JSON, a repeated
  // id, and a last line cut short.
  const file = join(bundleDir, 'releases.jsonl');
  const lines = readFileSync(file, 'utf8').split('\n');
  lines.splice(700, 0, '', '{"id": "syn-broken", "title": ', lines[3]!, '   ');
  // The same id again further on: a build that reads the file in two parts at once must word it
  // as repeating line 4, in the other part.
  lines.splice(1100, 0, lines[3]!);
  writeFileSync(file, `${lines.join('\n').trimEnd()}\n{"id":"syn-cut","url":null,"type":"Press`);
  // And a segment, as an import writes it: two releases replaced (the later file wins), one new.
  const replaced = [lines[10]!, lines[900]!].map((line) => line.replace('"title":"', '"title":"Lantern '));
  const added = lines[20]!.replace(/"id":"[^"]*"/, '"id":"syn-added"');
  mkdirSync(join(bundleDir, 'releases'));
  writeFileSync(join(bundleDir, 'releases', '000001.jsonl'), `${[...replaced, added].join('\n')}\n`);
}, 120_000);

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

async function build(name: string, options?: BuildOptions): Promise<Database.Database> {
  const { entries } = await loadSmallBundleFiles(bundleDir);
  const source = { bundleDir, taxonomy: new Taxonomy(entries), expectedReleases: RELEASES, meta: { schema: 'test' } };
  return buildIndex(join(root, name), source, await listReleaseSegments(bundleDir), undefined, options);
}

// What searches see of the full-text tables: hits in list order both ways, bm25 rankings,
// counts, for single words (the most and the least common) and phrases; and the vocabulary.
function answers(db: Database.Database, words: readonly string[]): unknown[] {
  const queries = [...words, ...words.slice(0, 20).map((word, index) => `"${word} ${words[index + 1]}"`)];
  const all = (sql: string, ...parameters: unknown[]): unknown[] =>
    db
      .prepare(sql)
      .raw()
      .all(...parameters);
  return [
    ...queries.map((query) => [
      query,
      all('SELECT rowid FROM fts WHERE fts MATCH ? ORDER BY rowid LIMIT 40', query),
      all('SELECT rowid FROM fts WHERE fts MATCH ? ORDER BY rowid DESC LIMIT 40', query),
      all('SELECT rowid, bm25(fts) AS rank FROM fts WHERE fts MATCH ? ORDER BY rank, rowid LIMIT 40', query),
      all('SELECT count(*) FROM fts WHERE fts MATCH ?', query),
      all('SELECT rowid, bm25(fts_title) AS rank FROM fts_title WHERE fts_title MATCH ? ORDER BY rank, rowid', query),
    ]),
    all('SELECT * FROM terms ORDER BY term'),
    // The release files as applied, with the digest of their bytes and their problems (which
    // the threads find), and the rows of their releases.
    all('SELECT * FROM segments'),
    all('SELECT * FROM segment_problems'),
    all('SELECT ord, id, sort_key, row_json, segment, line_offset, line_length FROM releases ORDER BY ord'),
    all('SELECT * FROM links ORDER BY entity, ord'),
    all('SELECT * FROM entity_facets ORDER BY entity, facet, key'),
    all('SELECT * FROM fts_config ORDER BY k'),
    all('SELECT * FROM fts_title_config ORDER BY k'),
  ];
}

function checkIntegrity(db: Database.Database): void {
  db.exec("INSERT INTO fts (fts, rank) VALUES ('integrity-check', 0)");
  db.exec("INSERT INTO fts_title (fts_title, rank) VALUES ('integrity-check', 0)");
}

// Replaces the newest release's text by an invented one under a new rowid, as an update does.
function updateNewest(db: Database.Database, paths: ReadonlyMap<number, string>): void {
  const newest = db
    .prepare('SELECT ord, segment, line_offset AS offset, line_length AS length FROM releases ORDER BY ord LIMIT 1')
    .get() as { ord: number; segment: number; offset: number; length: number };
  const lines = new SegmentLines(paths);
  const text = fullTextAt(lines, newest);
  lines.close();
  db.prepare("INSERT INTO fts (fts, rowid, title, body) VALUES ('delete', ?, ?, ?)").run(
    newest.ord,
    text.title,
    text.body,
  );
  db.prepare("INSERT INTO fts_title (fts_title, rowid, title) VALUES ('delete', ?, ?)").run(newest.ord, text.title);
  new IndexWriter(db).addText(newest.ord - 1, {
    title: 'Lantern harbour',
    body: `${text.body}\nlantern harbour amber`,
  });
}

describe('the full-text tables filled by two worker threads', () => {
  it('answer every search and rank every hit as the tables one thread fills, before and after an update', async () => {
    const here = await build('here.sqlite');
    const threaded = await build('threaded.sqlite', { fullTextWorker: workerFile });
    // Every release file read in two parts at once, the large one and the three-line segment.
    const split = await build('split.sqlite', { fullTextWorker: workerFile, splitReadFrom: 1 });
    try {
      const words = [
        ...(here.prepare('SELECT term FROM terms ORDER BY docs DESC, term LIMIT 40').pluck().all() as string[]),
        ...(here.prepare('SELECT term FROM terms ORDER BY docs, term LIMIT 20').pluck().all() as string[]),
      ];
      expect(here.prepare('SELECT count(*) FROM fts').pluck().get()).toBe(RELEASES + 1);
      expect(here.prepare("SELECT count(*) FROM fts WHERE fts MATCH 'lantern'").pluck().get()).toBe(2);
      expect(here.prepare('SELECT problems, first_problem FROM segments ORDER BY sequence').all()).toEqual([
        { problems: 4, first_problem: expect.stringContaining('"line":702') },
        { problems: 0, first_problem: null },
      ]);
      expect(answers(threaded, words)).toEqual(answers(here, words));
      expect(answers(split, words)).toEqual(answers(here, words));
      checkIntegrity(threaded);
      // The two parts are now one index's segments: nothing of them is left beside it.
      expect(
        readdirSync(root)
          .filter((name) => name.endsWith('.sqlite') || name.includes('text'))
          .sort(),
      ).toEqual(['here.sqlite', 'split.sqlite', 'threaded.sqlite']);

      const paths = segmentPaths(bundleDir, await listReleaseSegments(bundleDir));
      for (const db of [here, threaded]) updateNewest(db, paths);
      const updatedWords = [...words, 'lantern', 'harbour', 'amber'];
      expect(answers(threaded, updatedWords)).toEqual(answers(here, updatedWords));
      checkIntegrity(threaded);
    } finally {
      here.close();
      threaded.close();
      split.close();
    }
  }, 120_000);

  it('fails naming the part when a worker cannot read a text, and removes the parts', async () => {
    const [segment] = await listReleaseSegments(bundleDir);
    const firstLine = readFileSync(segment!.path).indexOf('\n');
    // The first half of the places hold the first release, the second half a slice of it; the
    // workers take positions in batches, so either may be the one that meets the slice.
    const count = 10;
    const places: LinePlaces = {
      segment: new Int32Array(count),
      offset: new Float64Array(count).fill(5, count / 2),
      length: new Int32Array(count).fill(firstLine, 0, count / 2).fill(40, count / 2),
    };
    const threads = startFullTextThreads(
      workerFile,
      join(root, 'broken.sqlite'),
      segmentPaths(bundleDir, [segment!]),
      2,
      () => undefined,
    );
    await expect(threads.build(places, count)).rejects.toThrow(
      /thread building part [12] of the full-text index failed: .*JSON/,
    );
    for (const file of threads.files) expect(existsSync(file)).toBe(false);
  });

  it('fails with the code of the error, so that a cache folder that cannot take the index is recognised', async () => {
    const base = join(root, 'in-the-way.sqlite');
    const places: LinePlaces = { segment: new Int32Array(2), offset: new Float64Array(2), length: new Int32Array(2) };
    const threads = startFullTextThreads(workerFile, base, new Map(), 2, () => {});
    // A folder where the second part's file goes: SQLite cannot open it.
    mkdirSync(`${base}-text2`);
    const failure = threads.build(places, 0);
    await expect(failure).rejects.toThrow(/part 2 of the full-text index failed: unable to open database file/);
    await expect(failure).rejects.toMatchObject({ code: 'SQLITE_CANTOPEN' });
  });

  it('fails naming the part when a worker stops without finishing', async () => {
    const stopping = join(root, 'stopping-worker.mjs');
    writeFileSync(stopping, 'process.exit(3);\n');
    const places: LinePlaces = { segment: new Int32Array(2), offset: new Float64Array(2), length: new Int32Array(2) };
    const threads = startFullTextThreads(pathToFileURL(stopping), join(root, 'stopped.sqlite'), new Map(), 2, () => {});
    const stopped = /part \d of the full-text index failed: it stopped \(exit code 3\)/;
    await expect(threads.digest()).rejects.toThrow(stopped);
    await expect(threads.build(places, 2)).rejects.toThrow(stopped);
  });
});

describe('the threads of a build', () => {
  it('digest the bytes of a release file sent to them, or a whole file, in order, one file after the other', async () => {
    const threads = startFullTextThreads(workerFile, join(root, 'digests.sqlite'), new Map(), 2, () => {});
    try {
      const bytes = readFileSync(join(bundleDir, 'releases.jsonl'));
      for (let offset = 0; offset < bytes.length; offset += 100_000)
        threads.digestChunk(bytes.subarray(offset, offset + 100_000));
      expect(await threads.digest()).toBe(createHash('sha256').update(bytes).digest('hex'));
      threads.digestChunk(Buffer.from('one segment\n'));
      const [bytesSent, wholeFile] = await Promise.all([
        threads.digest(),
        threads.digestFile(join(bundleDir, 'releases.jsonl')),
      ]);
      expect(bytesSent).toBe(createHash('sha256').update('one segment\n').digest('hex'));
      // A file read in two parts is digested whole by a thread reading it itself.
      expect(wholeFile).toBe(createHash('sha256').update(bytes).digest('hex'));
    } finally {
      await threads.stop();
    }
  });
});

describe('the batches the threads take', () => {
  it('cover the list once, ascending in each thread, the last thread taking the tail after its batches', () => {
    const claims = new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT);
    const first = claimBatches(claims, 4_000, false);
    const last = claimBatches(claims, 4_000, true);
    const taken: [number, number][][] = [[], []];
    // Taken in turns, as two threads would.
    for (let done = [false, false]; !done[0] || !done[1]; )
      for (const [index, batches] of [first, last].entries()) {
        const next = batches.next();
        if (next.done) done[index] = true;
        else taken[index]!.push([...next.value]);
      }
    const positions = (ranges: [number, number][]): number[] =>
      ranges.flatMap(([from, to]) => Array.from({ length: to - from }, (_, offset) => from + offset));
    for (const ranges of taken) expect(positions(ranges)).toEqual([...positions(ranges)].sort((a, b) => a - b));
    expect([...positions(taken[0]!), ...positions(taken[1]!)].sort((a, b) => a - b)).toEqual(positions([[0, 4_000]]));
    // The last 100 positions (a 40th) are the last thread's alone, so the first ends sooner.
    expect(taken[1]!.at(-1)).toEqual([3_900, 4_000]);
    expect(Math.max(...positions(taken[0]!))).toBeLessThan(3_900);
  });
});

describe('FTS5 structure records', () => {
  it('are written back byte for byte as read, multi-byte numbers included', async () => {
    const structure: FullTextStructure = {
      cookie: 70_000,
      writeCounter: 300,
      levels: [
        { merging: 0, segments: [] },
        {
          merging: 0,
          segments: [
            { id: 12, firstPage: 1, lastPage: 4_990 },
            { id: 13, firstPage: 1, lastPage: 2 ** 31 - 1 },
          ],
        },
      ],
    };
    expect(decodeStructure(encodeStructure(structure))).toEqual(structure);
    const db = await build('structure.sqlite');
    try {
      const record = db.prepare('SELECT block FROM fts_data WHERE id = 10').pluck().get() as Buffer;
      expect(encodeStructure(decodeStructure(record))).toEqual(record);
    } finally {
      db.close();
    }
  });
});
