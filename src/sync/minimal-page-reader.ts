import { parsePage } from '../ingest/parse-page.js';
import { decodeHtml } from './decode-html.js';
import type { ListingEntry, PageReader } from './page-reader.js';

// Stand-in for the HTML importer (src/ingest/html/): enough markup knowledge for the older
// osce.org theme and pages like it. Markup classes are hints; an article without them is read
// through its text like a text dump.

const DROPPED = /<(head|script|style|noscript|template|nav|footer|svg|iframe)\b[\s\S]*?<\/\1\s*>/gi;
const BLOCK = /<\/?(?:p|div|h[1-6]|ul|ol|dl|dt|dd|section|article|main|header|aside|table|tr|blockquote|figure|figcaption|form|hr|pre|time)\b[^>]*>/gi;

/** Page text in the line shape the text importer reads: blocks on lines, `- item` for list items. Pure. */
export function htmlToLines(html: string): string[] {
  const text = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(DROPPED, '\n')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<li\b[^>]*>/gi, '\n- ')
    .replace(BLOCK, '\n')
    .replace(/<[^>]*>/g, '');
  return decodeEntities(text)
    .split('\n')
    .map((line) => line.replace(/[ \t\r\f\u00a0]+/g, ' ').trim())
    .filter((line) => line !== '');
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', ndash: '–', mdash: '—', hellip: '…', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[name.toLowerCase()] ?? whole;
  });
}

function textOf(html: string): string {
  return htmlToLines(html).join(' ').trim();
}

function classPart(html: string, className: string): string | undefined {
  const match = new RegExp(`<(\\w+)\\b[^>]*class="[^"]*\\b${className}\\b[^"]*"[^>]*>([\\s\\S]*?)</\\1\\s*>`, 'i').exec(html);
  return match?.[2];
}

function readEntry(chunk: string): ListingEntry | undefined {
  const titleHtml = classPart(chunk, 'search-title') ?? chunk;
  const link = /<a\b[^>]*href="([^"]+)"[^>]*>([\s\S]*?)<\/a>/i.exec(titleHtml);
  if (!link) return undefined;
  const title = textOf(link[2]!);
  if (title === '') return undefined;
  const entry: ListingEntry = { url: decodeEntities(link[1]!), title };
  const time = /<time\b[^>]*datetime="([^"]+)"/i.exec(chunk);
  const date = classPart(chunk, 'publishing-date') ?? classPart(chunk, 'date-display-single');
  if (date !== undefined && textOf(date) !== '') entry.date = textOf(date).replace(/^publishing date:\s*/i, '');
  else if (time) entry.date = time[1]!.slice(0, 10);
  const teaser = classPart(chunk, 'search-snippet');
  if (teaser !== undefined && textOf(teaser) !== '') entry.teaser = textOf(teaser);
  return entry;
}

/** The stand-in reader: the older theme's listing classes, and articles through their text. */
export const minimalPageReader: PageReader = {
  listing(bytes, context) {
    const { text, warnings } = decodeHtml(bytes, context.contentType);
    const html = text.replace(/<!--[\s\S]*?-->/g, '');
    const starts = [...html.matchAll(/<\w+\b[^>]*class="[^"]*\bsearch-result-news\b/gi)].map((match) => match.index);
    const entries: ListingEntry[] = [];
    starts.forEach((start, index) => {
      const entry = readEntry(html.slice(start, starts[index + 1] ?? html.length));
      if (entry) entries.push(entry);
      else warnings.push(`listing entry ${index + 1} has no link with a title; skipped`);
    });
    const next = /<li\b[^>]*class="[^"]*\bpager-next\b[^"]*"[^>]*>\s*<a\b[^>]*href="([^"]+)"/i.exec(html) ?? /<a\b[^>]*rel="next"[^>]*href="([^"]+)"/i.exec(html);
    return { entries, ...(next ? { nextPage: decodeEntities(next[1]!) } : {}), warnings };
  },
  article(bytes, context) {
    const { text, warnings } = decodeHtml(bytes, context.contentType);
    const page = parsePage([context.url, ...htmlToLines(text)].join('\n'), context.url);
    return { ...page, problems: [...warnings.map((message) => ({ file: context.url, message })), ...page.problems] };
  },
};
