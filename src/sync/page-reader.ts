import { readListingPage } from '../ingest/html/listing-links.js';
import { readHtmlPage } from '../ingest/html/read-html-page.js';
import type { ParsedPage } from '../ingest/types.js';

/** One entry of a newsroom listing page, its link as written (resolved by the caller). */
export interface ListingEntry {
  url: string;
  title: string;
  /** The date as the page wrote it. */
  date?: string;
  teaser?: string;
}

/** What a listing page holds. `nextPage` only says that the pager has a next page: sync builds that URL itself. */
export interface ListingPage {
  entries: ListingEntry[];
  nextPage?: string;
  warnings: string[];
}

/** Where the bytes came from: the page's address and the Content-Type header, when there was one. */
export interface PageContext {
  url: string;
  contentType?: string;
}

/**
 * How sync reads the HTML it fetched. The one seam between sync and the HTML importer: replacing
 * createPageReader's body is all it takes to read pages with another reader.
 */
export interface PageReader {
  listing(bytes: Uint8Array, context: PageContext): ListingPage;
  /** The article on the page, read as `import` reads a page: a ParsedPage with its problems. */
  article(bytes: Uint8Array, context: PageContext): ParsedPage;
}

/** The page reader sync uses. */
export function createPageReader(): PageReader {
  return {
    listing: (bytes, context) => readListingPage(bytes, context.url),
    article: (bytes, context) => {
      const read = readHtmlPage(bytes, { url: context.url, file: context.url });
      if ('skipped' in read)
        return { layout: 'unknown', releases: [], problems: [{ file: context.url, message: read.skipped }] };
      return { ...read.page, problems: [...read.warnings, ...read.page.problems] };
    },
  };
}
