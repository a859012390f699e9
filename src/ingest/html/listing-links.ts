import type { Document, Element } from 'domhandler';
import { parseDateText } from '../parse-date.js';
import { decodeHtml } from './decode-html.js';
import { visibleText } from './element-kinds.js';
import { collapse } from './line-writer.js';
import { absoluteUrl, findPageUrls, linkBase } from './page-url.js';
import { parseHtml } from './parse-html.js';
import { type HtmlPage, readHtmlDocument } from './read-html-page.js';
import { selectElement, selectElements } from './select.js';

/** One entry of a newsroom listing page. */
export interface ListingEntry {
  /** The article's address, absolute. */
  url: string;
  title: string;
  /** `YYYY-MM-DD` when the entry gives a full date. */
  date?: string;
  /** The teaser under the title. */
  teaser?: string;
}

/** What a listing page links to. */
export interface ListingLinks {
  entries: ListingEntry[];
  /** The next listing page, absolute, when the page links one. */
  nextPage?: string;
  warnings: string[];
}

// The older osce.org theme's listing classes; used when present, never required.
const ENTRY = '.search-result-news';
const ENTRY_TITLE = '.search-title';
const ENTRY_DATE = '.publishing-date, span.date-display-single, time';
const ENTRY_TEASER = '.search-snippet';
const NEXT_LINK = 'li.pager-next a[href], a[rel~=next][href], link[rel~=next][href]';
const NEXT_WORDS = /^(?:next(?: page)?|older(?: posts| entries)?)$/i;

/**
 * Reads a newsroom listing page: its entries (address, title, date, teaser) and the next page.
 * Addresses are made absolute against `<base href>`, else `baseUrl` (where the page was
 * fetched). The older theme's entry classes are read when present; any other page is read by
 * the page reader as a listing, each entry's address taken from the link on its title. Pure and
 * never throws: an undecodable page or one that is no listing gives no entries and a warning.
 */
export function readListingPage(bytes: Uint8Array, baseUrl: string): ListingLinks {
  const decoded = decodeHtml(bytes);
  if ('reason' in decoded) return { entries: [], warnings: [decoded.reason] };
  const parsed = parseHtml(decoded.text);
  if ('reason' in parsed) return { entries: [], warnings: [parsed.reason] };
  const { document } = parsed;
  const base = linkBase(findPageUrls(document, baseUrl), baseUrl);
  const warnings = [...decoded.warnings];
  let entries = themeEntries(document, base, warnings);
  if (entries.length === 0)
    entries = readerEntries(readHtmlDocument(decoded, document, { file: baseUrl, url: baseUrl }), warnings);
  const nextPage = findNextPage(document, base);
  return { entries, ...(nextPage === undefined ? {} : { nextPage }), warnings };
}

function themeEntries(document: Document, base: string | null, warnings: string[]): ListingEntry[] {
  const entries: ListingEntry[] = [];
  for (const [index, element] of selectElements(ENTRY, document).entries()) {
    const titleElement = selectElement(ENTRY_TITLE, element) ?? selectElement('h1, h2, h3, h4', element);
    const link =
      (titleElement && (titleElement.name === 'a' ? titleElement : selectElement('a[href]', titleElement))) ??
      selectElement('a[href]', element);
    const title = collapse(visibleText(titleElement ?? link ?? element));
    const url = absoluteUrl(link?.attribs.href, base);
    if (url === null || title === '') {
      warnings.push(`listing entry ${index + 1} has no ${title === '' ? 'title' : 'link to its article'}; skipped`);
      continue;
    }
    const date = entryDate(element);
    const snippet = selectElement(ENTRY_TEASER, element);
    const teaser = snippet ? collapse(visibleText(snippet)) : '';
    entries.push({ url, title, ...(date === undefined ? {} : { date }), ...(teaser === '' ? {} : { teaser }) });
  }
  return entries;
}

function entryDate(entry: Element): string | undefined {
  for (const element of selectElements(ENTRY_DATE, entry)) {
    const fromMarkup = /^(\d{4}-\d{2}-\d{2})/.exec(element.attribs.datetime ?? element.attribs.content ?? '')?.[1];
    if (fromMarkup) return fromMarkup;
    const date = parseDateText(collapse(visibleText(element)).replace(/^[^:]{1,40}:\s*/, ''));
    if (date?.precision === 'day' && date.iso !== null) return date.iso;
  }
  return undefined;
}

function readerEntries(read: HtmlPage, warnings: string[]): ListingEntry[] {
  if (read.page.layout !== 'listing') {
    warnings.push('the page is not a listing: no entry with a "Publishing date" was found');
    return [];
  }
  const entries: ListingEntry[] = [];
  for (const release of read.page.releases) {
    if (release.url === null) {
      warnings.push(`listing entry "${release.title}" has no link to its article; skipped`);
      continue;
    }
    const teaser = release.body.map((block) => (block.kind === 'list' ? block.items.join(' ') : block.text)).join(' ');
    entries.push({
      url: release.url,
      title: release.title,
      ...(release.date.precision === 'day' && release.date.iso !== null ? { date: release.date.iso } : {}),
      ...(teaser === '' ? {} : { teaser }),
    });
  }
  return entries;
}

function findNextPage(document: Document, base: string | null): string | undefined {
  const marked = selectElement(NEXT_LINK, document);
  const link =
    marked ??
    selectElements('a[href]', document).find((anchor) =>
      NEXT_WORDS.test(
        collapse(visibleText(anchor))
          .replace(/[›»>→]/g, '')
          .trim(),
      ),
    );
  return absoluteUrl(link?.attribs.href, base) ?? undefined;
}
