import { rmdir, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Command } from 'commander';
import cellWidth from '../text/cell-width.js';
import { withBundleLock } from '../bundle/bundle-lock.js';
import { describeFileError } from '../bundle/bundle-paths.js';
import { createStreamingLookup, type ExistingReleaseLookup } from '../bundle/existing-releases.js';
import { problemSummary } from '../bundle/report-problems.js';
import { UserError } from '../cli/errors.js';
import { outputWidth, writeJson, writeOut } from '../cli/output.js';
import { resolveBundleDir } from '../cli/paths.js';
import { resolveCacheDir } from '../index/cache-location.js';
import { ingestPages } from '../ingest/ingest-pages.js';
import { noPageFilesMessage } from '../ingest/read-inputs.js';
import { Taxonomy } from '../taxonomy/taxonomy.js';
import { sanitizeText } from '../text/sanitize.js';
import { mergeIntoBundle, openExistingBundle } from '../bundle/merge-into-bundle.js';
import { createImportLookup } from '../index/existing-release-lookup.js';

/** A progress bar is drawn from this many files on (on a terminal). */
const PROGRESS_MIN_FILES = 20;
/** Warnings listed in the human summary; --json lists all. */
const WARNINGS_SHOWN = 10;
/**
 * Printed to stderr before `-` reads a terminal, where the program would otherwise just wait.
 * A hint rather than a refusal: pasting a page into the terminal is a fair way to import it.
 */
const TERMINAL_STDIN_HINT = 'osce-tui: reading page text from the terminal; end with Ctrl-D';

/** The machine-readable report of `import --json`. Id lists, in import order. */
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

/** `osce-tui import PATH...`: page dumps merged into the bundle, then the report. */
export async function importPages(paths: string[], options: { dryRun?: boolean; json?: boolean }, command: Command): Promise<void> {
  const dir = resolveBundleDir(command.optsWithGlobals<{ bundle?: string }>().bundle);
  if (paths.includes('-') && process.stdin.isTTY) process.stderr.write(`${TERMINAL_STDIN_HINT}\n`);
  const lookup = createImportLookup(dir, resolveCacheDir());
  const report = await runImport(dir, paths, { dryRun: options.dryRun ?? false, progress: createProgressBar(process.stderr), lookup });
  if (options.json) writeJson(report);
  else writeOut(importSummary(report, outputWidth()).join('\n'));
  const noPages = noPageFilesMessage(report.files, report.skipped.map((skipped) => skipped.reason));
  if (noPages !== null) throw new UserError(noPages);
  if (report.files > 0 && report.skipped.length === report.files) {
    throw new UserError(`nothing imported: ${report.files === 1 ? 'the file was' : `all ${report.files} files were`} skipped`);
  }
}

/** Options for runImport. */
export interface ImportOptions {
  dryRun: boolean;
  progress?: (done: number, total: number, file: string) => void;
  /** Finds the bundle's current releases for the imported ids (default: a streaming scan of the bundle). */
  lookup?: ExistingReleaseLookup;
}

/**
 * Imports pages into the bundle in `dir` and returns the report. Only what changed is written,
 * as one new segment (appendReleases), so an import of k pages costs O(k) bytes and re-importing
 * the same pages leaves every byte as it was; a new bundle is written whole. A real import holds
 * the bundle's writer lock from looking up the old releases to writing the new ones; a folder it
 * created for nothing is removed again.
 */
export async function runImport(dir: string, paths: string[], options: ImportOptions): Promise<ImportReport> {
  const info = await stat(dir).catch(() => undefined);
  if (info && !info.isDirectory()) throw new UserError(`${dir} is not a folder; expected a bundle folder`);
  if (options.dryRun) return importInto(dir, paths, options);
  const existed = info !== undefined;
  try {
    return await withBundleLock(dir, () => importInto(dir, paths, options), { onWait: (owner) => process.stderr.write(`${lockWaitNotice(owner)}\n`) });
  } finally {
    // rmdir removes only an empty folder: one this import made and wrote nothing into.
    if (!existed) await rmdir(dir).catch(() => undefined);
  }
}

/** Printed while another writer holds the bundle. */
export function lockWaitNotice(owner: number): string {
  return `osce-tui: waiting for another import (pid ${owner}) to finish writing this bundle…`;
}

async function importInto(dir: string, paths: string[], options: ImportOptions): Promise<ImportReport> {
  const existing = await openExistingBundle(dir);
  for (const line of problemSummary(existing.problems, dir)) process.stderr.write(`${line}\n`);
  const taxonomy = new Taxonomy(existing.taxonomy);
  const ingested = await ingestPages(paths, taxonomy, { onProgress: options.progress });
  options.progress?.(-1, -1, '');
  const lookup = options.lookup ?? createStreamingLookup(dir, (id) => taxonomy.get(id) !== undefined);
  const merged = await mergeIntoBundle(dir, existing, ingested.releases, lookup, options.dryRun).catch((error: unknown) => {
    if (error instanceof UserError) throw error;
    throw new UserError(`cannot write the bundle in ${dir}: ${describeFileError(error)}; the files there are unchanged or whole`);
  });
  return {
    bundle: dir,
    dryRun: options.dryRun,
    files: ingested.files.length,
    added: merged.added,
    updated: merged.updated,
    unchanged: merged.unchanged,
    skipped: ingested.files.flatMap((file) => (file.skipped === undefined ? [] : [{ file: file.file, reason: file.skipped }])),
    warnings: ingested.files.flatMap((file) =>
      file.warnings.map((problem) => ({
        file: problem.file,
        ...(problem.line === undefined ? {} : { line: problem.line }),
        message: problem.path ? `${problem.path}: ${problem.message}` : problem.message,
      })),
    ),
  };
}

/**
 * The report as lines for people: counts, skipped files with reasons, the first warnings, wrapped
 * to `width` (unwrapped by default). A path is never cut, so one wider than the width stands
 * alone on its line. Pure.
 */
export function importSummary(report: ImportReport, width = Number.POSITIVE_INFINITY): string[] {
  const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
  const words = (text: string) => text.split(' ').filter((word) => word !== '');
  const entry = (...tokens: string[]) => wrapTokens('  ', tokens, width);
  const lines = [
    ...wrapTokens('', [...words(report.dryRun ? 'Dry run (nothing written): read' : 'Imported'), ...words(plural(report.files, 'file')), 'into', sanitizeText(report.bundle)], width),
    ...entry(
      ...words(`${report.added.length} added, ${report.updated.length} updated, ${report.unchanged.length} unchanged, `),
      ...words(`${report.skipped.length} skipped, ${plural(report.warnings.length, 'warning')}`),
    ),
  ];
  if (report.skipped.length > 0) {
    lines.push('Skipped:');
    for (const skipped of report.skipped) lines.push(...entry(`${sanitizeText(skipped.file)}:`, ...words(sanitizeText(skipped.reason))));
  }
  if (report.warnings.length > 0) {
    lines.push('Warnings:');
    for (const warning of report.warnings.slice(0, WARNINGS_SHOWN)) {
      const place = warning.line === undefined ? warning.file : `${warning.file}:${warning.line}`;
      lines.push(...entry(`${sanitizeText(place)}:`, ...words(sanitizeText(warning.message))));
    }
    if (report.warnings.length > WARNINGS_SHOWN) lines.push(...entry(...words(`… and ${report.warnings.length - WARNINGS_SHOWN} more (--json lists them all)`)));
  }
  return lines;
}

// Fills lines of `width` cells with whole tokens, the first line after `lead`, the others two
// columns further in; a token wider than a line (a path) gets a line of its own, uncut.
function wrapTokens(lead: string, tokens: string[], width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    if (line === '') line = lead + token;
    else if (cellWidth(line) + 1 + cellWidth(token) <= width) line += ` ${token}`;
    else {
      lines.push(line);
      line = `${lead}  ${token}`;
    }
  }
  return line === '' ? lines : [...lines, line];
}

/**
 * A one-line progress bar redrawn in place on a terminal; nothing when the stream is not a TTY
 * or there are few files. Called with done = -1 at the end, to clear the line.
 */
export function createProgressBar(stream: NodeJS.WriteStream): ((done: number, total: number, file: string) => void) | undefined {
  if (!stream.isTTY) return undefined;
  let drawn = false;
  return (done, total, file) => {
    if (done < 0) {
      if (drawn) stream.write('\r\u001b[2K');
      return;
    }
    if (total < PROGRESS_MIN_FILES) return;
    drawn = true;
    stream.write(`\r\u001b[2K${progressLine(done, total, file, stream.columns || 80)}`);
  };
}

/** One progress line, at most `columns` characters: `[#####.....] 120/500 file.txt`. Pure. */
export function progressLine(done: number, total: number, file: string, columns: number): string {
  const barWidth = 20;
  const filled = total === 0 ? barWidth : Math.round((done / total) * barWidth);
  const head = `[${'#'.repeat(filled)}${'.'.repeat(barWidth - filled)}] ${done}/${total} `;
  const room = Math.max(0, columns - 1 - head.length);
  const name = sanitizeText(basename(file));
  return head + (name.length > room ? name.slice(0, room) : name);
}
