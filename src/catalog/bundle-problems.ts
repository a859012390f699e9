import { join } from 'node:path';
import { RELEASES_FILE } from '../bundle/bundle-files.js';
import type { Problem } from '../bundle/types.js';
import type { AppliedSegment } from '../index/segment-state.js';

/** What the browser tells of a bundle's load problems: how many, and where the first one is. */
export interface BundleProblemReport {
  count: number;
  /** Where the first problem is, `FILE:LINE` (or the JSON path), the file named relative to the bundle. */
  firstPlace?: string;
  /** Set when not one valid release was loaded: the commands and the browser then say so. */
  noRelease?: true;
}

/** What checkBundleProblems needs of an opened catalog: what it read and applied at opening. */
export interface OpenedBundleState {
  /** The release files as the index applied them, with the problems counted then. */
  appliedSegments: readonly Pick<AppliedSegment, 'name' | 'digest' | 'problems' | 'firstProblem'>[];
  /** The problems of manifest.json and taxonomy.json, found as they were read. */
  smallFileProblems: readonly Problem[];
  /** manifest.json's releasesDigest. */
  releasesDigest: string | undefined;
}

/**
 * Reports a bundle's problems as `osce-tui stats` finds them, without reading any file again:
 * the catalog counted them when it read manifest.json and taxonomy.json and when the index
 * applied the release files. Pure.
 */
export function checkBundleProblems(
  bundleDir: string,
  opened: OpenedBundleState,
  releases?: number,
): BundleProblemReport {
  const releaseFiles = opened.appliedSegments;
  let count = opened.smallFileProblems.length;
  let first = opened.smallFileProblems[0];
  for (const file of releaseFiles) {
    count += file.problems;
    if (!first && file.firstProblem) first = JSON.parse(file.firstProblem) as Problem;
  }
  if (releaseFiles.length === 0) {
    count += 1;
    first ??= { file: RELEASES_FILE, message: 'missing; expected one release per line' };
  }
  if (digestDiffers(opened)) {
    count += 1;
    first ??= { file: RELEASES_FILE, message: 'content differs from manifest.json (releasesDigest)' };
  }
  return reportOf(count, first, bundleDir, releases);
}

/**
 * The notice the print commands and the browser give for an opened catalog: undefined when the
 * bundle loaded cleanly and has releases.
 */
export async function bundleNoticeText(
  bundleDir: string,
  catalog: OpenedBundleState & { totalReleases: number },
): Promise<string | undefined> {
  return problemNoticeText(checkBundleProblems(bundleDir, catalog, catalog.totalReleases));
}

/**
 * The report of problems a command found by loading the bundle itself (`show` streams the
 * releases, `taxonomy` reads only the small files): the same notice as the other commands. Pure.
 */
export function reportProblems(
  problems: readonly Problem[],
  bundleDir: string,
  releases?: number,
): BundleProblemReport {
  return reportOf(problems.length, problems[0], bundleDir, releases);
}

/** The notice line's text for a report, or undefined when the bundle loaded cleanly. Pure. */
export function problemNoticeText(report: BundleProblemReport): string | undefined {
  const problems = `${report.count} problem${report.count === 1 ? '' : 's'}`;
  const first = report.firstPlace ? `, first at ${report.firstPlace}` : '';
  if (report.noRelease) {
    if (report.count === 0) return 'bundle has no valid release: its release files hold none';
    return `bundle has no valid release (${problems}${first}) — osce-tui stats lists them`;
  }
  if (report.count === 0) return undefined;
  const where = report.firstPlace ? ` (first at ${report.firstPlace})` : '';
  return `bundle has ${problems}${where}; the valid data was loaded — osce-tui stats lists them`;
}

function reportOf(
  count: number,
  first: Problem | undefined,
  bundleDir: string,
  releases: number | undefined,
): BundleProblemReport {
  const report: BundleProblemReport = { count };
  if (first) report.firstPlace = placeOf({ ...first, file: relativeToBundle(first.file, bundleDir) });
  if (releases === 0) report.noRelease = true;
  return report;
}

// The check `osce-tui stats` makes of a version 1 bundle (releases.jsonl alone), from the digest
// the index took while reading the file.
function digestDiffers({ appliedSegments, releasesDigest }: OpenedBundleState): boolean {
  const [base, ...segments] = appliedSegments;
  if (!base || base.name !== RELEASES_FILE || segments.length > 0) return false;
  return releasesDigest !== undefined && releasesDigest !== '' && releasesDigest !== base.digest;
}

function placeOf(problem: Problem): string {
  if (problem.line !== undefined) return `${problem.file}:${problem.line}`;
  return problem.path ? `${problem.file} ${problem.path}` : problem.file;
}

// Release files are named bundle-relative already; manifest and taxonomy problems carry a path.
function relativeToBundle(file: string, bundleDir: string): string {
  for (const prefix of [join(bundleDir, '/'), `${bundleDir}/`])
    if (file.startsWith(prefix)) return file.slice(prefix.length);
  return file;
}
