import { stat } from 'node:fs/promises';
import type { Command } from 'commander';
import { withBundleLock } from '../bundle/bundle-lock.js';
import { describeFileError } from '../bundle/bundle-paths.js';
import { type BundleShape, type CompactReport, compactBundle } from '../bundle/compact-bundle.js';
import { UserError } from '../cli/errors.js';
import { writeJson, writeOut } from '../cli/output.js';
import { sanitizeText } from '../text/sanitize.js';
import { commandBundleDir } from './bundle-option.js';
import { lockWaitNotice } from './lock-wait-notice.js';

/** The work of `osce-tui compact`, loaded when the command runs. */
export async function compactBundleCommand(options: { json?: boolean }, command: Command): Promise<void> {
  const dir = commandBundleDir(command);
  // Checked before the lock, which would create a missing folder.
  if (!(await stat(dir).catch(() => undefined))?.isDirectory())
    throw new UserError(`bundle folder not found: ${dir} (give --bundle DIR or set OSCE_TUI_BUNDLE)`);
  const report = await withBundleLock(dir, () => compactBundle(dir), {
    onWait: (owner) => process.stderr.write(`${lockWaitNotice(owner)}\n`),
  }).catch((error: unknown) => {
    if (error instanceof UserError) throw error;
    throw new UserError(
      `cannot compact the bundle in ${dir}: ${describeFileError(error)}; the files there are unchanged or whole`,
    );
  });
  if (options.json) writeJson(report);
  else writeOut(compactSummary(report).join('\n'));
}

/** The report for people: what the bundle was and is. Pure. */
export function compactSummary(report: CompactReport): string[] {
  const describe = (shape: BundleShape): string =>
    `${shape.files} file${shape.files === 1 ? '' : 's'}, ${shape.releases} release${shape.releases === 1 ? '' : 's'}, ${shape.bytes} bytes`;
  if (!report.changed) return [`${sanitizeText(report.bundle)} is already compact: ${describe(report.after)}`];
  return [
    `Compacted ${sanitizeText(report.bundle)}`,
    `  before: ${describe(report.before)}`,
    `  after:  ${describe(report.after)}`,
  ];
}
