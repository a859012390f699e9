import { basename, dirname, resolve } from 'node:path';
import type { Command } from 'commander';
import { writeFileAtomic } from '../bundle/atomic-file.js';
import { serializeRelease } from '../bundle/serialize-release.js';
import type { Release } from '../bundle/types.js';
import type { Catalog } from '../catalog/types.js';
import { EXIT_USAGE, UserError } from '../cli/errors.js';
import { writeOut } from '../cli/output.js';
import { releaseToMarkdown } from '../print/release-markdown.js';
import { openCommandCatalog, openCommandUserState } from './command-context.js';
import { releaseFilterFor, selectReleases } from './release-selection.js';
import type { SelectionOptions } from './selection-options.js';

type ExportFormat = 'jsonl' | 'markdown';

/** Each selected release as text in the format: a bundle line (jsonl) or a Markdown document. */
function* exportChunks(catalog: Catalog, ids: string[], format: ExportFormat): Generator<string> {
  let first = true;
  for (const id of ids) {
    const release: Release | undefined = catalog.get(id);
    if (!release) continue;
    if (format === 'jsonl') {
      yield `${serializeRelease(release)}\n`;
    } else {
      yield `${first ? '' : '\n---\n\n'}${releaseToMarkdown(release, catalog.taxonomy)}`;
    }
    first = false;
  }
}

/** `osce-tui export`: the selected releases as JSON lines or Markdown, to stdout or a file. */
export async function exportReleases(
  options: SelectionOptions & { format: ExportFormat; json?: boolean; output?: string },
  command: Command,
): Promise<void> {
  if (options.json && options.format !== 'jsonl') {
    throw new UserError(`--json writes JSON lines; it cannot be combined with --format ${options.format}`, EXIT_USAGE);
  }
  const catalog = await openCommandCatalog(command);
  try {
    const filter = releaseFilterFor(options, catalog);
    const readIds = options.unread ? openCommandUserState().readMarks.readIds() : undefined;
    const { rows } = selectReleases(catalog, filter, options.limit ?? Number.MAX_SAFE_INTEGER, readIds);
    if (rows.length === 0) throw new UserError(options.unread ? 'no unread releases match' : 'no releases match');
    const chunks = exportChunks(
      catalog,
      rows.map((row) => row.id),
      options.format,
    );
    if (!options.output) {
      for (const chunk of chunks) writeOut(chunk.replace(/\n$/, ''));
      return;
    }
    const file = resolve(options.output);
    try {
      await writeFileAtomic(dirname(file), basename(file), chunks);
    } catch (error) {
      throw new UserError(`cannot write ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    }
    process.stderr.write(`osce-tui: wrote ${rows.length} release${rows.length === 1 ? '' : 's'} to ${file}\n`);
  } finally {
    catalog.close();
  }
}
