import { assembleRelease } from '../ingest/assemble-release.js';
import type { ParsedRelease } from '../ingest/types.js';
import type { PendingArticle } from './sync-state.js';

/**
 * A listing entry as a summary release (title, date, teaser), the form a newsroom listing gives
 * in `import`; its id comes from the osce.org address, so the full article replaces it later. Pure.
 */
export function summaryRelease(entry: PendingArticle): ParsedRelease {
  const { release } = assembleRelease({
    type: null,
    title: entry.title,
    line: 1,
    url: entry.canonicalUrl,
    metadata: entry.date ? [{ name: 'Publishing date', key: 'date', values: [entry.date], line: 1 }] : [],
    bodyLines: entry.teaser ? [{ text: entry.teaser, line: 1 }] : [],
    summary: true,
  });
  return release;
}
