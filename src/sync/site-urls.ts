/** Where sync reads from unless told otherwise. */
export const DEFAULT_BASE_URL = 'https://www.osce.org';
/** Environment variable that points every built URL at a mirror (or a test server). */
export const BASE_URL_ENV = 'OSCE_TUI_SYNC_BASE_URL';

/** osce.org or one of its subdomains. */
function isOsceHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return host === 'osce.org' || host.endsWith('.osce.org');
}

/** An article's two addresses: the one fetched (on the mirror) and the one a release keeps (osce.org's). */
export interface ArticleAddress {
  fetchUrl: string;
  canonicalUrl: string;
}

/**
 * The hosts sync may talk to and how addresses map between osce.org and a mirror. On osce.org
 * itself every osce.org host is allowed; with a mirror (`--base-url`) only the mirror's host, and
 * osce.org links on its pages are read as paths on the mirror, so that a release keeps its
 * osce.org address (and id) whichever host it was fetched from.
 */
export class SiteUrls {
  readonly base: URL;
  readonly isMirror: boolean;

  constructor(base: string) {
    this.base = new URL(base);
    if (this.base.protocol !== 'http:' && this.base.protocol !== 'https:')
      throw new Error(`${base} is not an http(s) address`);
    this.isMirror = !isOsceHost(this.base.hostname);
  }

  /** The base as text, without a trailing slash. */
  get baseText(): string {
    return `${this.base.origin}${this.base.pathname.replace(/\/+$/, '')}`;
  }

  /** Whether a request (or a redirect) may go to `url`. */
  mayFetch(url: string): boolean {
    const parsed = safeUrl(url);
    if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')) return false;
    return this.isMirror ? parsed.host === this.base.host : isOsceHost(parsed.hostname);
  }

  /** Where a listing entry's link points, resolved against its page; null for a link off the site. */
  articleAddress(href: string, pageUrl: string): ArticleAddress | null {
    const parsed = safeUrl(href, pageUrl);
    if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')) return null;
    parsed.hash = '';
    const path = `${parsed.pathname}${parsed.search}`;
    if (this.isMirror) {
      if (parsed.host !== this.base.host && !isOsceHost(parsed.hostname)) return null;
      return { fetchUrl: `${this.base.origin}${path}`, canonicalUrl: `${DEFAULT_BASE_URL}${path}` };
    }
    if (!isOsceHost(parsed.hostname)) return null;
    return { fetchUrl: parsed.href, canonicalUrl: parsed.href };
  }
}

function safeUrl(url: string, base?: string): URL | null {
  try {
    return new URL(url, base);
  } catch {
    return null;
  }
}
