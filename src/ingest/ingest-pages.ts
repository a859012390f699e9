import type { Release } from '../bundle/types.js';
import type { Taxonomy } from '../taxonomy/taxonomy.js';
import { createReleaseMapper } from './map-release.js';
import { parsePage } from './parse-page.js';
import { listImportFiles, type ReadInputsOptions, readImportFile } from './read-inputs.js';
import type { FileReport, ImportInput, IngestResult } from './types.js';

/** Options for an import run. */
export interface IngestOptions extends ReadInputsOptions {
  /** Called after each file, e.g. to draw a progress bar. */
  onProgress?: (done: number, total: number, file: string) => void;
}

/**
 * Reads pages from files, folders or stdin (`-`) and turns them into releases. Each file is
 * reported: how many releases it gave, or why it was skipped, and the warnings. One bad file
 * never stops the others. When two pages give the same release id, a full article wins over
 * a listing summary, otherwise the later page wins; the other is reported as a warning. Writes
 * nothing.
 */
export async function ingestPages(
  paths: string[],
  taxonomy: Taxonomy,
  options: IngestOptions = {},
): Promise<IngestResult> {
  const mapRelease = createReleaseMapper(taxonomy);
  const listed = await listImportFiles(paths);
  const files: FileReport[] = [];
  const byId = new Map<string, { release: Release; report: FileReport }>();

  for (const [index, item] of listed.entries()) {
    const input = 'skipped' in item ? item : await readImportFile(item.file, options);
    const report: FileReport = { file: input.file, releases: 0, warnings: [] };
    files.push(report);
    if ('skipped' in input) {
      report.skipped = input.skipped;
    } else {
      try {
        readPage(input, report, (release) => keep(byId, release, report));
      } catch (error) {
        // Parsing is meant never to throw; should it, the run still goes on with the next file.
        report.skipped = `could not be read (${error instanceof Error ? error.message : String(error)})`;
      }
    }
    options.onProgress?.(index + 1, listed.length, input.file);
  }
  return { releases: [...byId.values()].map((kept) => kept.release), files };

  function readPage(
    input: Extract<ImportInput, { text: string }>,
    report: FileReport,
    add: (release: Release) => void,
  ): void {
    const { file } = input;
    report.warnings.push(...(input.warnings ?? []));
    const page = input.page ?? parsePage(input.text, file);
    if (page.releases.length === 0) {
      report.skipped = page.problems[0]?.message ?? 'no release found on the page';
      return;
    }
    for (const problem of page.problems) report.warnings.push(problem);
    for (const parsed of page.releases) {
      const release = mapRelease(parsed, file);
      report.releases++;
      for (const message of release.warnings) report.warnings.push({ file, line: release.provenance.line, message });
      add(release);
    }
  }
}

function keep(byId: Map<string, { release: Release; report: FileReport }>, release: Release, report: FileReport): void {
  const previous = byId.get(release.id);
  if (!previous) {
    byId.set(release.id, { release, report });
    return;
  }
  const where = (r: Release): string => `${r.provenance.file}:${r.provenance.line}`;
  if (!release.summary || previous.release.summary) {
    // Map order is insertion order; delete first so that the kept release takes its new place.
    byId.delete(release.id);
    byId.set(release.id, { release, report });
    previous.report.warnings.push({
      file: previous.release.provenance.file,
      line: previous.release.provenance.line,
      message: `same release as ${where(release)} (${release.id}); that one is kept`,
    });
  } else {
    report.warnings.push({
      file: release.provenance.file,
      line: release.provenance.line,
      message: `summary of ${where(previous.release)} (${release.id}); the full article is kept`,
    });
  }
}
