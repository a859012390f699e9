import { sanitizeText } from '../text/sanitize.js';
import { urlOfLine } from './line-shapes.js';
import { normalizePageText } from './normalize-page-text.js';
import { parseArticle } from './parse-article.js';
import { isListingPage, parseListing } from './parse-listing.js';
import { settlePageDates } from './settle-page-dates.js';
import { findGluedPageStarts } from './split-glued-pages.js';
import { findContentStart, nextNonBlank } from './strip-site-menu.js';
import type { ParsedPage } from './types.js';

export type { PageLayout, ParsedLabels, ParsedPage, ParsedRelease } from './types.js';

/**
 * Reads the text dump of one osce.org page: strips the site menu, then reads a newsroom listing
 * (one summary release per entry), an article with metadata, or a bare article (title and a body
 * opening with a dateline). Pages glued into one text (a second web address, site menu, or title
 * with metadata after a body) are read one by one, with a warning. Never throws; `problems` say
 * why a page gave no release.
 */
export function parsePage(text: string, file: string): ParsedPage {
  // One plain spelling of spaces and marks, then no terminal controls, before anything is read,
  // so that no later step can be confused by them; newlines stay so that line numbers still
  // point into the file.
  const lines = sanitizeText(normalizePageText(text), { keepNewlines: true }).split('\n');
  const { contentStart } = pageStart(lines, 0);
  const glued = findGluedPageStarts(lines, contentStart);
  if (glued.length === 0) return parseOnePage(lines, file);
  const pages: ParsedPage[] = [];
  const bounds = [0, ...glued.map((start) => start.index), lines.length];
  for (let k = 0; k + 1 < bounds.length; k++) {
    // Lines of the other pages become blank, so that line numbers still point into the text.
    const segment = lines.slice(0, bounds[k + 1]);
    segment.fill('', 0, bounds[k]);
    pages.push(parseOnePage(segment, file));
  }
  const notes = glued.map((start) => ({
    file,
    line: start.index + 1,
    message: `a second page starts at line ${start.index + 1} (${start.shape} after the text of the one before): read as a page of its own`,
  }));
  return {
    layout: pages[0]!.layout,
    releases: pages.flatMap((page) => page.releases),
    problems: [...notes, ...pages.flatMap((page) => page.problems)],
  };
}

/** The page's web address (a first line that is only one) and where its content starts. */
function pageStart(lines: readonly string[], from: number): { pageUrl: string | null; contentStart: number } {
  let start = from;
  let pageUrl: string | null = null;
  const first = nextNonBlank(lines, from);
  if (first !== -1 && urlOfLine(lines[first]!) !== null) {
    pageUrl = urlOfLine(lines[first]!);
    start = first + 1;
  }
  return { pageUrl, contentStart: findContentStart(lines, start) };
}

function parseOnePage(lines: readonly string[], file: string): ParsedPage {
  const { pageUrl, contentStart } = pageStart(lines, 0);
  if (isListingPage(lines, contentStart)) {
    const { releases, problems } = parseListing(lines, contentStart, file);
    settlePageDates(releases, lines);
    if (releases.length > 0) return { layout: 'listing', releases, problems };
    return {
      layout: 'listing',
      releases,
      problems: problems.length > 0 ? problems : [{ file, message: 'no title: the listing has no entry with a title' }],
    };
  }
  const article = parseArticle(lines, contentStart, pageUrl);
  if ('problem' in article) {
    return {
      layout: 'unknown',
      releases: [],
      problems: [{ file, ...(article.line === undefined ? {} : { line: article.line }), message: article.problem }],
    };
  }
  settlePageDates([article.release], lines);
  return { layout: article.layout, releases: [article.release], problems: [] };
}
