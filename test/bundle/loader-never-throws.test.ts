import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadBundle } from '../../src/bundle/load-bundle.js';
import { UserError } from '../../src/cli/errors.js';
import { useTempDirs } from '../helpers/temp-dir.js';
import { writeFixtureBundle } from '../world/world-bundle.js';

const FILES = ['manifest.json', 'taxonomy.json', 'releases.jsonl'] as const;

/** Mutations a damaged or hand-edited file might have. */
const mutation = fc.oneof(
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.string({ unit: 'binary', maxLength: 20 }) }),
  fc.record({ kind: fc.constant('replace-value' as const), at: fc.nat(), value: fc.jsonValue({ maxDepth: 2 }) }),
  fc.record({ kind: fc.constant('garbage' as const), bytes: fc.uint8Array({ maxLength: 200 }) }),
);

type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

function mutate(text: string, change: Mutation): string | Buffer {
  switch (change.kind) {
    case 'cut':
      return text.slice(0, change.at % (text.length + 1));
    case 'insert': {
      const at = change.at % (text.length + 1);
      return text.slice(0, at) + change.text + text.slice(at);
    }
    case 'replace-value': {
      // Replace the n-th JSON scalar (a string or number) with another JSON value.
      const scalars = [...text.matchAll(/"(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?|true|false|null/g)];
      const target = scalars[change.at % Math.max(1, scalars.length)];
      if (!target) return text;
      return text.slice(0, target.index) + JSON.stringify(change.value) + text.slice(target.index + target[0].length);
    }
    case 'garbage':
      return Buffer.from(change.bytes);
  }
}

describe('loadBundle on damaged files (property)', () => {
  const tempDir = useTempDirs();

  it('never throws anything but a UserError, and reports or loads every line', async () => {
    const pristine = await writeFixtureBundle(await tempDir());
    const originals = Object.fromEntries(
      await Promise.all(FILES.map(async (name) => [name, await readFile(join(pristine, name), 'utf8')])),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...FILES),
        fc.array(mutation, { minLength: 1, maxLength: 3 }),
        async (name, changes) => {
          let text: string | Buffer = originals[name]!;
          for (const change of changes) text = mutate(text.toString(), change);
          await writeFile(join(pristine, name), text);
          try {
            const bundle = await loadBundle(pristine);
            expect(bundle.releases.length + bundle.problems.length).toBeGreaterThan(0);
          } catch (error) {
            expect(error).toBeInstanceOf(UserError);
          } finally {
            await writeFile(join(pristine, name), originals[name]!);
          }
        },
      ),
      { numRuns: 150 },
    );
  }, 60_000);
});

describe('loadBundle on a taxonomy.json with very many bad entries', () => {
  const tempDir = useTempDirs();

  it('reports each of them and falls back to the built-in taxonomy', async () => {
    const dir = await writeFixtureBundle(await tempDir());
    const entries = Array.from({ length: 200_000 }, (_, index) => index);
    await writeFile(join(dir, 'taxonomy.json'), JSON.stringify({ format: 'osce-tui-taxonomy', version: 1, entries }));
    const bundle = await loadBundle(dir);
    expect(
      bundle.problems.filter(
        (problem) => problem.file.endsWith('taxonomy.json') && problem.path?.startsWith('$.entries['),
      ),
    ).toHaveLength(200_000);
    expect(bundle.taxonomy.some((entry) => entry.id === 'state:austria')).toBe(true);
  }, 60_000);
});
