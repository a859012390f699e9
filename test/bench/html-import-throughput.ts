/**
 * HTML import throughput: writes clearly synthetic HTML pages (older-theme articles with a site
 * menu, metadata, a glossary tooltip, body and footer, plus listings) in a temp folder and times
 * ingestPages over them. Not a test; run with
 *   npx tsx test/bench/html-import-throughput.ts [pages=1000]
 * The pages are made up ("SYNTHETIC" in every title) and deleted afterwards.
 */
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingestPages } from '../../src/ingest/ingest-pages.js';
import { buildTaxonomyEntries } from '../../src/taxonomy/build-taxonomy.js';
import { Taxonomy } from '../../src/taxonomy/taxonomy.js';
import { MONTH_NAMES } from '../../src/text/month-names.js';

const PAGE_COUNT = Number(process.argv[2] ?? 1000);
const taxonomy = new Taxonomy(buildTaxonomyEntries());
const fields = taxonomy.ofKind('field').map((entry) => entry.name);
const states = taxonomy.ofKind('state').map((entry) => entry.name);
const MONTHS = MONTH_NAMES;

const MENU = `<nav><ul>${[...fields, ...states].map((name) => `<li><a href="/${encodeURIComponent(name)}">${name}</a></li>`).join('')}</ul></nav>`;

function article(n: number): string {
  const day = 1 + (n % 28);
  const when = `${day} ${MONTHS[n % 12]} ${2000 + (n % 26)}`;
  const paragraphs = Array.from(
    { length: 6 },
    (_, i) =>
      `<p>Synthetic sentence ${n}.${i} mentions ${states[(n + i) % states.length]} and an invented workshop on ${fields[(n + i) % fields.length]!.toLowerCase()}.</p>`,
  ).join('\n');
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><link rel="canonical" href="https://www.osce.org/synthetic/${100000 + n}"><script>var x = 1;</script></head><body>
${MENU}
<div class="content--header"><div>Press release</div><h1>SYNTHETIC release number ${n}</h1></div>
<div class="field"><div class="field-label">Date:</div><div class="field-items"><span class="date-display-single">${when}</span></div></div>
<div class="field"><div class="field-label">Fields of work:</div><div class="field-items"><a href="/a">${fields[n % fields.length]}</a>, <a href="/b">${fields[(n + 3) % fields.length]}</a></div></div>
<div class="pane-content"><p>VIENNA, ${when} – It trained 20 <span class="lexicon-term">synthetic trainers<span class="lexicon-definition" hidden>Synthetic trainers are invented people.</span></span> from two towns.</p>
${paragraphs}</div>
<footer><a href="/privacy">Privacy policy</a></footer></body></html>`;
}

function listing(n: number): string {
  const entries = Array.from(
    { length: 10 },
    (_, i) =>
      `<div class="search-result-news"><div class="search-title"><a href="/synthetic/${200000 + n * 10 + i}">SYNTHETIC listed release ${n}.${i}</a></div><div class="publishing-date">Publishing date: ${1 + i} March 2020</div><div class="search-snippet">A synthetic teaser...</div></div>`,
  ).join('\n');
  return `<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>${MENU}<h1>Press releases</h1>${entries}<ul class="pager"><li class="pager-next"><a href="?page=${n + 1}">next ›</a></li></ul></body></html>`;
}

const dir = mkdtempSync(join(tmpdir(), 'osce-html-bench-'));
try {
  let bytes = 0;
  for (let n = 0; n < PAGE_COUNT; n++) {
    const file = join(dir, `${String(n).padStart(6, '0')}.html`);
    writeFileSync(file, n % 10 === 9 ? listing(n) : article(n));
    bytes += statSync(file).size;
  }
  const start = performance.now();
  const result = await ingestPages([dir], taxonomy);
  const seconds = (performance.now() - start) / 1000;
  const skipped = result.files.filter((file) => file.skipped).length;
  console.log(
    `${PAGE_COUNT} HTML pages (${(bytes / 1e6).toFixed(1)} MB) → ${result.releases.length} releases, ${skipped} skipped`,
  );
  console.log(
    `${seconds.toFixed(2)} s: ${(PAGE_COUNT / seconds).toFixed(0)} pages/s, ${(bytes / 1e6 / seconds).toFixed(1)} MB/s; RSS ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
