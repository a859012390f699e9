import type { Command } from 'commander';
import { layoutArticle } from '../article/layout-article.js';
import { releaseToJson } from '../article/release-json.js';
import { EXIT_USAGE, UserError } from '../cli/errors.js';
import { outputWidth, writeJson, writeOut } from '../cli/output.js';
import { commandBundleDir } from './bundle-option.js';
import { findShownRelease } from './find-shown-release.js';

/** `osce-tui show`: one release as text or JSON. */
export async function showRelease(
  query: string[],
  options: { width?: number; json?: boolean; related?: boolean },
  command: Command,
): Promise<void> {
  const dir = commandBundleDir(command);
  const text = query.join(' ').trim();
  if (text === '')
    throw new UserError('show needs a release id or title words, e.g. osce-tui show live exercise', EXIT_USAGE);
  if (options.related) return (await import('./related-action.js')).showRelated(text, options, command);
  const { release, taxonomy } = await findShownRelease(dir, text);
  if (options.json) {
    writeJson(releaseToJson(release, taxonomy));
    return;
  }
  writeOut(
    layoutArticle(release, taxonomy, outputWidth(options.width))
      .map((line) => line.text)
      .join('\n'),
  );
}
