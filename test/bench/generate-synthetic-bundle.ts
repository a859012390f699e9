// Generates a clearly SYNTHETIC bundle for benchmarks: invented words mixed with the taxonomy's
// names (so facets and name searches hit), a fixed seed (the same corpus every run), written
// straight to releases.jsonl as a stream so 200,000 releases never sit in memory.
// Usage: tsx test/bench/generate-synthetic-bundle.ts --size 20000 --out DIR
import { createHash } from 'node:crypto';
import { createWriteStream, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Block, Release, TaxonomyEntry } from '../../src/bundle/types.js';
import { buildTaxonomyEntries } from '../../src/taxonomy/build-taxonomy.js';

/** Bumped when the generated text changes, so cached corpora are regenerated. */
export const GENERATOR_VERSION = 1;
export const SYNTHETIC_TITLE = 'SYNTHETIC benchmark corpus';
const SEED = 20_251_129;

/** A small, fast, seedable PRNG (mulberry32). */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const CONSONANTS = [
  'b',
  'd',
  'f',
  'g',
  'k',
  'l',
  'm',
  'n',
  'p',
  'r',
  's',
  't',
  'v',
  'z',
  'br',
  'dr',
  'kl',
  'st',
  'tr',
  'sk',
];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ai', 'ou', 'ie'];
const FUNCTION_WORDS = [
  'the',
  'and',
  'of',
  'in',
  'to',
  'for',
  'with',
  'on',
  'by',
  'a',
  'from',
  'at',
  'was',
  'were',
  'said',
  'will',
  'is',
  'their',
  'this',
  'its',
];
/** Real words the benchmark queries type; each release gets a few. */
export const TOPIC_WORDS = [
  'security',
  'trafficking',
  'elections',
  'election',
  'media',
  'freedom',
  'border',
  'police',
  'training',
  'workshop',
  'cyber',
  'rights',
  'youth',
  'gender',
  'observers',
  'report',
  'conference',
  'dialogue',
  'minorities',
  'environment',
  'governance',
  'reform',
  'journalists',
  'migration',
  'terrorism',
  'tolerance',
  'education',
  'water',
  'energy',
  'community',
];

/** The invented vocabulary: pronounceable nonsense words, the same for a given seed. */
export function inventedWords(count: number, random: () => number): string[] {
  const words = new Set<string>();
  while (words.size < count) {
    const syllables = 2 + Math.floor(random() * 3);
    let word = '';
    for (let i = 0; i < syllables; i += 1) {
      word += CONSONANTS[Math.floor(random() * CONSONANTS.length)]! + VOWELS[Math.floor(random() * VOWELS.length)]!;
    }
    if (random() < 0.3) word += CONSONANTS[Math.floor(random() * 10)]!;
    words.add(word);
  }
  return [...words];
}

/** The corpus's invented words, most common first (the benchmark types some of them). */
export function syntheticVocabulary(): string[] {
  return inventedWords(6000, createRandom(SEED));
}

const TYPES: [string, number][] = [
  ['Press release', 0.7],
  ['News item', 0.2],
  ['Statement', 0.06],
  ['Feature story', 0.04],
];

interface Pools {
  invented: string[];
  fields: TaxonomyEntry[];
  countries: TaxonomyEntry[];
  sources: TaxonomyEntry[];
  mentions: TaxonomyEntry[];
}

function makeReleaseGenerator(taxonomy: TaxonomyEntry[], random: () => number) {
  const pools: Pools = {
    invented: inventedWords(6000, random),
    fields: taxonomy.filter((entry) => entry.kind === 'field'),
    countries: taxonomy.filter((entry) => ['state', 'partner', 'place'].includes(entry.kind)),
    sources: taxonomy.filter((entry) =>
      ['institution', 'field-operation', 'secretariat-unit', 'body', 'chairpersonship'].includes(entry.kind),
    ),
    mentions: taxonomy.filter((entry) => ['state', 'institution', 'field-operation'].includes(entry.kind)),
  };
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  // Zipf-like: a few invented words are common, most are rare, as in real text.
  const inventedWord = (): string => pools.invented[Math.floor(pools.invented.length * random() ** 2.2)]!;
  const sentence = (names: string[], words: number): string => {
    const out: string[] = [];
    while (out.length < words) {
      const roll = random();
      if (roll < 0.58) out.push(inventedWord());
      else if (roll < 0.86) out.push(pick(FUNCTION_WORDS));
      else if (roll < 0.95) out.push(pick(TOPIC_WORDS));
      else out.push(pick(names));
    }
    const text = out.join(' ');
    return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
  };

  return (index: number): Release => {
    const fields = [pick(pools.fields), ...(random() < 0.3 ? [pick(pools.fields)] : [])];
    const countries = [pick(pools.countries), ...(random() < 0.25 ? [pick(pools.countries)] : [])];
    const sources = [pick(pools.sources)];
    const mentions = Array.from({ length: Math.floor(random() * 3) }, () => pick(pools.mentions));
    const names = [...fields, ...countries, ...sources, ...mentions].map((entry) => entry.name);
    const titleWords: string[] = [];
    const titleLength = 5 + Math.floor(random() * 6);
    while (titleWords.length < titleLength) titleWords.push(random() < 0.7 ? inventedWord() : pick(TOPIC_WORDS));
    if (random() < 0.5) titleWords.splice(Math.floor(random() * titleWords.length), 0, pick(names));
    const title = `[Synthetic] ${titleWords.join(' ').replace(/^./, (c) => c.toUpperCase())}`;

    const targetWords = 500 + Math.floor(random() * 401);
    const body: Block[] = [];
    let words = 0;
    while (words < targetWords) {
      const sentences: string[] = [];
      const paragraphWords = Math.min(targetWords - words, 60 + Math.floor(random() * 60));
      let inParagraph = 0;
      while (inParagraph < paragraphWords) {
        const length = Math.min(paragraphWords - inParagraph, 8 + Math.floor(random() * 14));
        sentences.push(sentence(names, length));
        inParagraph += length;
      }
      body.push({ kind: random() < 0.08 ? 'quote' : 'paragraph', text: sentences.join(' ') });
      words += inParagraph;
    }

    const dayNumber = Math.floor(random() * 9496); // 2000-01-01 .. 2025-12-31
    const date = new Date(Date.UTC(2000, 0, 1 + dayNumber)).toISOString().slice(0, 10);
    const precisionRoll = random();
    const iso = precisionRoll < 0.01 ? null : precisionRoll < 0.03 ? date.slice(0, 4) : date;
    const typeRoll = random();
    let cumulative = 0;
    const type =
      TYPES.find(([, share]) => {
        cumulative += share;
        return cumulative > typeRoll;
      })?.[0] ?? 'Press release';
    const id = `syn-${String(index + 1).padStart(7, '0')}`;
    return {
      id,
      url: null,
      type,
      title,
      date: { iso, precision: iso === null ? 'unknown' : iso.length === 4 ? 'year' : 'day', text: iso },
      place: null,
      sources: sources.map((entry) => entry.id),
      fields: [...new Set(fields.map((entry) => entry.id))],
      countries: [...new Set(countries.map((entry) => entry.id))],
      mentions: [...new Set(mentions.map((entry) => entry.id))],
      unmapped: [],
      body,
      notes: [],
      summary: false,
      provenance: { file: 'synthetic', line: index + 1 },
      warnings: [],
    };
  };
}

/**
 * Writes a synthetic bundle of `size` releases to `dir` (manifest synthetic: true, every title
 * "[Synthetic] …"). The manifest is written last: a folder with a manifest is complete.
 */
export async function generateSyntheticBundle(
  dir: string,
  size: number,
  onProgress?: (done: number) => void,
): Promise<void> {
  mkdirSync(dir, { recursive: true });
  rmSync(join(dir, 'manifest.json'), { force: true });
  const taxonomy = buildTaxonomyEntries();
  const nextRelease = makeReleaseGenerator(taxonomy, createRandom(SEED));
  const releasesFile = join(dir, 'releases.jsonl');
  const temp = `${releasesFile}.${process.pid}.tmp`;
  const digest = createHash('sha256');
  const out = createWriteStream(temp);
  let chunk = '';
  for (let index = 0; index < size; index += 1) {
    chunk += `${JSON.stringify(nextRelease(index))}\n`;
    if (chunk.length > 1 << 20 || index === size - 1) {
      digest.update(chunk);
      if (!out.write(chunk)) await new Promise<void>((resolve) => out.once('drain', resolve));
      chunk = '';
      onProgress?.(index + 1);
    }
  }
  await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
  renameSync(temp, releasesFile);
  writeFileSync(
    join(dir, 'taxonomy.json'),
    `${JSON.stringify({ format: 'osce-tui-taxonomy', version: 1, entries: taxonomy }, null, 2)}\n`,
  );
  writeFileSync(join(dir, 'generator.json'), `${JSON.stringify({ version: GENERATOR_VERSION, seed: SEED, size })}\n`);
  const manifest = {
    format: 'osce-tui-bundle',
    version: 1,
    title: SYNTHETIC_TITLE,
    builtAt: new Date(0).toISOString(),
    synthetic: true,
    counts: { releases: size, taxonomy: taxonomy.length },
    releasesDigest: digest.digest('hex'),
  };
  writeFileSync(join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
}

// Run as a script (not when bundled into the benchmark probe, which imports the generator).
if (/generate-synthetic-bundle\.[cm]?[jt]s$/.test(process.argv[1] ?? '')) {
  const argument = (name: string): string | undefined => {
    const index = process.argv.indexOf(name);
    return index === -1 ? undefined : process.argv[index + 1];
  };
  const size = Number(argument('--size') ?? 20_000);
  const outDir = argument('--out');
  if (!outDir || !Number.isInteger(size) || size < 1) {
    process.stderr.write('usage: generate-synthetic-bundle.ts --size N --out DIR\n');
    process.exit(2);
  }
  const started = Date.now();
  await generateSyntheticBundle(outDir, size, (done) => {
    if (process.stderr.isTTY) process.stderr.write(`\rgenerating ${done}/${size}`);
  });
  process.stderr.write(
    `\ngenerated ${size} synthetic releases in ${((Date.now() - started) / 1000).toFixed(1)} s: ${outDir}\n`,
  );
}
