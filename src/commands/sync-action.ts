import type { Command } from 'commander';
import { EXIT_OFFLINE, EXIT_STOPPED, EXIT_USAGE, UserError } from '../cli/errors.js';
import { writeJson, writeOut } from '../cli/output.js';
import { packageVersion } from '../cli/paths.js';
import { resolveCacheDir } from '../index/cache-location.js';
import { parseDateText } from '../ingest/parse-date.js';
import { syncProgressLine } from '../sync/progress-line.js';
import { runSync, type SyncProgress, type SyncReport } from '../sync/run-sync.js';
import { BASE_URL_ENV, DEFAULT_BASE_URL, SiteUrls } from '../sync/site-urls.js';
import { SOURCE_CHOICES, sourcesFor } from '../sync/sources.js';
import { onSignal } from '../system/signals.js';
import { sanitizeText } from '../text/sanitize.js';
import { commandBundleDir } from './bundle-option.js';

/** Where people find the program; named in the User-Agent so the site knows who asks. */
const PROJECT_URL = 'https://www.npmjs.com/package/osce-tui';
/** Pause between requests for a mirror of one's own (never for osce.org), e.g. 0 for a local copy. */
const DELAY_ENV = 'OSCE_TUI_SYNC_DELAY_MS';
/** Skipped URLs and warnings listed in the human summary; --json lists all. */
const LISTED = 10;

export interface SyncFlags {
  source: string;
  since?: string;
  maxRequests?: string;
  full?: boolean;
  dryRun?: boolean;
  json?: boolean;
  baseUrl?: string;
}

/** The work of `osce-tui sync`, loaded when the command runs. */
export async function syncBundle(flags: SyncFlags, command: Command): Promise<void> {
  const bundleDir = commandBundleDir(command);
  const sources = sourcesFor(flags.source);
  if (sources.length === 0)
    throw new UserError(`--source must be one of ${SOURCE_CHOICES.join(', ')}; got "${flags.source}"`, EXIT_USAGE);
  const base = flags.baseUrl ?? process.env[BASE_URL_ENV] ?? DEFAULT_BASE_URL;
  let site: SiteUrls;
  try {
    site = new SiteUrls(base);
  } catch {
    throw new UserError(`--base-url must be an http(s) address, e.g. ${DEFAULT_BASE_URL}; got "${base}"`, EXIT_USAGE);
  }
  // Everything stored so far is on disk (answers in the cache, the state before each landing);
  // the signal module exits with 130/143/129 after this says how to go on.
  const forgetInterrupt = onSignal(() => {
    process.stderr.write(
      '\nosce-tui: sync interrupted; everything fetched is kept: run osce-tui sync again to go on\n',
    );
  });
  let report: SyncReport;
  try {
    report = await runSync({
      bundleDir,
      cacheDir: resolveCacheDir(),
      base,
      sources: sources.map((source) => source.name),
      ...(flags.since === undefined ? {} : { since: sinceDay(flags.since) }),
      maxRequests: flags.maxRequests === undefined ? Number.POSITIVE_INFINITY : requestLimit(flags.maxRequests),
      full: flags.full ?? false,
      dryRun: flags.dryRun ?? false,
      userAgent: `osce-tui/${packageVersion()} (+${PROJECT_URL})`,
      pace: mirrorPace(site),
      onProgress: flags.json ? undefined : progressWriter(process.stderr),
    });
  } finally {
    forgetInterrupt();
  }
  if (!flags.json && process.stderr.isTTY) process.stderr.write('\r\u001b[2K');
  if (report.stoppedBecause === 'offline' && report.requests <= 1) {
    if (flags.json) writeJson(report);
    throw new UserError(`no network: ${report.message ?? 'cannot reach the site'}; nothing was changed`, EXIT_OFFLINE);
  }
  if (flags.json) writeJson(report);
  else writeOut(syncSummary(report).join('\n'));
  if (report.stoppedBecause === 'offline')
    throw new UserError(
      `the network went away (${report.message ?? ''}); everything fetched is kept: run osce-tui sync again to go on`,
      EXIT_OFFLINE,
    );
  if (report.stoppedBecause !== 'done' && report.stoppedBecause !== 'max-requests') {
    throw new UserError(
      `${report.message ?? report.stoppedBecause}; everything fetched is kept: run osce-tui sync again later to go on`,
      EXIT_STOPPED,
    );
  }
}

function sinceDay(text: string): string {
  const date = parseDateText(text);
  if (!date?.iso)
    throw new UserError(
      `--since must be a date with a year, e.g. 2024-01-01 or "9 June 2017"; got "${text}"`,
      EXIT_USAGE,
    );
  return date.iso;
}

function requestLimit(text: string): number {
  if (!/^\d+$/.test(text.trim()) || Number(text) < 1)
    throw new UserError(`--max-requests must be a whole number of at least 1; got "${text}"`, EXIT_USAGE);
  return Number(text);
}

// A mirror of one's own may be read faster; osce.org is always read at the polite pace.
function mirrorPace(site: SiteUrls): { minDelayMs: number; jitterMs: number } | undefined {
  const delay = process.env[DELAY_ENV];
  if (!site.isMirror || delay === undefined || !/^\d+$/.test(delay.trim())) return undefined;
  return { minDelayMs: Number(delay), jitterMs: 0 };
}

function progressWriter(stream: NodeJS.WriteStream): ((progress: SyncProgress) => void) | undefined {
  if (!stream.isTTY) return undefined;
  return (progress) => stream.write(`\r\u001b[2K${syncProgressLine(progress, stream.columns || 80)}`);
}

/** The report as lines for people. Pure. */
export function syncSummary(report: SyncReport): string[] {
  const lines = [
    `${report.dryRun ? 'Dry run (nothing written): read' : 'Synced'} ${sanitizeText(report.base)} into ${sanitizeText(report.bundle)}: ${report.requests} requests`,
    `  ${report.new.length} new, ${report.updated.length} updated, ${report.unchanged.length} unchanged, ${report.skipped.length} skipped, ${report.warnings.length} warnings`,
  ];
  lines.push(
    ...firstFew(
      'Skipped:',
      report.skipped.map((item) => `${sanitizeText(item.url)}: ${sanitizeText(item.reason)}`),
    ),
  );
  lines.push(
    ...firstFew(
      'Warnings:',
      report.warnings.map((warning) => sanitizeText(warning)),
    ),
  );
  if (report.stoppedBecause === 'max-requests')
    lines.push(`Stopped: ${report.message ?? ''}; run osce-tui sync again to go on.`);
  else if (report.resumable && report.stoppedBecause === 'done')
    lines.push('Some pages could not be fetched this time; the next osce-tui sync tries them again.');
  return lines;
}

// A heading and the first LISTED items; nothing when there are none.
function firstFew(heading: string, items: readonly string[]): string[] {
  if (items.length === 0) return [];
  const lines = [heading, ...items.slice(0, LISTED).map((item) => `  ${item}`)];
  if (items.length > LISTED) lines.push(`  … and ${items.length - LISTED} more (--json lists them all)`);
  return lines;
}
