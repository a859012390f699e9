import { sanitizeText } from '../text/sanitize.js';
import { urlOfLine } from './line-shapes.js';
import { normalizePageText } from './normalize-page-text.js';
import { parseArticle } from './parse-article.js';
import { isListingPage, parseListing } from './parse-listing.js';
import { settlePageDates } from './settle-page-dates.js';
import { findContentStart, nextNonBlank } from './strip-site-menu.js';
import type { ParsedPage } from './types.js';

export type { ParsedPage, ParsedRelease, PageLayout, ParsedLabels } from './types.js';

/**
 * Reads the text dump of one osce.org page: strips the site menu, then reads a newsroom listing
 * (one summary release per entry), an article with metadata, or a bare article (title and a body
 * opening with a dateline). Never throws; `problems` say why a page gave no release.
 */
export function parsePage(text: string, file: string): ParsedPage {
  // One plain spelling of spaces and marks, then no terminal controls, before anything is read,
  // so that no later step can be confused by them; newlines stay so that line numbers still
  // point into the file.
  const lines = sanitizeText(normalizePageText(text), { keepNewlines: true }).split('\n');
  let start = 0;
  let pageUrl: string | null = null;
  const first = nextNonBlank(lines, 0);
  if (first !== -1 && urlOfLine(lines[first]!) !== null) {
    pageUrl = urlOfLine(lines[first]!);
    start = first + 1;
  }
  const contentStart = findContentStart(lines, start);
  if (isListingPage(lines, contentStart)) {
    const { releases, problems } = parseListing(lines, contentStart, file);
    settlePageDates(releases, lines);
    if (releases.length > 0) return { layout: 'listing', releases, problems };
    return { layout: 'listing', releases, problems: problems.length > 0 ? problems : [{ file, message: 'no title: the listing has no entry with a title' }] };
  }
  const article = parseArticle(lines, contentStart, pageUrl);
  if ('problem' in article) {
    return { layout: 'unknown', releases: [], problems: [{ file, ...(article.line === undefined ? {} : { line: article.line }), message: article.problem }] };
  }
  settlePageDates([article.release], lines);
  return { layout: article.layout, releases: [article.release], problems: [] };
}
