/**
 * Taxonomy lookups: how long building the taxonomy, the name matcher and the mention finder
 * takes, how long one name resolution takes (by kind of name) and how many pages per second the
 * mention finder reads. Not a test; run with
 *   npx tsx test/bench/taxonomy-lookups.ts [pages=3000]
 * The pages are SYNTHETIC: invented words with the taxonomy's names mixed in.
 */
import { buildTaxonomyEntries } from '../../src/taxonomy/build-taxonomy.js';
import { createMentionFinder } from '../../src/taxonomy/find-mentions.js';
import { createNameMatcher } from '../../src/taxonomy/name-matcher.js';
import { Taxonomy } from '../../src/taxonomy/taxonomy.js';

const PAGE_COUNT = Number(process.argv[2] ?? 3000);

function time<T>(run: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = run();
  return { value, ms: performance.now() - start };
}

const built = time(() => new Taxonomy(buildTaxonomyEntries()));
const taxonomy = built.value;
const matcherBuilt = time(() => createNameMatcher(taxonomy));
const finderBuilt = time(() => createMentionFinder(taxonomy));
console.log(`entries: ${taxonomy.entries.length}`);
console.log(
  `build taxonomy: ${built.ms.toFixed(2)} ms, matcher: ${matcherBuilt.ms.toFixed(2)} ms, mention finder: ${finderBuilt.ms.toFixed(2)} ms`,
);

const QUERIES: Record<string, string[]> = {
  exact: ['Italy', 'Turkey', 'ODIHR', 'OSCE Mission to Skopje', 'the Netherlands', 'Chairman-in-Office'],
  partial: ['skopje', 'bosn', 'macedonia', 'kazakh', 'mission', 'trafficking'],
  bracketed: ['OSCE Special Monitoring Mission to Ukraine (closed)', 'OSCE Project Co-ordinator in Baku (closed)'],
  misspelt: ['albana', 'Swtizerland', 'Mision to Serbya', 'qqqqzzzz', 'Kazakstan'],
};
const matcher = matcherBuilt.value;
for (const [label, queries] of Object.entries(QUERIES)) {
  const samples: number[] = [];
  for (let round = 0; round < 2000; round++) {
    for (const query of queries) {
      const start = performance.now();
      matcher.resolve(query);
      samples.push(performance.now() - start);
    }
  }
  samples.sort((a, b) => a - b);
  const at = (share: number): string => (samples[Math.floor(samples.length * share)]! * 1000).toFixed(1);
  console.log(
    `resolve ${label.padEnd(9)} median ${at(0.5)} µs, p99 ${at(0.99)} µs, max ${(samples.at(-1)! * 1000).toFixed(0)} µs`,
  );
}

// SYNTHETIC pages: invented words, a few names and abbreviations per page, about 4 KB each.
let seed = 7;
const random = (): number => {
  seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
  return seed / 2_147_483_648;
};
const syllables = ['ka', 'lo', 'mi', 'te', 'ru', 'sa', 'vi', 'no', 'de', 'pa'];
const names = taxonomy
  .ofKind('state', 'partner', 'institution', 'field-operation')
  .flatMap((entry) => [entry.name, ...entry.aliases]);
const word = (): string =>
  Array.from({ length: 1 + Math.floor(random() * 3) }, () => syllables[Math.floor(random() * syllables.length)]).join(
    '',
  );
const pages = Array.from({ length: PAGE_COUNT }, () => {
  const words: string[] = ['SYNTHETIC'];
  while (words.join(' ').length < 4000) {
    words.push(random() < 0.02 ? names[Math.floor(random() * names.length)]! : word());
  }
  return words.join(' ');
});
const findMentions = finderBuilt.value;
const scan = time(() => pages.reduce((total, page) => total + findMentions(page).length, 0));
console.log(
  `mentions: ${PAGE_COUNT} pages of ~4 KB in ${scan.ms.toFixed(0)} ms = ${Math.round(PAGE_COUNT / (scan.ms / 1000))} pages/s (${scan.value} mentions)`,
);
