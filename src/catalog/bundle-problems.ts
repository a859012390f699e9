import { join } from 'node:path';
import { RELEASES_FILE } from '../bundle/bundle-files.js';
import { loadBundleTaxonomy } from '../bundle/load-bundle.js';
import type { Problem } from '../bundle/types.js';
import { readBundleManifest } from '../index/bundle-source.js';
import type { AppliedSegment } from '../index/segment-state.js';

/** What the browser tells of a bundle's load problems: how many, and where the first one is. */
export interface BundleProblemReport {
  count: number;
  /** Where the first problem is, `FILE:LINE` (or the JSON path), the file named relative to the bundle. */
  firstPlace?: string;
}

/**
 * Reports a bundle's problems as `osce-tui stats` finds them, without reading the releases
 * again: the problems of the release files were counted when the index applied them
 * (`releaseFiles`, the catalog's applied segments); manifest.json and taxonomy.json are small
 * and checked now.
 */
export async function checkBundleProblems(
  bundleDir: string,
  releaseFiles: readonly Pick<AppliedSegment, 'name' | 'digest' | 'problems' | 'firstProblem'>[],
): Promise<BundleProblemReport> {
  const { problems } = await loadBundleTaxonomy(bundleDir);
  let count = problems.length;
  let first = problems[0];
  for (const file of releaseFiles) {
    count += file.problems;
    if (!first && file.firstProblem) first = JSON.parse(file.firstProblem) as Problem;
  }
  if (await digestDiffers(bundleDir, releaseFiles)) {
    count += 1;
    first ??= { file: RELEASES_FILE, message: 'content differs from manifest.json (releasesDigest)' };
  }
  const report: BundleProblemReport = { count };
  if (first) report.firstPlace = placeOf({ ...first, file: relativeToBundle(first.file, bundleDir) });
  return report;
}

/** The notice line's text for a report, or undefined when the bundle loaded cleanly. Pure. */
export function problemNoticeText(report: BundleProblemReport): string | undefined {
  if (report.count === 0) return undefined;
  const problems = `${report.count} problem${report.count === 1 ? '' : 's'}`;
  const first = report.firstPlace ? ` (first at ${report.firstPlace})` : '';
  return `bundle has ${problems}${first}; the valid data was loaded — osce-tui stats lists them`;
}

// The check `osce-tui stats` makes of a version 1 bundle (releases.jsonl alone), from the digest
// the index took while reading the file.
async function digestDiffers(bundleDir: string, releaseFiles: readonly Pick<AppliedSegment, 'name' | 'digest'>[]): Promise<boolean> {
  const [base, ...segments] = releaseFiles;
  if (!base || base.name !== RELEASES_FILE || segments.length > 0) return false;
  const manifest = await readBundleManifest(bundleDir).catch(() => undefined);
  return manifest?.releasesDigest !== undefined && manifest.releasesDigest !== '' && manifest.releasesDigest !== base.digest;
}

function placeOf(problem: Problem): string {
  if (problem.line !== undefined) return `${problem.file}:${problem.line}`;
  return problem.path ? `${problem.file} ${problem.path}` : problem.file;
}

// Release files are named bundle-relative already; manifest and taxonomy problems carry a path.
function relativeToBundle(file: string, bundleDir: string): string {
  for (const prefix of [join(bundleDir, '/'), `${bundleDir}/`]) if (file.startsWith(prefix)) return file.slice(prefix.length);
  return file;
}
