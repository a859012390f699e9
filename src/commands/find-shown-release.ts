import { findRelease, releaseMatcher } from '../bundle/find-release.js';
import { scanBundle } from '../bundle/load-bundle.js';
import type { Release } from '../bundle/types.js';
import { reportProblems } from '../catalog/bundle-problems.js';
import { UserError } from '../cli/errors.js';
import { Taxonomy } from '../taxonomy/taxonomy.js';
import { sanitizeText } from '../text/sanitize.js';
import { sanitizeRelease } from '../text/sanitize-model.js';
import { warnOfProblems } from './warn-of-problems.js';

const MAX_CANDIDATES = 20;

/** The one release an id or title words name, read from the bundle files; a UserError for none or several. */
export async function findShownRelease(dir: string, text: string): Promise<{ release: Release; taxonomy: Taxonomy }> {
  // Streamed: only releases that could be the answer are kept, so a large bundle stays cheap.
  const candidates: Release[] = [];
  const mightMatch = releaseMatcher(text);
  // A bundle with no valid release is searched like any other (nothing matches), after the notice.
  const scan = await scanBundle(
    dir,
    (release) => {
      if (mightMatch(release)) candidates.push(release);
    },
    { allowEmpty: true },
  );
  warnOfProblems(reportProblems(scan.problems, dir, scan.manifest.counts?.releases));
  return { release: pickRelease(candidates.map(sanitizeRelease), text), taxonomy: new Taxonomy(scan.taxonomy) };
}

function pickRelease(releases: readonly Release[], query: string): Release {
  const found = findRelease(releases, query);
  const shown = JSON.stringify(sanitizeText(query));
  if (found.status === 'found') return found.release;
  if (found.status === 'none') throw new UserError(`no release has the id or every title word of ${shown}`);
  const lines = found.candidates
    .slice(0, MAX_CANDIDATES)
    .map((release) => `  ${release.id}  ${release.date.iso ?? '----'}  ${release.title}`);
  if (found.candidates.length > MAX_CANDIDATES) lines.push(`  … and ${found.candidates.length - MAX_CANDIDATES} more`);
  process.stderr.write(`${lines.join('\n')}\n`);
  throw new UserError(
    `${found.candidates.length} releases match ${shown}; give more title words or one of the ids above`,
  );
}
