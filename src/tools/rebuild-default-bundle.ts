// Rebuilds data/bundle/ from the page dumps in data/pages/ and the taxonomy source
// (src/taxonomy/taxonomy-source.ts): `npm run data`. The output is byte-identical on every run
// for the same inputs, so a diff of data/bundle/ shows exactly what the inputs changed.
// Only real imported pages go in: this script never adds or edits a release by hand.
// `--out DIR` writes elsewhere (the test that checks data/bundle/ is current uses it).
import { readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { DEFAULT_BUNDLE_TITLE } from '../bundle/bundle-files.js';
import { formatProblem } from '../bundle/format-problem.js';
import type { Release } from '../bundle/types.js';
import { writeBundle } from '../bundle/write-bundle.js';
import { packageRoot } from '../cli/paths.js';
import { ingestPages } from '../ingest/ingest-pages.js';
import { buildTaxonomyEntries } from '../taxonomy/build-taxonomy.js';
import { Taxonomy } from '../taxonomy/taxonomy.js';

const PAGES_DIR = join('data', 'pages');
const BUNDLE_DIR = join('data', 'bundle');

/**
 * The manifest's builtAt: SOURCE_DATE_EPOCH (seconds) when set, as reproducible builds expect;
 * otherwise the newest release date in the data, so the same pages always give the same bytes.
 */
export function reproducibleBuiltAt(releases: readonly Release[], env: NodeJS.ProcessEnv = process.env): string {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch !== undefined && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000).toISOString();
  const newest = releases
    .map((release) => release.date.iso)
    .filter((iso): iso is string => iso !== null)
    .sort()
    .at(-1);
  if (newest === undefined) return new Date(0).toISOString();
  const [year, month = '01', day = '01'] = newest.split('-');
  return `${year}-${month}-${day}T00:00:00.000Z`;
}

async function main(argv: string[]): Promise<void> {
  const outIndex = argv.indexOf('--out');
  const outDir = outIndex === -1 ? BUNDLE_DIR : resolve(argv[outIndex + 1] ?? '');
  // Paths in provenance are relative to the package root, the same on every machine.
  process.chdir(packageRoot());
  const pageFiles = (await readdir(PAGES_DIR)).filter((name) => name.endsWith('.txt')).sort();
  const taxonomyEntries = buildTaxonomyEntries();
  const result = await ingestPages(
    pageFiles.map((name) => join(PAGES_DIR, name)),
    new Taxonomy(taxonomyEntries),
  );
  for (const file of result.files) {
    if (file.skipped !== undefined) process.stderr.write(`skipped ${file.file}: ${file.skipped}\n`);
    for (const warning of file.warnings) process.stderr.write(`warning: ${formatProblem(warning)}\n`);
  }
  const manifest = await writeBundle(outDir, {
    title: DEFAULT_BUNDLE_TITLE,
    taxonomy: taxonomyEntries,
    releases: result.releases,
    synthetic: false,
    builtAt: reproducibleBuiltAt(result.releases),
  });
  process.stdout.write(
    `${outDir}: ${manifest.counts.releases} releases from ${pageFiles.length} pages, ${manifest.counts.taxonomy} taxonomy entries, releases sha256 ${manifest.releasesDigest}\n`,
  );
  if (result.files.some((file) => file.skipped !== undefined)) process.exitCode = 1;
}

await main(process.argv.slice(2));
