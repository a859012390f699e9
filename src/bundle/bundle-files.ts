/** The files of a bundle folder (format v1; v2 adds the folder `releases/` of segments). */
export const MANIFEST_FILE = 'manifest.json';
export const TAXONOMY_FILE = 'taxonomy.json';
export const RELEASES_FILE = 'releases.jsonl';

/** taxonomy.json's format tag and the version this program writes. */
export const TAXONOMY_FORMAT = 'osce-tui-taxonomy';
export const TAXONOMY_FORMAT_VERSION = 1;
/** manifest.json's format tag. */
export const BUNDLE_FORMAT = 'osce-tui-bundle';
/**
 * The version written for a bundle whose releases are all in releases.jsonl (a full write, a
 * compaction): that is a version 1 bundle, which every osce-tui reads. Appending a segment makes
 * it version 2 (BUNDLE_FORMAT_VERSION).
 */
export const SINGLE_FILE_FORMAT_VERSION = 1;

/**
 * Temp files are `.NAME.PID.RANDOM.tmp` in the folder of their target (same file system, so
 * rename is atomic). The loader reads only the names above and numbered segments, so a stray
 * temp file is never read.
 */
export function tempFileName(target: string, pid: number, random: string): string {
  return `.${target}.${pid}.${random}.tmp`;
}

/** The writer's pid when `name` is one of our temp files, else undefined. */
export function tempFileOwner(name: string): number | undefined {
  const match =
    /^\.(?:manifest\.json|taxonomy\.json|releases\.jsonl|sync\.json|\d{6,}\.jsonl)\.(\d+)\.[0-9a-f]+\.tmp$/.exec(name);
  return match ? Number(match[1]) : undefined;
}

/** Title of a bundle made from imported osce.org pages (the default bundle, a new import). */
export const DEFAULT_BUNDLE_TITLE = 'OSCE news and press releases';

/**
 * The longest line of releases that is read (16 MiB). A longer one is reported and skipped
 * without being held in memory, so one hostile line cannot stall or exhaust a reader.
 */
export const MAX_RELEASE_LINE_BYTES = 16 * 1024 * 1024;
