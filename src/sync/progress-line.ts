import { truncateCells } from '../text/cell-text.js';
import { sanitizeText } from '../text/sanitize.js';
import type { SyncProgress } from './run-sync.js';

/** `12 requests · 5 new · 1 updated · 40 to fetch · ~2 min left · URL`, cut to `columns`. Pure. */
export function syncProgressLine(progress: SyncProgress, columns: number): string {
  const parts = [`${progress.requests} requests`, `${progress.added} new`, `${progress.updated} updated`];
  if (progress.pending > 0) parts.push(`${progress.pending} to fetch`);
  if (progress.secondsLeft !== undefined && progress.pending > 0)
    parts.push(`~${formatDuration(progress.secondsLeft)} left`);
  const line = `${parts.join(' · ')} · ${sanitizeText(progress.url)}`;
  // One cell short of the width: a line that fills the last column wraps in some terminals.
  return truncateCells(line, columns - 1);
}

/** 45 s, 12 min, 3 h 20 min. Pure. */
export function formatDuration(seconds: number): string {
  if (seconds < 60) return `${Math.max(0, Math.round(seconds))} s`;
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}
