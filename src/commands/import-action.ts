import { basename } from 'node:path';
import type { Command } from 'commander';
import { problemSummary } from '../bundle/report-problems.js';
import { UserError } from '../cli/errors.js';
import { outputWidth, writeJson, writeOut } from '../cli/output.js';
import { resolveCacheDir } from '../index/cache-location.js';
import { createImportLookup } from '../index/existing-release-lookup.js';
import { noPageFilesMessage } from '../ingest/read-inputs.js';
import { type ImportEvent, type ImportReport, runImport } from '../ingest/run-import.js';
import cellWidth from '../text/cell-width.js';
import { sanitizeText } from '../text/sanitize.js';
import { commandBundleDir } from './bundle-option.js';
import { lockWaitNotice } from './lock-wait-notice.js';

/** A progress bar is drawn from this many files on (on a terminal). */
const PROGRESS_MIN_FILES = 20;
/** Warnings listed in the human summary; --json lists all. */
const WARNINGS_SHOWN = 10;
/**
 * Printed to stderr before `-` reads a terminal, where the program would otherwise just wait.
 * A hint rather than a refusal: pasting a page into the terminal is a fair way to import it.
 */
const TERMINAL_STDIN_HINT = 'osce-tui: reading page text from the terminal; end with Ctrl-D';

/** `osce-tui import PATH...`: page dumps merged into the bundle, then the report. */
export async function importPages(
  paths: string[],
  options: { dryRun?: boolean; json?: boolean },
  command: Command,
): Promise<void> {
  const dir = commandBundleDir(command);
  if (paths.includes('-') && process.stdin.isTTY) process.stderr.write(`${TERMINAL_STDIN_HINT}\n`);
  const report = await runImport(dir, paths, {
    dryRun: options.dryRun ?? false,
    lookup: createImportLookup(dir, resolveCacheDir()),
    onEvent: eventWriter(dir, process.stderr),
  });
  if (options.json) writeJson(report);
  else writeOut(importSummary(report, outputWidth()).join('\n'));
  const noPages = noPageFilesMessage(
    report.files,
    report.skipped.map((skipped) => skipped.reason),
  );
  if (noPages !== null) throw new UserError(noPages);
  if (report.files > 0 && report.skipped.length === report.files) {
    throw new UserError(
      `nothing imported: ${report.files === 1 ? 'the file was' : `all ${report.files} files were`} skipped`,
    );
  }
}

// What the import tells while it runs goes to stderr: notices as lines, reading as a progress bar.
function eventWriter(dir: string, stream: NodeJS.WriteStream): (event: ImportEvent) => void {
  const bar = createProgressBar(stream);
  return (event) => {
    switch (event.kind) {
      case 'lock-wait':
        stream.write(`${lockWaitNotice(event.owner)}\n`);
        break;
      case 'bundle-problems':
        for (const line of problemSummary(event.problems, dir)) stream.write(`${line}\n`);
        break;
      case 'file-read':
        bar?.draw(event.done, event.total, event.file);
        break;
      case 'files-read':
        bar?.clear();
        break;
    }
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
    ...wrapTokens(
      '',
      [
        ...words(report.dryRun ? 'Dry run (nothing written): read' : 'Imported'),
        ...words(plural(report.files, 'file')),
        'into',
        sanitizeText(report.bundle),
      ],
      width,
    ),
    ...entry(
      ...words(
        `${report.added.length} added, ${report.updated.length} updated, ${report.unchanged.length} unchanged, `,
      ),
      ...words(`${report.skipped.length} skipped, ${plural(report.warnings.length, 'warning')}`),
    ),
  ];
  if (report.skipped.length > 0) {
    lines.push('Skipped:');
    for (const skipped of report.skipped)
      lines.push(...entry(`${sanitizeText(skipped.file)}:`, ...words(sanitizeText(skipped.reason))));
  }
  if (report.warnings.length > 0) {
    lines.push('Warnings:');
    for (const warning of report.warnings.slice(0, WARNINGS_SHOWN)) {
      const place = warning.line === undefined ? warning.file : `${warning.file}:${warning.line}`;
      lines.push(...entry(`${sanitizeText(place)}:`, ...words(sanitizeText(warning.message))));
    }
    if (report.warnings.length > WARNINGS_SHOWN)
      lines.push(...entry(...words(`… and ${report.warnings.length - WARNINGS_SHOWN} more (--json lists them all)`)));
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

/** A one-line progress bar, redrawn in place. */
export interface ProgressBar {
  draw(done: number, total: number, file: string): void;
  /** Clears the bar's line, if it was drawn. */
  clear(): void;
}

/** A progress bar on a terminal; none when the stream is not a TTY. It shows only from PROGRESS_MIN_FILES files on. */
export function createProgressBar(stream: NodeJS.WriteStream): ProgressBar | undefined {
  if (!stream.isTTY) return undefined;
  let drawn = false;
  return {
    draw(done, total, file) {
      if (total < PROGRESS_MIN_FILES) return;
      drawn = true;
      stream.write(`\r\u001b[2K${progressLine(done, total, file, stream.columns || 80)}`);
    },
    clear() {
      if (drawn) stream.write('\r\u001b[2K');
    },
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
