import { rmdir, stat } from 'node:fs/promises';
import { withBundleLock } from '../bundle/bundle-lock.js';
import { createStreamingLookup, type ExistingReleaseLookup } from '../bundle/existing-releases.js';
import { mergeIntoBundle, openExistingBundle } from '../bundle/merge-into-bundle.js';
import type { Problem } from '../bundle/types.js';
import { UserError } from '../model/errors.js';
import { Taxonomy } from '../taxonomy/taxonomy.js';
import { ingestPages } from './ingest-pages.js';

/** The machine-readable report of an import. Id lists, in import order. */
export interface ImportReport {
  bundle: string;
  dryRun: boolean;
  files: number;
  added: string[];
  updated: string[];
  unchanged: string[];
  skipped: { file: string; reason: string }[];
  warnings: { file: string; line?: number; message: string }[];
}

/** What an import tells while it runs, in this order; the caller decides what to show. */
export type ImportEvent =
  /** Another process holds the bundle's writer lock; the import waits for it (once). */
  | { kind: 'lock-wait'; owner: number }
  /** The bundle's taxonomy.json has problems (the built-in taxonomy or the valid entries are used). */
  | { kind: 'bundle-problems'; problems: readonly Problem[] }
  /** One more page file was read. */
  | { kind: 'file-read'; done: number; total: number; file: string }
  /** Every page file was read; merging and writing follow. */
  | { kind: 'files-read' };

/** Options for runImport. */
export interface ImportOptions {
  dryRun: boolean;
  onEvent?: (event: ImportEvent) => void;
  /** Finds the bundle's current releases for the imported ids (default: a streaming scan of the bundle). */
  lookup?: ExistingReleaseLookup;
}

/**
 * Imports page files (`paths`: files, folders, `-` for stdin) into the bundle in `dir` and returns
 * the report. Only what changed is written, as one new segment (appendReleases), so an import of
 * k pages costs O(k) bytes and re-importing the same pages leaves every byte as it was; a new
 * bundle is written whole. A real import holds the bundle's writer lock from looking up the old
 * releases to writing the new ones; a folder it created for nothing is removed again. Throws
 * UserError when `dir` is not a folder, BundleWriteError when writing fails.
 */
export async function runImport(dir: string, paths: string[], options: ImportOptions): Promise<ImportReport> {
  const info = await stat(dir).catch(() => undefined);
  if (info && !info.isDirectory()) throw new UserError(`${dir} is not a folder; expected a bundle folder`);
  if (options.dryRun) return importInto(dir, paths, options);
  const existed = info !== undefined;
  try {
    return await withBundleLock(dir, () => importInto(dir, paths, options), {
      onWait: (owner) => options.onEvent?.({ kind: 'lock-wait', owner }),
    });
  } finally {
    // rmdir removes only an empty folder: one this import made and wrote nothing into.
    if (!existed) await rmdir(dir).catch(() => undefined);
  }
}

async function importInto(dir: string, paths: string[], options: ImportOptions): Promise<ImportReport> {
  const existing = await openExistingBundle(dir);
  if (existing.problems.length > 0) options.onEvent?.({ kind: 'bundle-problems', problems: existing.problems });
  const taxonomy = new Taxonomy(existing.taxonomy);
  const ingested = await ingestPages(paths, taxonomy, {
    onProgress: (done, total, file) => options.onEvent?.({ kind: 'file-read', done, total, file }),
  });
  options.onEvent?.({ kind: 'files-read' });
  const lookup = options.lookup ?? createStreamingLookup(dir, (id) => taxonomy.get(id) !== undefined);
  const merged = await mergeIntoBundle(dir, existing, ingested.releases, lookup, options.dryRun);
  return {
    bundle: dir,
    dryRun: options.dryRun,
    files: ingested.files.length,
    added: merged.added,
    updated: merged.updated,
    unchanged: merged.unchanged,
    skipped: ingested.files.flatMap((file) =>
      file.skipped === undefined ? [] : [{ file: file.file, reason: file.skipped }],
    ),
    warnings: ingested.files.flatMap((file) =>
      file.warnings.map((problem) => ({
        file: problem.file,
        ...(problem.line === undefined ? {} : { line: problem.line }),
        message: problem.path ? `${problem.path}: ${problem.message}` : problem.message,
      })),
    ),
  };
}
