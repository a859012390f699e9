import type { Command } from 'commander';
import { wrapText } from '../article/wrap-text.js';
import { type BundleStats, bundleStatsOf, createStatsCounter } from '../bundle/bundle-stats.js';
import { scanBundle } from '../bundle/load-bundle.js';
import { problemSummary } from '../bundle/report-problems.js';
import type { Problem } from '../bundle/types.js';
import { readsDirectly } from '../catalog/read-directly.js';
import { outputWidth, writeJson, writeOut } from '../cli/output.js';
import { oneLine } from '../text/labels.js';
import { commandBundleDir } from './bundle-option.js';

/** `osce-tui stats`: the counts of the bundle. */
export async function printStats(options: { json?: boolean }, command: Command): Promise<void> {
  const dir = commandBundleDir(command);
  // The counts and problems the index stored when it read the release files; the files are read
  // only when the index is not current (a full build would take longer than counting).
  const { stats, problems } = (await indexedStats(dir)) ?? (await scannedStats(dir));
  // The one command that lists every problem: the others' notice points here.
  for (const line of problemSummary(problems, dir, Number.POSITIVE_INFINITY)) process.stderr.write(`${line}\n`);
  if (options.json) writeJson(stats);
  else writeOut(statsText(stats, outputWidth()).join('\n'));
}

async function indexedStats(dir: string): Promise<{ stats: BundleStats; problems: readonly Problem[] } | undefined> {
  if (await readsDirectly(dir)) return undefined;
  const bundle = await (await import('../catalog/indexed-bundle.js')).openIndexedBundle(dir);
  if (!bundle) return undefined;
  try {
    const { manifest, taxonomy, problems } = bundle;
    return {
      stats: bundleStatsOf(bundle.releaseCounts(), { manifest, taxonomy: taxonomy.entries, problems }),
      problems,
    };
  } finally {
    bundle.close();
  }
}

async function scannedStats(dir: string): Promise<{ stats: BundleStats; problems: readonly Problem[] }> {
  const counter = createStatsCounter();
  // Zero counts for a bundle with no valid release: the problems say why.
  const scan = await scanBundle(dir, (release) => counter.add(release), { allowEmpty: true });
  return { stats: counter.result(scan), problems: scan.problems };
}

/** The counts as aligned text lines; the heading wraps to `width`. Pure. */
export function statsText(stats: BundleStats, width = Number.POSITIVE_INFINITY): string[] {
  const table = (rows: [string, number][]): string[] => {
    const width = Math.max(0, ...rows.map(([label]) => label.length));
    return rows.map(([label, count]) => `  ${label.padEnd(width)}  ${String(count).padStart(6)}`);
  };
  const built = stats.builtAt ? `, built ${stats.builtAt}` : '';
  return [
    ...wrapText(`${oneLine(stats.title)}${stats.synthetic ? ' (synthetic)' : ''}${built}`, width),
    `Releases: ${stats.releases.total} (${stats.releases.summaries} summaries)`,
    'By content type:',
    ...table(stats.releases.byType.map(({ type, count }) => [type, count])),
    'By year:',
    ...table(stats.releases.byYear.map(({ year, count }) => [year === null ? 'unknown' : String(year), count])),
    `Taxonomy entries: ${stats.taxonomy.total}`,
    'By kind:',
    ...table(stats.taxonomy.byKind.map(({ kind, count }) => [kind, count])),
  ];
}
