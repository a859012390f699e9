import { findRelease, releaseMatcher, titleWords } from '../bundle/find-release.js';
import { scanBundle } from '../bundle/load-bundle.js';
import type { Problem, Release } from '../bundle/types.js';
import { reportProblems } from '../catalog/bundle-problems.js';
import { readsDirectly } from '../catalog/read-directly.js';
import { UserError } from '../cli/errors.js';
import { Taxonomy } from '../taxonomy/taxonomy.js';
import { sanitizeText } from '../text/sanitize.js';
import { sanitizeRelease } from '../text/sanitize-model.js';
import { warnOfProblems } from './warn-of-problems.js';

const MAX_CANDIDATES = 20;
// Title matches read back from the bundle through the index; more are answered by reading it all.
const MAX_INDEXED_MATCHES = 500;

/** The one release an id or title words name, read from the bundle files; a UserError for none or several. */
export async function findShownRelease(dir: string, text: string): Promise<{ release: Release; taxonomy: Taxonomy }> {
  const found = (await candidatesFromIndex(dir, text)) ?? (await candidatesFromScan(dir, text));
  warnOfProblems(reportProblems(found.problems, dir, found.releases));
  return { release: pickRelease(found.candidates.map(sanitizeRelease), text), taxonomy: found.taxonomy };
}

/** The releases that could be the answer, in load order, and what loading the bundle reported. */
interface Candidates {
  candidates: Release[];
  taxonomy: Taxonomy;
  problems: readonly Problem[];
  releases: number | undefined;
}

// Streamed: only releases that could be the answer are kept, so a large bundle stays cheap.
async function candidatesFromScan(dir: string, text: string): Promise<Candidates> {
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
  return {
    candidates,
    taxonomy: new Taxonomy(scan.taxonomy),
    problems: scan.problems,
    releases: scan.manifest.counts?.releases,
  };
}

// The same candidates through a current index: the release with the id, or those whose title
// has the words in the full-text title index, each read from the bundle by its place and checked
// as the scan checks it. Undefined (read the bundle instead) when the index is not current, when
// the title index finds nothing (its folding may differ from findRelease's on rare characters),
// finds more than MAX_INDEXED_MATCHES, or when several match in a bundle of several release
// files, whose load order (the order candidates are listed in) the index does not keep.
async function candidatesFromIndex(dir: string, text: string): Promise<Candidates | undefined> {
  if (await readsDirectly(dir)) return undefined;
  const bundle = await (await import('../catalog/indexed-bundle.js')).openIndexedBundle(dir);
  if (!bundle) return undefined;
  try {
    const found = (candidates: Release[]): Candidates => ({
      candidates,
      taxonomy: bundle.taxonomy,
      problems: bundle.problems,
      releases: bundle.releaseCount,
    });
    const byId = bundle.reader.storedRelease(text);
    if (byId) return found([byId]);
    const words = titleWords(text);
    if (words.length === 0) return found([]);
    const ords = bundle.reader.titleMatches(words, MAX_INDEXED_MATCHES + 1);
    if (ords.length === 0 || ords.length > MAX_INDEXED_MATCHES) return undefined;
    const mightMatch = releaseMatcher(text);
    const matches = bundle.reader
      .storedReleases(ords)
      .filter((stored) => mightMatch(stored.release))
      .sort((a, b) => a.segment - b.segment || a.offset - b.offset);
    const releases = matches.map((stored) => stored.release);
    // Line order is load order in a bundle of one file; only a list of candidates shows it.
    const listed = findRelease(releases.map(sanitizeRelease), text).status === 'ambiguous';
    if (listed && bundle.reader.appliedSegments.length > 1) return undefined;
    return found(releases);
  } finally {
    bundle.close();
  }
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
