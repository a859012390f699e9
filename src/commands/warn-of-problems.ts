import { type BundleProblemReport, problemNoticeText } from '../catalog/bundle-problems.js';

// Its own module: `taxonomy` and `show` need only this, not the catalog that command-context opens.

/** Writes one warning line to stderr, as every print command words it. */
export function writeWarning(message: string): void {
  process.stderr.write(`osce-tui: warning: ${message}\n`);
}

/** Writes the one-line notice of a bundle's problems to stderr (nothing for a clean bundle). */
export function warnOfProblems(report: BundleProblemReport): void {
  const text = problemNoticeText(report);
  if (text) writeWarning(text);
}
