import { readFileSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { writeFileAtomic } from '../bundle/atomic-file.js';
import { MANIFEST_FILE, RELEASES_FILE, TAXONOMY_FILE } from '../bundle/bundle-files.js';
import { scanBundle } from '../bundle/load-bundle.js';
import type { Problem } from '../bundle/types.js';
import { indexFileFor, resolveCacheDir } from '../index/cache-location.js';

/** What the browser tells of a bundle's load problems: how many, and where the first one is. */
export interface BundleProblemReport {
  count: number;
  /** Where the first problem is, `FILE:LINE` (or the JSON path), the file named relative to the bundle. */
  firstPlace?: string;
}

/** Options for checkBundleProblems. */
export interface CheckBundleProblemsOptions {
  /** Where the report is kept between starts (default: resolveCacheDir()). */
  cacheDir?: string;
}

/**
 * Validates a bundle the way `osce-tui stats` does and reports its problems. The catalog opens
 * from its index without reading releases.jsonl, so this runs apart from it (after the first
 * frame); the report is kept beside the index and reused until one of the bundle's files changes,
 * so a normal start does not read the whole bundle again.
 */
export async function checkBundleProblems(bundleDir: string, options: CheckBundleProblemsOptions = {}): Promise<BundleProblemReport> {
  const reportFile = `${indexFileFor(bundleDir, options.cacheDir ?? resolveCacheDir())}.problems.json`;
  const key = bundleFilesKey(bundleDir);
  const kept = readKeptReport(reportFile, key);
  if (kept) return kept;
  const scan = await scanBundle(bundleDir, () => undefined);
  const first = scan.problems[0];
  const report: BundleProblemReport = { count: scan.problems.length };
  if (first) report.firstPlace = placeOf({ ...first, file: relativeToBundle(first.file, bundleDir) });
  await keepReport(reportFile, key, report);
  return report;
}

/** The notice line's text for a report, or undefined when the bundle loaded cleanly. Pure. */
export function problemNoticeText(report: BundleProblemReport): string | undefined {
  if (report.count === 0) return undefined;
  const problems = `${report.count} problem${report.count === 1 ? '' : 's'}`;
  const first = report.firstPlace ? ` (first at ${report.firstPlace})` : '';
  return `bundle has ${problems}${first}; the valid data was loaded — osce-tui stats lists them`;
}

// Size and modification time of each file, as the index's staleness check uses them.
function bundleFilesKey(bundleDir: string): string {
  return [MANIFEST_FILE, TAXONOMY_FILE, RELEASES_FILE]
    .map((name) => {
      try {
        const stats = statSync(join(bundleDir, name));
        return `${name}:${stats.size}:${Math.floor(stats.mtimeMs)}`;
      } catch {
        return `${name}:none`;
      }
    })
    .join('|');
}

function placeOf(problem: Problem): string {
  if (problem.line !== undefined) return `${problem.file}:${problem.line}`;
  return problem.path ? `${problem.file} ${problem.path}` : problem.file;
}

function relativeToBundle(file: string, bundleDir: string): string {
  return file.startsWith(join(bundleDir, '/')) || file.startsWith(`${bundleDir}/`) ? basename(file) : file;
}

function readKeptReport(file: string, key: string): BundleProblemReport | undefined {
  try {
    const kept = JSON.parse(readFileSync(file, 'utf8')) as { key?: unknown; count?: unknown; firstPlace?: unknown };
    if (kept.key !== key || typeof kept.count !== 'number') return undefined;
    return typeof kept.firstPlace === 'string' ? { count: kept.count, firstPlace: kept.firstPlace } : { count: kept.count };
  } catch {
    return undefined;
  }
}

// The cache is only a shortcut: a folder that cannot be written just means scanning next time.
async function keepReport(file: string, key: string, report: BundleProblemReport): Promise<void> {
  await writeFileAtomic(dirname(file), basename(file), [JSON.stringify({ key, ...report })]).catch(() => undefined);
}
