import type { EntryKind, TaxonomyEntry } from '../../bundle/types.js';
import type { Taxonomy } from '../../taxonomy/taxonomy.js';
import { slugify } from '../../text/fold.js';

// Kept apart from the HTML reader, which pulls in the parser: the release mapper, which every
// import loads, resolves the slugs the reader found.

const OSCE_HOSTS = new Set(['osce.org', 'www.osce.org']);
const SCHEME = /^[a-z][a-z0-9+.-]*:/i;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Whether a link stays on osce.org or www.osce.org (a relative link does, wherever the page was saved). */
export function isOsceLink(href: string): boolean {
  return sitePath(href) !== null;
}

/**
 * The slug of the page a link points to: the last segment of its path ("/countries/italy" →
 * "italy"), for a link on osce.org or www.osce.org or a relative one. Null for any other host or
 * scheme, and for a segment that is no slug (a node number, a file name).
 */
export function linkSlug(href: string): string | null {
  const path = sitePath(href);
  const segment = path
    ?.split('/')
    .filter((part) => part !== '' && part !== '.' && part !== '..')
    .pop();
  if (segment === undefined) return null;
  let slug: string;
  try {
    slug = decodeURIComponent(segment).toLowerCase();
  } catch {
    return null;
  }
  return SLUG.test(slug) && !/^\d+$/.test(slug) ? slug : null;
}

/** The path of an osce.org or relative link, without query or fragment; null for any other. */
function sitePath(href: string): string | null {
  const trimmed = href.trim();
  if (!SCHEME.test(trimmed) && !trimmed.startsWith('//')) return trimmed.replace(/[?#][\s\S]*$/, '');
  let url: URL;
  try {
    url = new URL(trimmed, 'https://www.osce.org/');
  } catch {
    return null;
  }
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || !OSCE_HOSTS.has(url.hostname.toLowerCase()))
    return null;
  return url.pathname;
}

/** The taxonomy entry of the given kinds a slug names exactly, or null. */
export type SlugResolver = (slug: string, kinds: readonly EntryKind[]) => TaxonomyEntry | null;

/**
 * Builds the lookup from a link's slug to the taxonomy entry whose name or alias, slugified,
 * is exactly that slug ("combating-trafficking-in-human-beings", "odihr"). Only one entry of
 * the given kinds counts: two entries with the slug, or none, give null (a wrong fact is worse
 * than none).
 */
export function createSlugResolver(taxonomy: Taxonomy): SlugResolver {
  const bySlug = new Map<string, TaxonomyEntry[]>();
  for (const entry of taxonomy.entries) {
    for (const name of [entry.name, ...entry.aliases]) {
      // Site paths drop apostrophes ("women's" → "womens"), slugify would split the word there.
      const slug = slugify(name.replace(/['‘’ʼ]/g, ''));
      const list = bySlug.get(slug) ?? [];
      if (!list.includes(entry)) list.push(entry);
      bySlug.set(slug, list);
    }
  }
  return (slug, kinds) => {
    const found = (bySlug.get(slug) ?? []).filter((entry) => kinds.includes(entry.kind));
    return found.length === 1 ? found[0]! : null;
  };
}
