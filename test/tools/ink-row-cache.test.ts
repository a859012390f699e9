import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withRowCache } from '../../src/tools/ink-row-cache.mjs';

interface OutputLike {
  write(
    x: number,
    y: number,
    text: string,
    options: { transformers: ((line: string, index: number) => string)[] },
  ): void;
  clip(clip: { x1?: number; x2?: number; y1?: number; y2?: number }): void;
  unclip(): void;
  get(): { output: string; height: number };
}
type OutputClass = new (options: { width: number; height: number }) => OutputLike;

let dir: string;
let InkOutput: OutputClass;
let RowCachedOutput: OutputClass;

// Ink's output.js (not exported by the package) bundled on its own, as it is and as the build patches it.
async function bundledOutput(name: string, patch: boolean): Promise<OutputClass> {
  const outfile = join(dir, `${name}.mjs`);
  const inkOutput = join(process.cwd(), 'node_modules', 'ink', 'build', 'output.js');
  await build({
    stdin: { contents: `export { default } from ${JSON.stringify(inkOutput)};`, resolveDir: process.cwd() },
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile,
    logLevel: 'error',
    plugins: patch
      ? [
          {
            name: 'row-cache',
            setup: (b) =>
              b.onLoad({ filter: /[\\/]ink[\\/]build[\\/]output\.js$/ }, (args) => ({
                contents: withRowCache(args.path, readFileSync(args.path, 'utf8')),
                loader: 'js',
              })),
          },
        ]
      : [],
  });
  return ((await import(pathToFileURL(outfile).href)) as { default: OutputClass }).default;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ink-row-cache-'));
  InkOutput = await bundledOutput('ink', false);
  RowCachedOutput = await bundledOutput('row-cache', true);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const RED = (text: string): string => `\u001b[31m${text}\u001b[39m`;
const BOLD = (text: string): string => `\u001b[1m${text}\u001b[22m`;
const TEXTS = [
  'plain text',
  '  ▶ selected row…',
  '2024-05-01  Press release – Vienna • ★',
  'Ünïcödé ÿ ĳ ǅ ↑ ┼ █ ◆',
  '日本語の見出し',
  'a👩‍👩‍👧b',
  '☔ ✅ ❤️ emoji in the ranges',
  'soft\u00adhyphen',
  `${RED('red')} and ${BOLD('bold')}`,
  BOLD(RED('both')),
  'two\nlines',
  'é́ combining',
  '',
];

// A small deterministic generator, so a failure can be replayed.
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

function drawFrame(Output: OutputClass, next: () => number, width: number, height: number): string {
  const output = new Output({ width, height });
  const pick = <T>(items: T[]): T => items[Math.floor(next() * items.length)]!;
  for (let i = 0; i < 12; i++) {
    const roll = next();
    if (roll < 0.1) output.clip({ x1: 2, x2: width - 3, y1: 1, y2: height - 2 });
    else if (roll < 0.15) output.unclip();
    else {
      const transformers = next() < 0.2 ? [(line: string) => line.toUpperCase()] : [];
      output.write(Math.floor(next() * (width + 4)) - 2, Math.floor(next() * (height + 2)) - 1, pick(TEXTS), {
        transformers,
      });
    }
  }
  return output.get().output;
}

describe('Ink output with rows kept across frames', () => {
  it('draws every frame exactly as Ink does, frame after frame (rows found in the cache included)', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const width = 10 + (seed % 3) * 7;
      // The same frame twice: the second is drawn from the kept rows.
      for (let repeat = 0; repeat < 2; repeat++) {
        expect(drawFrame(RowCachedOutput, random(seed), width, 6), `seed ${seed}`).toBe(
          drawFrame(InkOutput, random(seed), width, 6),
        );
      }
    }
  });

  it('refuses an Ink whose Output.get() it does not know', () => {
    expect(() => withRowCache('output.js', 'export default class Output { get() { return {}; } }')).toThrow(
      /not Ink 6\.8's/,
    );
  });
});
