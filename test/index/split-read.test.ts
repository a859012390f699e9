import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { joinPartProblems, splitPoint } from '../../src/index/split-read.js';

const root = mkdtempSync(join(tmpdir(), 'osce-tui-split-read-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function file(name: string, text: string): string {
  const path = join(root, name);
  writeFileSync(path, text);
  return path;
}

describe('where a release file is split for reading in two parts', () => {
  it('is the start of the first line that begins past the middle of the file', () => {
    const text = `${'a'.repeat(9)}\n${'b'.repeat(9)}\n${'c'.repeat(9)}\n${'d'.repeat(9)}\n`;
    // The middle of 40 bytes is byte 20, the first of the third line: the fourth starts at 30.
    expect(splitPoint(file('four.jsonl', text), text.length)).toBe(30);
  });

  it('is nowhere when no line starts past that point', () => {
    const text = `${'a'.repeat(9)}\n${'b'.repeat(30)}\n`;
    expect(splitPoint(file('long-last.jsonl', text), text.length)).toBeUndefined();
    expect(splitPoint(file('one.jsonl', '{"id":"x"}'), 10)).toBeUndefined();
  });
});

describe('the problems of the second part', () => {
  const first = new Map([['syn-a', 4]]);
  const invalid = { file: 'r.jsonl', line: 703, path: '$.fields[0]', message: 'unknown id' };

  it('report a release whose id the first part has after that line’s other problems, naming the first line', () => {
    const later = { file: 'r.jsonl', line: 900, message: 'not valid JSON' };
    const joined = joinPartProblems('r.jsonl', first, [{ problem: invalid }, { problem: later }], [['syn-a', 703]]);
    expect(joined).toEqual([
      invalid,
      {
        file: 'r.jsonl',
        line: 703,
        path: '$.id',
        message: 'duplicate id "syn-a" (first on line 4); this line is ignored',
      },
      later,
    ]);
  });

  it('word a repeat within the second part of such an id as repeating the first part’s line', () => {
    const repeat = {
      file: 'r.jsonl',
      line: 1101,
      path: '$.id',
      message: 'duplicate id "syn-a" (first on line 703); this line is ignored',
    };
    const own = { ...repeat, line: 1200, message: 'duplicate id "syn-b" (first on line 800); this line is ignored' };
    const joined = joinPartProblems(
      'r.jsonl',
      first,
      [
        { problem: repeat, duplicateId: 'syn-a' },
        { problem: own, duplicateId: 'syn-b' },
      ],
      [['syn-a', 703]],
    );
    expect(joined.map((problem) => [problem.line, problem.message])).toEqual([
      [703, 'duplicate id "syn-a" (first on line 4); this line is ignored'],
      [1101, 'duplicate id "syn-a" (first on line 4); this line is ignored'],
      [1200, 'duplicate id "syn-b" (first on line 800); this line is ignored'],
    ]);
  });
});
