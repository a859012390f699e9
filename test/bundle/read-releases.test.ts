import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReleaseLines, type ReleaseLineItem, readReleaseLines } from '../../src/bundle/read-releases.js';
import { serializeRelease } from '../../src/bundle/serialize-release.js';
import { useTempDirs } from '../helpers/temp-dir.js';
import { makeRelease } from '../world/make.js';

async function collect(items: AsyncGenerator<ReleaseLineItem>): Promise<ReleaseLineItem[]> {
  const out: ReleaseLineItem[] = [];
  for await (const item of items) out.push(item);
  return out;
}

describe('readReleaseLines', () => {
  const tempDir = useTempDirs();

  it('streams a large file whose multi-byte characters straddle chunk boundaries, line numbers intact', async () => {
    const releases = Array.from({ length: 3000 }, (_, index) =>
      makeRelease({ id: `fx-${index}`, title: `Türkiye 日本 🎉 ${'ü'.repeat(index % 37)}` }),
    );
    const file = join(await tempDir(), 'releases.jsonl');
    await writeFile(file, `${releases.map(serializeRelease).join('\r\n')}\r\n`);
    let bytes = 0;
    const items = await collect(readReleaseLines(file, { onChunk: (chunk) => (bytes += chunk.length) }));
    expect(items).toHaveLength(3000);
    expect(items[2999]).toMatchObject({ release: releases[2999], line: 3000 });
    expect(bytes).toBeGreaterThan(64 * 1024);
  });

  it('yields problems in line order and goes on after them; a byte-order mark is fine', async () => {
    const file = join(await tempDir(), 'releases.jsonl');
    const good = serializeRelease(makeRelease({ id: 'fx-a' }));
    await writeFile(
      file,
      `\uFEFF${good}\n\nnot json\n${serializeRelease(makeRelease({ id: 'fx-b', countries: ['state:nowhere'] }))}`,
    );
    const items = await collect(readReleaseLines(file, { isKnownId: () => false, displayName: 'releases.jsonl' }));
    expect(
      items.map((item) =>
        'release' in item ? `release ${item.release.id} @${item.line}` : `problem @${item.problem.line}`,
      ),
    ).toEqual(['release fx-a @1', 'problem @3', 'problem @4', 'release fx-b @4']);
    expect('problem' in items[1]! && items[1].problem.file).toBe('releases.jsonl');
  });

  it('reports every problem of every bad line and keeps every valid release', () => {
    const bad = JSON.parse(serializeRelease(makeRelease({ id: 'fx-bad' }))) as Record<string, unknown>;
    bad.type = 7;
    bad.date = { iso: 'soon', precision: 'whenever' };
    const text = [
      serializeRelease(makeRelease({ id: 'fx-a' })),
      JSON.stringify(bad),
      '{"id": ',
      serializeRelease(makeRelease({ id: 'fx-b' })),
    ].join('\n');
    const items = parseReleaseLines(text, 'r.jsonl');
    expect(items.flatMap((item) => ('release' in item ? [item.release.id] : []))).toEqual(['fx-a', 'fx-b']);
    const problems = items.flatMap((item) => ('problem' in item ? [item.problem] : []));
    expect(problems.map((problem) => [problem.line, problem.path])).toEqual([
      [2, '$.type'],
      [2, '$.date.iso'],
      [2, '$.date.precision'],
      [3, undefined],
    ]);
    expect(problems.every((problem) => problem.file === 'r.jsonl' && /expected/.test(problem.message))).toBe(true);
  });

  it('gives the same items for a text held in memory', () => {
    const text = `${serializeRelease(makeRelease({ id: 'fx-a' }))}\n${serializeRelease(makeRelease({ id: 'fx-a' }))}\n`;
    const items = parseReleaseLines(text, 'r.jsonl');
    expect(items).toHaveLength(2);
    expect(items[1]).toEqual({
      problem: {
        file: 'r.jsonl',
        line: 2,
        path: '$.id',
        message: 'duplicate id "fx-a" (first on line 1); this line is ignored',
      },
      duplicateId: 'fx-a',
    });
  });
});
