import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { UserError } from '../model/errors.js';
import { buildTaxonomyEntries } from '../taxonomy/build-taxonomy.js';
import { NotABundleError } from './bundle-errors.js';
import { MANIFEST_FILE, RELEASES_FILE, TAXONOMY_FILE } from './bundle-files.js';
import { rememberedSha256, rememberedTaxonomy } from './bundle-memo.js';
import { formatProblem } from './format-problem.js';
import { readReleaseLines } from './read-releases.js';
import { releasesDigestOf } from './release-files-digest.js';
import { listReleaseSegments, type ReleaseSegment } from './release-segments.js';
import {
  BUNDLE_FORMAT_VERSION,
  type Bundle,
  type BundleManifest,
  type Problem,
  type Release,
  type ReleaseFileRecord,
  type TaxonomyEntry,
} from './types.js';
import { defaultManifest, validateManifest } from './validate-manifest.js';
import { validateTaxonomyFile } from './validate-taxonomy-file.js';

/** Options for loadBundle. */
export interface LoadBundleOptions {
  /** Accept a bundle with no valid release (the importer repairs or fills such a folder). */
  allowEmpty?: boolean;
}

/**
 * Loads and validates a bundle folder. Every problem comes back located (file, line or JSON path,
 * what was expected) and every valid part still loads:
 * - manifest.json missing or malformed: reported, defaults used. Written by a newer format
 *   version: UserError, since its data may mean something this program cannot tell.
 * - taxonomy.json missing or with no valid entry: reported, and the built-in taxonomy is used so
 *   releases keep their links. Bad entries are reported and left out (validateTaxonomyFile).
 * - releases.jsonl: bad lines reported and skipped; unknown taxonomy ids reported and moved to
 *   `unmapped`; duplicate ids reported (the first wins). A digest differing from the manifest's
 *   (an interrupted import, a hand edit) is reported.
 * The returned manifest describes what was loaded: counts and releasesDigest are those of the
 * files as read. Throws UserError when the folder is missing or holds no usable data.
 */
export async function loadBundle(dir: string, options: LoadBundleOptions = {}): Promise<Bundle> {
  const releases: Release[] = [];
  const scan = await scanBundle(dir, (release) => releases.push(release), options);
  return { ...scan, releases };
}

/** A bundle as scanBundle reports it: everything but the releases, which went to the callback. */
export type BundleScan = Omit<Bundle, 'releases'>;

/**
 * loadBundle without holding the releases: each valid release goes to `onRelease` as it is read,
 * so memory stays flat however large the bundle (counting, finding one release). Same
 * validation, problems and errors as loadBundle.
 */
export async function scanBundle(
  dir: string,
  onRelease: (release: Release) => void,
  options: LoadBundleOptions = {},
): Promise<BundleScan> {
  const problems: Problem[] = [];
  const manifestFile = join(dir, MANIFEST_FILE);
  const taxonomyFile = join(dir, TAXONOMY_FILE);
  const { present, segments } = await requireBundleFiles(dir);

  const manifest = present.manifest
    ? await readManifestFile(manifestFile, basename(dir), problems)
    : missing(manifestFile, 'the bundle manifest', problems, defaultManifest(basename(dir)));
  const taxonomy = await loadTaxonomy(taxonomyFile, present.taxonomy, problems);
  const known = new Set(taxonomy.map((entry) => entry.id));

  let count = 0;
  const emit = (release: Release): void => {
    count += 1;
    onRelease(release);
  };
  const { files, problems: releaseProblems } = await readReleaseFiles(segments, (id) => known.has(id), emit);
  for (const problem of releaseProblems) problems.push(problem);
  if (!present.releases) missing(join(dir, RELEASES_FILE), 'one release per line', problems, undefined);
  const releasesDigest = releasesDigestOf(files);
  const differs = present.manifest && present.releases ? releasesDigestProblem(dir, manifest, files) : undefined;
  if (differs) problems.push(differs);

  if (count === 0 && !options.allowEmpty) {
    const reason =
      problems.length > 0 ? `; first problem: ${formatProblem(problems[0]!)}` : `; ${RELEASES_FILE} is empty`;
    throw new UserError(`no usable data in bundle ${dir}: no valid release${reason}`);
  }
  return {
    dir,
    manifest: { ...manifest, counts: { releases: count, taxonomy: taxonomy.length }, releasesDigest, files },
    taxonomy,
    problems,
  };
}

/**
 * Reads the files of releases in load order and hands each winning release to `emit`: later files
 * win for the same id (silently), and within one file the first occurrence wins (reported). The
 * later files (appended segments, small) are read first and held; the first file then streams,
 * each release replaced in place by a later version when there is one; releases new in the later
 * files follow. Problems come back in load order, and each file's size and sha256 as read.
 */
async function readReleaseFiles(
  segments: readonly ReleaseSegment[],
  isKnownId: (id: string) => boolean,
  emit: (release: Release) => void,
): Promise<{ files: ReleaseFileRecord[]; problems: Problem[] }> {
  const problemsByFile = segments.map((): Problem[] => []);
  const files: ReleaseFileRecord[] = [];
  const readOne = async function* (index: number): AsyncGenerator<Release> {
    const segment = segments[index]!;
    const known = rememberedSha256(segment.path);
    // Hashed only when the memo does not know this file as it is (node:crypto loads on first use).
    const digest = known.value === undefined ? createHash('sha256') : undefined;
    let bytes = 0;
    const onChunk = (chunk: Buffer): void => {
      digest?.update(chunk);
      bytes += chunk.length;
    };
    for await (const item of readReleaseLines(segment.path, { isKnownId, onChunk })) {
      if ('problem' in item) problemsByFile[index]!.push(item.problem);
      else yield item.release;
    }
    const sha256 = known.value ?? digest!.digest('hex');
    if (digest) known.remember(sha256);
    files[index] = { name: segment.name, bytes, sha256 };
  };
  if (segments.length === 0) return { files, problems: [] };
  const later = new Map<string, Release>();
  for (let index = 1; index < segments.length; index += 1) {
    for await (const release of readOne(index)) later.set(release.id, release);
  }
  for await (const release of readOne(0)) {
    const replacement = later.get(release.id);
    if (replacement) later.delete(release.id);
    emit(replacement ?? release);
  }
  for (const release of later.values()) emit(release);
  // One push per problem: a damaged file may have more than a spread call takes arguments.
  const problems: Problem[] = [];
  for (const list of problemsByFile) for (const problem of list) problems.push(problem);
  return { files, problems };
}

/**
 * The problem to report when the release files as read (`files`, in load order) do not have the
 * digest the manifest records; undefined when they do or it records none. Pure.
 */
export function releasesDigestProblem(
  dir: string,
  manifest: Pick<BundleManifest, 'releasesDigest' | 'files'>,
  files: readonly ReleaseFileRecord[],
): Problem | undefined {
  if (!manifest.releasesDigest || manifest.releasesDigest === releasesDigestOf(files)) return undefined;
  return {
    file: join(dir, firstDifferingFile(files, manifest.files)),
    message: `content differs from ${MANIFEST_FILE} (releasesDigest); an import was interrupted (the next import repairs it) or a file was edited by hand (osce-tui compact repairs it)`,
  };
}

/** The file to name when the digest differs: the first one the manifest records otherwise (or lacks). */
function firstDifferingFile(
  files: readonly ReleaseFileRecord[],
  recorded: readonly ReleaseFileRecord[] | undefined,
): string {
  if (!recorded) return RELEASES_FILE;
  const differing = files.find(
    (file) => !recorded.some((other) => other.name === file.name && other.sha256 === file.sha256),
  );
  return (
    differing?.name ?? recorded.find((other) => !files.some((file) => file.name === other.name))?.name ?? RELEASES_FILE
  );
}

/**
 * Loads the taxonomy of a bundle without reading its releases (for commands that need only the
 * tree): manifest.json is checked for a newer format, taxonomy.json validated, with the same
 * fallback to the built-in taxonomy and the same problems as loadBundle.
 */
export async function loadBundleTaxonomy(dir: string): Promise<{ entries: TaxonomyEntry[]; problems: Problem[] }> {
  await requireBundleFiles(dir);
  const { entries, problems } = await loadSmallBundleFiles(dir);
  return { entries, problems };
}

/** What loadSmallBundleFiles read: the manifest and taxonomy as loadBundle uses them, and their problems. */
export interface SmallBundleFiles {
  manifest: BundleManifest;
  entries: TaxonomyEntry[];
  problems: Problem[];
}

/**
 * Reads manifest.json and taxonomy.json once, with loadBundle's fallbacks (defaults, title = the
 * folder's name; the built-in taxonomy) and problems, so one read serves both the catalog and
 * its notice. Throws UserError only for a manifest from a newer format.
 */
export async function loadSmallBundleFiles(dir: string): Promise<SmallBundleFiles> {
  const problems: Problem[] = [];
  const manifestFile = join(dir, MANIFEST_FILE);
  const manifest = (await isFile(manifestFile))
    ? await readManifestFile(manifestFile, basename(dir), problems)
    : missing(manifestFile, 'the bundle manifest', problems, defaultManifest(basename(dir)));
  const taxonomyFile = join(dir, TAXONOMY_FILE);
  const entries = await loadTaxonomy(taxonomyFile, await isFile(taxonomyFile), problems);
  return { manifest, entries, problems };
}

/**
 * Checks that `dir` is a bundle folder with at least one of its files: throws UserError when it is
 * missing, not a folder, or (NotABundleError) holds none of manifest.json, taxonomy.json and a release file (any
 * one of them is enough: what is missing is a problem, reported by whoever loads the bundle).
 */
export async function requireBundleFiles(
  dir: string,
): Promise<{ present: { manifest: boolean; taxonomy: boolean; releases: boolean }; segments: ReleaseSegment[] }> {
  await requireFolder(dir);
  const segments = await listReleaseSegments(dir);
  const present = {
    manifest: await isFile(join(dir, MANIFEST_FILE)),
    taxonomy: await isFile(join(dir, TAXONOMY_FILE)),
    releases: segments.length > 0,
  };
  if (!present.manifest && !present.taxonomy && !present.releases) {
    throw new NotABundleError(dir);
  }
  return { present, segments };
}

/**
 * Reads and checks manifest.json only (a few hundred bytes): for deciding whether a derived index
 * is still current. Throws UserError when it is missing, not JSON, or from a newer format.
 */
export async function readManifest(dir: string): Promise<BundleManifest> {
  const file = join(dir, MANIFEST_FILE);
  if (!(await isFile(file))) throw new UserError(`${file}: missing; expected the bundle manifest`);
  const problems: Problem[] = [];
  const manifest = await readManifestFile(file, basename(dir), problems);
  const unreadable = problems.find((problem) => problem.path === undefined);
  if (unreadable) throw new UserError(formatProblem(unreadable));
  return manifest;
}

async function readManifestFile(file: string, fallbackTitle: string, problems: Problem[]): Promise<BundleManifest> {
  const parsed = await readJson(file, 'the bundle manifest', problems);
  if (parsed === undefined) return defaultManifest(fallbackTitle);
  const result = validateManifest(parsed, file, fallbackTitle);
  if (result.newerVersion !== undefined) {
    throw new UserError(
      `${file}: bundle format version ${result.newerVersion} is newer than this osce-tui reads (version ${BUNDLE_FORMAT_VERSION}); upgrade osce-tui or rebuild the bundle`,
    );
  }
  for (const problem of result.problems) problems.push(problem);
  return result.manifest;
}

async function loadTaxonomy(file: string, present: boolean, problems: Problem[]): Promise<TaxonomyEntry[]> {
  const builtIn = (why: string): TaxonomyEntry[] => {
    problems.push({ file, message: `${why}; using the built-in taxonomy instead` });
    return buildTaxonomyEntries();
  };
  if (!present) return builtIn('missing; expected the taxonomy tree');
  const known = rememberedTaxonomy(file);
  if (known.value) {
    for (const problem of known.value.problems) problems.push(problem);
    return known.value.entries;
  }
  const parsed = await readJson(file, 'the taxonomy tree', problems);
  if (parsed === undefined) return builtIn('unreadable');
  const result = validateTaxonomyFile(parsed, file);
  // One push per problem: a damaged file may have more than a spread call takes arguments.
  for (const problem of result.problems) problems.push(problem);
  if (result.newerVersion !== undefined)
    return builtIn(`taxonomy format version ${result.newerVersion} is newer than this osce-tui reads`);
  if (result.entries.length === 0) return builtIn('no valid entry');
  known.remember({ entries: result.entries, problems: result.problems });
  return result.entries;
}

async function readJson(file: string, what: string, problems: Problem[]): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    problems.push({ file, message: `cannot read ${what}: ${(error as Error).message}` });
    return undefined;
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    problems.push({
      file,
      message: `not valid JSON (${(error as Error).message}); expected ${what} as one JSON object`,
    });
    return undefined;
  }
}

function missing<T>(file: string, expected: string, problems: Problem[], fallback: T): T {
  problems.push({ file, message: `missing; expected ${expected}` });
  return fallback;
}

async function requireFolder(dir: string): Promise<void> {
  try {
    if ((await stat(dir)).isDirectory()) return;
  } catch {
    throw new UserError(`bundle folder not found: ${dir} (give --bundle DIR or set OSCE_TUI_BUNDLE)`);
  }
  throw new UserError(`${dir} is not a folder; expected a bundle folder`);
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}
