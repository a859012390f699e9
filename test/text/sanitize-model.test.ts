import { describe, expect, it } from 'vitest';
import { validateRelease } from '../../src/bundle/validate-release.js';
import { sanitizeEntry, sanitizeRelease } from '../../src/text/sanitize-model.js';
import { CONTROL, HOSTILE } from '../helpers/hostile-text.js';
import { makeRelease } from '../world/make.js';

// Every string of a value, however deep.
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, item]) => [key, ...strings(item)]);
  return [];
}

describe('text sanitized where it enters the read model', () => {
  it('leaves no control sequence in any text of a release, and keeps its id', () => {
    const hostile = makeRelease({
      id: 'fx-hostile',
      url: `https://example.org/${HOSTILE}`,
      type: HOSTILE,
      title: HOSTILE,
      date: { iso: null, precision: 'unknown', text: HOSTILE },
      place: HOSTILE,
      unmapped: [{ label: HOSTILE, value: HOSTILE }],
      body: [
        { kind: 'paragraph', text: `${HOSTILE}\n${HOSTILE}` },
        { kind: 'list', items: [HOSTILE] },
      ],
      notes: [{ term: HOSTILE, text: HOSTILE }],
      warnings: [HOSTILE],
      provenance: { file: HOSTILE, line: 1 },
      origins: [{ fact: 'place', value: HOSTILE, from: 'dateline', stated: true }],
    });
    const safe = sanitizeRelease(hostile);
    expect(strings(safe).filter((text) => CONTROL.test(text))).toEqual([]);
    expect(safe.id).toBe('fx-hostile');
    expect(safe.body[0]).toMatchObject({ text: expect.stringContaining('\n') });
  });

  it('leaves no control sequence in the name, aliases, description or facts of an entry', () => {
    const entry = sanitizeEntry({
      id: 'state:freedonia',
      kind: 'state',
      name: HOSTILE,
      parent: null,
      aliases: [HOSTILE],
      description: HOSTILE,
      facts: { [HOSTILE]: HOSTILE },
      relations: [],
    });
    expect(strings(entry).filter((text) => CONTROL.test(text))).toEqual([]);
    expect(entry.id).toBe('state:freedonia');
  });

  it('refuses a release whose id holds a control character, naming the place', () => {
    const value = JSON.parse(JSON.stringify(makeRelease({ id: 'fx-\u001b[2J' }))) as unknown;
    const result = validateRelease(value, 'releases.jsonl', 3);
    expect(result.release).toBeUndefined();
    expect(result.problems.map((problem) => `${problem.path}: ${problem.message}`)).toEqual([
      '$.id: expected an id without control characters, got "fx-\\u001b[2J"',
    ]);
  });
});
