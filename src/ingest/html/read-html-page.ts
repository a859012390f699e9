import type { Document } from 'domhandler';
import type { Note, Problem } from '../../bundle/types.js';
import { parsePage } from '../parse-page.js';
import type { ParsedPage } from '../types.js';
import { type DecodedHtml, decodeHtml } from './decode-html.js';
import { visibleText } from './element-kinds.js';
import { htmlToLines } from './html-to-lines.js';
import { addLabelLinks } from './label-links.js';
import { absoluteUrl, findPageUrls, linkBase, pageAddress } from './page-url.js';
import { parseHtml } from './parse-html.js';
import { readerKey } from './reader-key.js';
import { selectElements } from './select.js';

/** Where an HTML page came from. */
export interface HtmlPageOptions {
  /** The address it was fetched from, when known (relative links are read against it). */
  url?: string;
  /** The name problems are reported under. */
  file: string;
}

/** An HTML page read by the page reader. */
export interface HtmlPage {
  /** The page as the lines of a text dump, the form the page reader read (line N stands near line N of the HTML). */
  text: string;
  /** The address the page names itself by (canonical link, og:url, the given url, a saving tool's comment). */
  url: string | null;
  /** What the reader made of it: an article, or a listing's summary releases with their addresses. */
  page: ParsedPage;
  /** Glossary notes from the markup, already added to the article. */
  notes: Note[];
  /** Decoding and markup warnings, naming the file. */
  warnings: Problem[];
}

/**
 * Reads an HTML page with the same reader as text dumps: decodes it (byte-order mark, <meta
 * charset>, else UTF-8), finds its address, turns it into the lines of a text dump and reads
 * those. The markup then adds what the text cannot say: glossary notes go to the article, each
 * listing entry gets the address its title links to, and a metadata value that is a link gets
 * the slug of the page it links to (see addLabelLinks). Pure and never throws; `skipped` says in one
 * line why a page gave nothing (not decodable, or nested too deep to read).
 */
export function readHtmlPage(bytes: Uint8Array, options: HtmlPageOptions): HtmlPage | { skipped: string } {
  const decoded = decodeHtml(bytes);
  if ('reason' in decoded) return { skipped: decoded.reason };
  const parsed = parseHtml(decoded.text);
  if ('reason' in parsed) return { skipped: parsed.reason };
  return readHtmlDocument(decoded, parsed.document, options);
}

/** readHtmlPage for a page already decoded and parsed (the listing reader has both in hand). Pure. */
export function readHtmlDocument(decoded: DecodedHtml, document: Document, options: HtmlPageOptions): HtmlPage {
  const warnings: Problem[] = decoded.warnings.map((message) => ({ file: options.file, message }));
  const urls = findPageUrls(document, options.url);
  const url = pageAddress(urls, options.url);
  const { lines, notes } = htmlToLines(document, decoded.text, url);
  const text = lines.join('\n');
  const page = parsePage(text, options.file);
  for (const release of page.releases) {
    if (!release.summary)
      for (const note of notes)
        if (!release.notes.some((kept) => kept.term === note.term && kept.text === note.text)) release.notes.push(note);
  }
  addLabelLinks(page, document);
  if (page.layout === 'listing')
    addEntryAddresses(page, document, linkBase(urls, options.url), (line, message) =>
      warnings.push({ file: options.file, line, message }),
    );
  return { text, url, page, notes, warnings };
}

/** Gives each listing entry without an address the one its title links to, and says which have none. */
function addEntryAddresses(
  page: ParsedPage,
  document: Document,
  base: string | null,
  warn: (line: number, message: string) => void,
): void {
  const hrefByTitle = titleLinks(document, base);
  for (const release of page.releases) {
    release.url ??= hrefByTitle.get(readerKey(release.title)) ?? null;
    if (release.url === null)
      warn(
        release.line,
        `listing entry "${release.title}" has no link to its article with an absolute address; its id comes from its title and date`,
      );
  }
}

/** The address of every link, by its text as the page reader spells it; the first link of a text wins. */
function titleLinks(document: Document, base: string | null): Map<string, string> {
  const out = new Map<string, string>();
  for (const link of selectElements('a[href]', document)) {
    const key = readerKey(visibleText(link));
    const href = absoluteUrl(link.attribs.href, base);
    if (key !== '' && href !== null && !out.has(key)) out.set(key, href);
  }
  return out;
}
