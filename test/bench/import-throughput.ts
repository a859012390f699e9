/**
 * Import throughput: generates clearly synthetic pages in the importer's layouts in a temp
 * folder and times ingestPages over them. Not a test; run with
 *   npx tsx test/bench/import-throughput.ts [pages=3000]
 * The pages are made up ("SYNTHETIC" in every title) and deleted afterwards.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingestPages } from '../../src/ingest/ingest-pages.js';
import { buildTaxonomyEntries } from '../../src/taxonomy/build-taxonomy.js';
import { Taxonomy } from '../../src/taxonomy/taxonomy.js';
import { MONTH_NAMES } from '../../src/text/month-names.js';

const PAGE_COUNT = Number(process.argv[2] ?? 3000);
const taxonomy = new Taxonomy(buildTaxonomyEntries());
const states = taxonomy.ofKind('state').map((entry) => entry.name);
const fields = taxonomy.ofKind('field').map((entry) => entry.name);
const sources = taxonomy.ofKind('field-operation', 'institution', 'secretariat-unit').map((entry) => entry.name);
const MONTHS = MONTH_NAMES;
const CITIES = ['VIENNA', 'SKOPJE', 'TIRANA', 'BELGRADE', 'OSH', 'HELSINKI'];

// A small deterministic generator so that every run times the same pages.
let seed = 42;
function random(): number {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
}
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

const MENU = [
  '-',
  'Our work',
  '-',
  'Fields of work',
  ...fields.map((name) => `- ${name}`),
  '-',
  'Countries',
  '-',
  'Participating States',
  ...states.map((name) => `- ${name}`),
  '- About us',
].join('\n');

function date(): string {
  return `${1 + Math.floor(random() * 28)} ${pick(MONTHS)} ${2000 + Math.floor(random() * 26)}`;
}

function paragraph(n: number): string {
  const sentences: string[] = [];
  for (let i = 0; i < 4; i++)
    sentences.push(
      `Synthetic sentence ${n}.${i} mentions ${pick(states)} and an invented workshop on ${pick(fields).toLowerCase()}.`,
    );
  return sentences.join(' ');
}

function body(city: string, when: string): string {
  const lines = [
    `${city}, ${when} – ${paragraph(0)}`,
    `It trained 20 synthetic trainerssynthetic trainers`,
    `Synthetic trainers are invented people. from ${pick(states)}.`,
  ];
  for (let i = 1; i < 6; i++) lines.push(paragraph(i));
  lines.push(`“This quotation is synthetic and was never said by anyone at all,” said an invented speaker.`);
  return lines.join('\n');
}

function articlePage(n: number): string {
  const city = pick(CITIES);
  const when = date();
  return [
    MENU,
    'Press release',
    `SYNTHETIC release number ${n} about ${pick(fields).toLowerCase()}`,
    '- Date:',
    '- Place:',
    `- ${city}`,
    '- Source:',
    `- ${pick(sources)}`,
    '- Fields of work:',
    `- ${pick(fields)}, ${pick(fields)}`,
    body(city, when),
  ].join('\n');
}

function plainPage(n: number): string {
  const city = pick(CITIES);
  const when = date();
  return [
    'News item',
    `SYNTHETIC news item ${n}`,
    'Date:',
    when,
    'Place:',
    city,
    'Source:',
    pick(sources),
    body(city, when),
  ].join('\n');
}

function barePage(n: number): string {
  return [`SYNTHETIC bare article ${n}`, body(pick(CITIES), date())].join('\n');
}

function listingPage(n: number): string {
  const lines = [MENU, 'Newsroom'];
  for (let i = 0; i < 10; i++) {
    lines.push(
      `SYNTHETIC listing ${n} entry ${i}`,
      `Publishing date: ${date()}`,
      'Content type: News item',
      `Where we are: ${pick(states)}, ${pick(states)}`,
      `What we do: ${pick(fields)}`,
      `${paragraph(i).slice(0, 180)}...`,
    );
  }
  return lines.join('\n');
}

const LAYOUTS = [articlePage, articlePage, plainPage, barePage, listingPage];
const dir = mkdtempSync(join(tmpdir(), 'osce-import-bench-'));
try {
  for (let n = 0; n < PAGE_COUNT; n++)
    writeFileSync(join(dir, `synthetic-${String(n).padStart(5, '0')}.txt`), LAYOUTS[n % LAYOUTS.length]!(n));
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const result = await ingestPages([dir], taxonomy);
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const skipped = result.files.filter((file) => file.skipped).length;
  console.log(
    `${PAGE_COUNT} synthetic pages (${skipped} skipped) → ${result.releases.length} releases in ${seconds.toFixed(2)} s`,
  );
  console.log(
    `${Math.round(PAGE_COUNT / seconds)} pages/s wall, ${Math.round(result.releases.length / seconds)} releases/s wall`,
  );
  // CPU time is steadier than wall time on a shared machine.
  console.log(`${cpuSeconds.toFixed(2)} s CPU: ${Math.round(PAGE_COUNT / cpuSeconds)} pages per CPU second`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
