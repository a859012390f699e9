import { createHash } from 'node:crypto';
import type { ReleaseDate } from '../bundle/types.js';
import { foldText } from '../text/fold.js';
import { osceNodeKey } from './osce-node-url.js';

/**
 * A stable release id, `r-` and 16 hex digits of a sha256. From the page address when known,
 * else from the folded title and the date, so that importing a page again, or the full article
 * after its newsroom teaser, gives the same id. An osce.org address ending in a node number is
 * read as its language and node, so every address of one page (and its HTML and text dumps)
 * gives one id.
 */
export function releaseId(release: { url: string | null; title: string; date: ReleaseDate }): string {
  const key = release.url
    ? (osceNodeKey(release.url) ?? `url:${normalizeUrl(release.url)}`)
    : `title:${foldText(release.title)}|${dateKey(release.date)}`;
  return `r-${createHash('sha256').update(key).digest('hex').slice(0, 16)}`;
}

function normalizeUrl(url: string): string {
  return url
    .trim()
    .replace(/^https?:\/\//i, '')
    .replace(/^www\./i, '')
    .replace(/[?#].*$/, '')
    .replace(/\/+$/, '')
    .toLowerCase();
}

function dateKey(date: ReleaseDate): string {
  if (date.iso) return date.iso;
  return date.month === undefined ? '' : `--${date.month}-${date.day ?? ''}`;
}
