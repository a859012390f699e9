import type { Document } from 'domhandler';
import type { ParsedPage } from '../types.js';
import { visibleText } from './element-kinds.js';
import { isOsceLink, linkSlug } from './link-slug.js';
import { readerKey } from './reader-key.js';
import { selectElements } from './select.js';

const BUCKETS = ['sources', 'fields', 'countries'] as const;

/**
 * Gives each source, field and country value that is the text of a link to an osce.org page
 * (or a relative one) that link's slug, in `labels.slugs`: the release mapper falls back on it
 * when the text itself names no taxonomy entry. A text linked to two different slugs, or also
 * off the site, gets none.
 */
export function addLabelLinks(page: ParsedPage, document: Document): void {
  const slugByText = new Map<string, string | null>();
  for (const link of selectElements('a[href]', document)) {
    const text = readerKey(visibleText(link));
    const href = link.attribs.href ?? '';
    // The same words linked off the site may name something else: then neither link tells.
    const slug = isOsceLink(href) ? linkSlug(href) : '';
    if (text === '' || slug === null) continue;
    const known = slugByText.get(text);
    slugByText.set(text, known === undefined || known === slug ? slug : null);
  }
  if (slugByText.size === 0) return;
  for (const release of page.releases) {
    for (const bucket of BUCKETS) {
      for (const value of release.labels[bucket]) {
        const slug = slugByText.get(readerKey(value));
        if (!slug) continue;
        release.labels.slugs ??= {};
        release.labels.slugs[`${bucket}:${value}`] = slug;
      }
    }
  }
}
