import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { textHash } from '../system/text-hash.js';
import { tidyCacheFolder, writeCacheFile } from '../system/write-cache-file.js';
import type { Problem, TaxonomyEntry } from './types.js';

// What a print command derives from a bundle's files at every start, kept in the cache folder
// for the next one: the validated taxonomy (entries, problems and the digest the index compares)
// and each release file's sha256. Validating taxonomy.json and hashing the release files (which
// loads node:crypto) was a good part of a print command's start, for files that rarely change.
//
// A remembered result is used only while its file has the same fingerprint (device, inode, size,
// mtime and ctime to the nanosecond: a rewrite changes ctime, which no user tool sets back) and
// the same program made it. A result is remembered only when the file did not change while it was
// read and was last changed over MIN_AGE_MS ago: a file changed twice within the file system's
// clock tick can keep its times, but never after the clock has moved on. Anything wrong with the
// memo (missing, damaged, unwritable folder) means deriving the result as usual.
// Off until keepBundleMemo turns it on (the print program does); then one file per bundle folder.
const MIN_AGE_MS = 2000;

interface MemoFile {
  program: string;
  /** `file`: the path as the command named it, which its problems name too. */
  taxonomy?: { file: string; fingerprint: string; entries: TaxonomyEntry[]; problems: Problem[]; digest: string };
  /** sha256 of release files by path. */
  sha256?: Record<string, { fingerprint: string; sha256: string }>;
}

let settings: { cacheDir: string; program: string; minAgeMs: number } | undefined;
const memos = new Map<string, MemoFile>();
// Memo files this process has written once (see remember).
const tidied = new Set<string>();
// The digest of entries that came from the memo: the index compares it at every start.
const digests = new WeakMap<readonly TaxonomyEntry[], string>();

/**
 * Turns the memo on for this process: memo files go to `cacheDir`, and only those written by
 * `program` (what identifies the running build, such as its file's fingerprint) are used.
 * `minAgeMs`: how long ago a file must have last changed for a result of it to be remembered.
 */
export function keepBundleMemo(cacheDir: string, program: string, minAgeMs = MIN_AGE_MS): void {
  settings = { cacheDir, program, minAgeMs };
  memos.clear();
  tidied.clear();
}

/** Turns the memo off again (derive everything, remember nothing). */
export function stopBundleMemo(): void {
  settings = undefined;
  memos.clear();
  tidied.clear();
}

/** The fingerprint of the file at `path` now, as the memo compares it; undefined when it cannot be read. */
export function fileFingerprint(path: string): string | undefined {
  return fileNow(path)?.fingerprint;
}

// The fingerprint and when the file last changed (ms), from one stat.
function fileNow(path: string): { fingerprint: string; changedMs: number } | undefined {
  try {
    const stat = statSync(path, { bigint: true });
    return {
      fingerprint: `${stat.dev}:${stat.ino}:${stat.size}:${stat.mtimeNs}:${stat.ctimeNs}`,
      changedMs: Math.max(Number(stat.mtimeMs), Number(stat.ctimeMs)),
    };
  } catch {
    return undefined;
  }
}

/** The digest of a taxonomy's entries that the index keeps (its own when they came from the memo). */
export function taxonomyDigest(entries: readonly TaxonomyEntry[]): string {
  return digests.get(entries) ?? textHash(JSON.stringify(entries));
}

/** A result for one file: what the memo holds for it as it is now, and how to remember a new one. */
export interface Remembered<T> {
  value: T | undefined;
  remember(value: T): void;
}

/**
 * The validated taxonomy of `file` when the memo holds it for the file as it is now. Ask before
 * reading the file: `remember` keeps what was read only if the file has not changed since.
 */
export function rememberedTaxonomy(file: string): Remembered<{ entries: TaxonomyEntry[]; problems: Problem[] }> {
  return remembered(
    file,
    (memo, fingerprint) => {
      const kept = memo.taxonomy;
      if (
        kept?.fingerprint !== fingerprint ||
        kept.file !== file ||
        !Array.isArray(kept.entries) ||
        !Array.isArray(kept.problems)
      )
        return undefined;
      if (typeof kept.digest === 'string') digests.set(kept.entries, kept.digest);
      return { entries: kept.entries, problems: kept.problems };
    },
    (memo, fingerprint, value) => {
      const digest = taxonomyDigest(value.entries);
      digests.set(value.entries, digest);
      memo.taxonomy = { file, fingerprint, ...value, digest };
    },
  );
}

/** The sha256 (hex) of the release file `file` when the memo holds it for the file as it is now. */
export function rememberedSha256(file: string): Remembered<string> {
  return remembered(
    file,
    (memo, fingerprint) => {
      const kept = memo.sha256?.[resolve(file)];
      return kept?.fingerprint === fingerprint && typeof kept.sha256 === 'string' ? kept.sha256 : undefined;
    },
    (memo, fingerprint, sha256) => {
      memo.sha256 = { ...memo.sha256, [resolve(file)]: { fingerprint, sha256 } };
    },
  );
}

function remembered<T>(
  file: string,
  read: (memo: MemoFile, fingerprint: string) => T | undefined,
  write: (memo: MemoFile, fingerprint: string, value: T) => void,
): Remembered<T> {
  const fingerprint = settings && fileFingerprint(file);
  if (!settings || fingerprint === undefined) return { value: undefined, remember: () => undefined };
  const { cacheDir, program, minAgeMs } = settings;
  const memoFile = join(cacheDir, 'bundle-memo', `${textHash(resolve(dirname(file)))}.json`);
  const memo = memoFor(memoFile, program);
  return {
    value: read(memo, fingerprint),
    remember(value: T): void {
      const now = fileNow(file);
      if (now?.fingerprint !== fingerprint || now.changedMs > Date.now() - minAgeMs) return;
      // What is on disk now, not what this process read: its results may have been changed since.
      const latest = readMemo(memoFile, program) ?? { program };
      write(latest, fingerprint, value);
      // At a process's first write: the entries of release files gone since (compact merges
      // them), and the temp files of writers killed before their rename, would stay for ever.
      const first = !tidied.has(memoFile);
      if (first) {
        tidied.add(memoFile);
        forgetVanishedFiles(latest);
      }
      // A command starting meanwhile reads the old memo or the whole new one.
      if (writeCacheFile(memoFile, JSON.stringify(latest)) && first) tidyCacheFolder(dirname(memoFile));
    },
  };
}

function forgetVanishedFiles(memo: MemoFile): void {
  for (const path of Object.keys(memo.sha256 ?? {})) if (!existsSync(path)) delete memo.sha256?.[path];
}

function memoFor(memoFile: string, program: string): MemoFile {
  let memo = memos.get(memoFile);
  if (memo === undefined) {
    memo = readMemo(memoFile, program) ?? { program };
    memos.set(memoFile, memo);
  }
  return memo;
}

function readMemo(memoFile: string, program: string): MemoFile | undefined {
  try {
    const memo = JSON.parse(readFileSync(memoFile, 'utf8')) as MemoFile;
    return typeof memo === 'object' && memo !== null && memo.program === program ? memo : undefined;
  } catch {
    return undefined;
  }
}
