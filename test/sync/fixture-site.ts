/**
 * A small invented news site on 127.0.0.1 in the older osce.org theme, for sync tests: listing
 * pages with a pager, articles with ETags, robots.txt, and faults a test plants on any path.
 * Every text here is made up.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { MONTH_NAMES } from '../../src/text/month-names.js';

/** One invented article. */
export interface FixtureArticle {
  slug: string;
  title: string;
  /** ISO day. */
  day: string;
  body: string;
}

/** A request the site saw. */
export interface SeenRequest {
  path: string;
  headers: IncomingMessage['headers'];
}

/** A fault planted on a path: it answers instead of the site, and returns false to let the site answer. */
// biome-ignore lint/suspicious/noConfusingVoidType: most faults are one-line arrows that answer and return nothing.
export type Fault = (request: IncomingMessage, response: ServerResponse) => boolean | void;

const MONTHS = MONTH_NAMES;

function longDate(day: string): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return `${date} ${MONTHS[month - 1]} ${year}`;
}

/** `count` invented articles, oldest first, one a day from 1 March 2020. */
export function inventArticles(count: number, prefix = 'item'): FixtureArticle[] {
  return Array.from({ length: count }, (_, i) => {
    const day = new Date(Date.UTC(2020, 2, 1 + i)).toISOString().slice(0, 10);
    return {
      slug: `${prefix}-${i}`,
      title: `Imaginary gardeners meet for invented workshop number ${i}`,
      day,
      body: `Forty made-up gardeners met for the invented workshop number ${i} to compare pretend turnips.`,
    };
  });
}

export function articleHtml(article: FixtureArticle): string {
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${article.title} | Fixture</title>
<link rel="canonical" href="/press-releases/${article.slug}"></head>
<body>
<nav><ul><li><a href="/press-releases">Newsroom</a></li><li><a href="/about">About</a></li></ul></nav>
<div class="content--header"><p>Press release</p><h1>${article.title}</h1></div>
<div class="meta"><p>Date: ${longDate(article.day)}</p></div>
<div class="pane-content">
<p>BRIGHTWATER, ${longDate(article.day)} – ${article.body}</p>
<p>The imaginary organizers said they would meet again when the pretend season turns.</p>
</div>
<footer><p>Fixture site footer</p></footer>
</body></html>`;
}

export function listingHtml(entries: FixtureArticle[], page: number, hasNext: boolean, path: string): string {
  const items = entries
    .map(
      (article) => `<div class="search-result-news">
  <h3 class="search-title"><a href="/press-releases/${article.slug}">${article.title}</a></h3>
  <div class="publishing-date">Publishing date: ${longDate(article.day)}</div>
  <div class="search-snippet">${article.body}</div>
</div>`,
    )
    .join('\n');
  const pager = hasNext
    ? `<ul class="pager"><li class="pager-next"><a href="${path}?page=${page + 1}">next ›</a></li></ul>`
    : '';
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Newsroom</title></head>
<body><nav><a href="/">Home</a></nav><h1>Newsroom</h1>
${items}
${pager}
<footer>Fixture site footer</footer></body></html>`;
}

/** The fixture site; `url` is its base. */
export class FixtureSite {
  url = '';
  readonly requests: SeenRequest[] = [];
  /** Articles, oldest first; the press-releases listing shows them newest first. */
  articles: FixtureArticle[];
  pageSize: number;
  robots = 'User-agent: *\nDisallow: /private/\n';
  readonly faults = new Map<string, Fault>();
  /** Articles not reachable at their own address, but only through a listing (tests of faults on them). */
  private readonly server: Server;
  /** How long the site waits before answering each request (0: at once). */
  answerDelayMs = 0;

  constructor(articles: FixtureArticle[], pageSize = 10) {
    this.articles = articles;
    this.pageSize = pageSize;
    this.server = createServer((request, response) => {
      if (this.answerDelayMs > 0) setTimeout(() => this.answer(request, response), this.answerDelayMs);
      else this.answer(request, response);
    });
  }

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** Paths requested, in order. */
  paths(): string[] {
    return this.requests.map((request) => request.path);
  }

  private answer(request: IncomingMessage, response: ServerResponse): void {
    const path = request.url ?? '/';
    this.requests.push({ path, headers: request.headers });
    const fault = this.faults.get(path);
    if (fault && fault(request, response) !== false) return;
    const url = new URL(path, 'http://fixture');
    if (url.pathname === '/robots.txt') {
      send(response, 200, this.robots, 'text/plain');
      return;
    }
    if (url.pathname === '/press-releases') {
      const page = Number(url.searchParams.get('page') ?? '0');
      const newest = [...this.articles].reverse();
      const entries = newest.slice(page * this.pageSize, (page + 1) * this.pageSize);
      send(response, 200, listingHtml(entries, page, (page + 1) * this.pageSize < newest.length, url.pathname));
      return;
    }
    if (['/fom/statements', '/ukraine-smm/reports', '/odihr/newsroom'].includes(url.pathname)) {
      send(response, 200, listingHtml([], 0, false, url.pathname));
      return;
    }
    const article = this.articles.find((item) => url.pathname === `/press-releases/${item.slug}`);
    if (!article) {
      send(response, 404, 'not here', 'text/plain');
      return;
    }
    const etag = `"${article.slug}-v1"`;
    if (request.headers['if-none-match'] === etag) {
      response.writeHead(304, { etag });
      response.end();
      return;
    }
    response.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      etag,
      'last-modified': 'Mon, 02 Mar 2020 10:00:00 GMT',
    });
    response.end(articleHtml(article));
  }
}

function send(response: ServerResponse, status: number, body: string, type = 'text/html; charset=utf-8'): void {
  response.writeHead(status, { 'content-type': type });
  response.end(body);
}
