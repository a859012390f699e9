import robotsParserModule from 'robots-parser';
import type { Clock } from './clock.js';
import { type HttpAnswer, httpGet, RequestFailure } from './http-get.js';
import type { CachedMeta, ResponseCache } from './response-cache.js';

/** Why a sync stops before it is done; everything fetched so far is kept. */
export type StopReason = 'offline' | 'forbidden' | 'rate-limited' | 'max-requests' | 'robots-unavailable';

/** What one fetch gave: a page, a reason to skip this URL, or a reason to stop the whole sync. */
export type FetchOutcome =
  | { kind: 'page'; url: string; body: Buffer; contentType?: string; source: 'network' | 'not-modified' | 'stored' }
  | {
      kind: 'skip';
      url: string;
      reason: string /** Worth trying again in a later run (a timeout, a reset, a 5xx). */;
      transient?: boolean;
    }
  | { kind: 'stop'; reason: StopReason; message: string };

/** How polite and how patient the fetcher is. */
export interface FetcherSettings {
  userAgent: string;
  clock: Clock;
  /** 0 ≤ x < 1, for the jitter. */
  random: () => number;
  /** At least this long between two requests (the Crawl-delay wins when longer). */
  minDelayMs: number;
  jitterMs: number;
  timeoutMs: number;
  maxBytes: number;
  maxRequests: number;
  /** First wait after a 429/503 without Retry-After; doubled each time up to backoffMaxMs. */
  backoffFirstMs: number;
  backoffMaxMs: number;
  /** Answers stored after this time are used again without a request (an interrupted run resumes). */
  reuseSince?: number;
  /** Whether a request (or a redirect) may go to this URL. */
  mayFetch: (url: string) => boolean;
  /** Called before each request goes out. */
  onRequest?: (url: string) => void;
}

/** Defaults that follow the rules for osce.org. */
export const POLITE_DEFAULTS = {
  minDelayMs: 2000,
  jitterMs: 1000,
  timeoutMs: 30_000,
  maxBytes: 10 * 1024 * 1024,
  backoffFirstMs: 30_000,
  backoffMaxMs: 10 * 60_000,
  /** robots.txt is read again after a day. */
  robotsMaxAgeMs: 24 * 60 * 60_000,
  maxRedirects: 5,
  /** 429/503 answers in a row that end the run. */
  maxThrottled: 3,
} as const;

/** The robots.txt user-agent token: the product name in our User-Agent. */
const ROBOTS_AGENT = 'osce-tui';

interface Robots {
  isAllowed(url: string, ua?: string): boolean | undefined;
  getCrawlDelay(ua?: string): number | undefined;
}

// The package is CommonJS: its default import is the parser function itself, whatever its types say.
const robotsParser = robotsParserModule as unknown as (url: string, text: string) => Robots;

/**
 * Fetches one URL at a time the polite way: robots.txt first (kept a day), a pause before every
 * request, conditional requests from stored validators, redirects only to allowed hosts, waits
 * on 429/503, and every answer stored in the response cache as soon as it arrives.
 */
export class PoliteFetcher {
  /** Requests sent, robots.txt and redirects included. */
  requests = 0;
  /** Things worth telling that did not stop the URL: a cut body, an ignored header. */
  readonly warnings: string[] = [];
  private lastRequestAt = Number.NEGATIVE_INFINITY;
  private throttledInRow = 0;
  private readonly robots = new Map<string, Robots | StopOutcome>();

  constructor(
    private readonly cache: ResponseCache,
    private readonly settings: FetcherSettings,
  ) {}

  /** Fetches `url` (following up to 5 allowed redirects). */
  async get(url: string): Promise<FetchOutcome> {
    let current = url;
    for (let hop = 0; hop <= POLITE_DEFAULTS.maxRedirects; hop++) {
      if (!this.settings.mayFetch(current))
        return { kind: 'skip', url, reason: `redirected off the allowed hosts, to ${current}` };
      const robots = await this.robotsFor(current);
      if ('kind' in robots) return robots;
      if (robots.isAllowed(current, ROBOTS_AGENT) === false)
        return { kind: 'skip', url, reason: 'robots.txt disallows it' };
      const answer = await this.fetchOnce(current, robots);
      if (answer.kind !== 'redirect') return answer.kind === 'page' ? { ...answer, url } : answer;
      current = answer.location;
    }
    return { kind: 'skip', url, reason: `more than ${POLITE_DEFAULTS.maxRedirects} redirects` };
  }

  private async fetchOnce(
    url: string,
    robots: Robots | undefined,
  ): Promise<FetchOutcome | { kind: 'redirect'; location: string }> {
    const stored = await this.cache.meta(url);
    const reused = await this.reuse(url, stored);
    if (reused) return reused;
    for (;;) {
      const sent = await this.send(url, stored, robots);
      if ('kind' in sent) return sent;
      const { answer, meta } = sent;
      const status = answer.status;
      if (status === 429 || status === 503) {
        this.throttledInRow++;
        if (this.throttledInRow >= POLITE_DEFAULTS.maxThrottled) {
          return {
            kind: 'stop',
            reason: 'rate-limited',
            message: `the site answered ${status} (too busy) ${this.throttledInRow} times in a row`,
          };
        }
        await this.settings.clock.sleep(this.retryDelay(answer));
        continue;
      }
      this.throttledInRow = 0;
      if (status === 403)
        return { kind: 'stop', reason: 'forbidden', message: `the site refused ${url} (403 Forbidden)` };
      if (status === 304) {
        const body = await this.cache.body(url);
        if (body && stored?.status === 200)
          return { kind: 'page', url, body, contentType: stored.contentType, source: 'not-modified' };
        // The stored body is gone (cache cleaned): ask again, without validators.
        return this.refetchWhole(url, robots);
      }
      if (status >= 300 && status < 400 && answer.headers.location) {
        return { kind: 'redirect', location: new URL(answer.headers.location, url).href };
      }
      if (status !== 200) return { kind: 'skip', url, reason: `HTTP ${status}`, transient: status >= 500 };
      if (meta.truncated) {
        const limit = `${Math.round(this.settings.maxBytes / (1024 * 1024))} MB`;
        this.warnings.push(`${url}: the answer is larger than ${limit}; cut at ${limit} and not read`);
        return { kind: 'skip', url, reason: `larger than ${limit}` };
      }
      return { kind: 'page', url, body: answer.body, contentType: meta.contentType, source: 'network' };
    }
  }

  private async refetchWhole(
    url: string,
    robots: Robots | undefined,
  ): Promise<FetchOutcome | { kind: 'redirect'; location: string }> {
    const sent = await this.send(url, undefined, robots);
    if ('kind' in sent) return sent;
    if (sent.answer.status !== 200 || sent.meta.truncated)
      return { kind: 'skip', url, reason: `HTTP ${sent.answer.status}` };
    return { kind: 'page', url, body: sent.answer.body, contentType: sent.meta.contentType, source: 'network' };
  }

  // An answer this run (or the interrupted run it resumes) already stored is not asked for again.
  private async reuse(
    url: string,
    stored: CachedMeta | undefined,
  ): Promise<FetchOutcome | { kind: 'redirect'; location: string } | undefined> {
    const since = this.settings.reuseSince;
    if (since === undefined || !stored || stored.fetchedAt <= since) return undefined;
    if (stored.status >= 300 && stored.status < 400 && stored.location)
      return { kind: 'redirect', location: stored.location };
    if (stored.status !== 200 || stored.truncated) return undefined;
    const body = await this.cache.body(url);
    return body ? { kind: 'page', url, body, contentType: stored.contentType, source: 'stored' } : undefined;
  }

  // One request after the pause; the answer (a 304 or an error status too) is stored at once.
  private async send(
    url: string,
    stored: CachedMeta | undefined,
    robots: Robots | undefined,
  ): Promise<{ answer: HttpAnswer; meta: CachedMeta } | StopOutcome | SkipOutcome> {
    if (this.requests >= this.settings.maxRequests) {
      return { kind: 'stop', reason: 'max-requests', message: `reached --max-requests ${this.settings.maxRequests}` };
    }
    await this.pause(robots);
    const headers: Record<string, string> = { 'user-agent': this.settings.userAgent, accept: 'text/html,*/*;q=0.5' };
    if (stored?.status === 200 && !stored.truncated) {
      if (stored.etag) headers['if-none-match'] = stored.etag;
      if (stored.lastModified) headers['if-modified-since'] = stored.lastModified;
    }
    this.requests++;
    this.settings.onRequest?.(url);
    let answer: HttpAnswer;
    try {
      answer = await httpGet(url, { headers, timeoutMs: this.settings.timeoutMs, maxBytes: this.settings.maxBytes });
    } catch (error) {
      this.lastRequestAt = this.settings.clock.now();
      if (error instanceof RequestFailure && error.kind === 'offline') {
        return { kind: 'stop', reason: 'offline', message: `cannot reach ${new URL(url).host} (${error.message})` };
      }
      return { kind: 'skip', url, reason: error instanceof Error ? error.message : String(error), transient: true };
    }
    this.lastRequestAt = this.settings.clock.now();
    const meta = metaOf(url, answer, stored, this.lastRequestAt);
    await this.cache.store(meta, answer.status === 304 ? undefined : answer.body);
    return { answer, meta };
  }

  private async pause(robots: Robots | undefined): Promise<void> {
    const crawlDelay = (robots?.getCrawlDelay(ROBOTS_AGENT) ?? 0) * 1000;
    const gap = Math.max(this.settings.minDelayMs, crawlDelay) + this.settings.random() * this.settings.jitterMs;
    const wait = this.lastRequestAt + gap - this.settings.clock.now();
    if (wait > 0) await this.settings.clock.sleep(wait);
  }

  private retryDelay(answer: HttpAnswer): number {
    const header = answer.headers['retry-after']?.trim();
    if (header) {
      const seconds = /^\d+$/.test(header) ? Number(header) * 1000 : Date.parse(header) - this.settings.clock.now();
      if (Number.isFinite(seconds) && seconds >= 0) return seconds;
      this.warnings.push(`Retry-After "${header}" is neither seconds nor a date; waited as without it`);
    }
    return Math.min(this.settings.backoffMaxMs, this.settings.backoffFirstMs * 2 ** (this.throttledInRow - 1));
  }

  // robots.txt of the URL's origin: from the cache when younger than a day, else fetched.
  private async robotsFor(url: string): Promise<Robots | StopOutcome> {
    const origin = new URL(url).origin;
    const known = this.robots.get(origin);
    if (known) return known;
    const robotsUrl = `${origin}/robots.txt`;
    const stored = await this.cache.meta(robotsUrl);
    let result: Robots | StopOutcome;
    if (stored && this.settings.clock.now() - stored.fetchedAt < POLITE_DEFAULTS.robotsMaxAgeMs) {
      result = robotsParser(
        robotsUrl,
        stored.status === 200 ? ((await this.cache.body(robotsUrl))?.toString('utf8') ?? '') : '',
      );
    } else {
      const sent = await this.send(robotsUrl, undefined, undefined);
      if ('kind' in sent) {
        if (sent.kind === 'stop') return sent;
        return {
          kind: 'stop',
          reason: 'robots-unavailable',
          message: `cannot read ${robotsUrl} (${sent.reason}); sync reads nothing it has not been allowed to`,
        };
      }
      const status = sent.answer.status;
      if (status >= 500 || status === 429) {
        return {
          kind: 'stop',
          reason: 'robots-unavailable',
          message: `${robotsUrl} answered ${status}; sync reads nothing it has not been allowed to`,
        };
      }
      // No robots.txt (404, or any other 4xx) allows everything, as crawlers read it.
      result = robotsParser(robotsUrl, status === 200 ? sent.answer.body.toString('utf8') : '');
    }
    this.robots.set(origin, result);
    return result;
  }
}

/** A reason to stop the whole sync. */
export type StopOutcome = Extract<FetchOutcome, { kind: 'stop' }>;
type SkipOutcome = Extract<FetchOutcome, { kind: 'skip' }>;

function metaOf(url: string, answer: HttpAnswer, stored: CachedMeta | undefined, at: number): CachedMeta {
  const meta: CachedMeta = { url, status: answer.status, fetchedAt: at };
  if (answer.status === 304 && stored) {
    // A 304 keeps the stored answer and takes any new validators it sends.
    return {
      ...stored,
      fetchedAt: at,
      etag: answer.headers.etag ?? stored.etag,
      lastModified: answer.headers['last-modified'] ?? stored.lastModified,
    };
  }
  if (answer.headers.etag) meta.etag = answer.headers.etag;
  if (answer.headers['last-modified']) meta.lastModified = answer.headers['last-modified'];
  if (answer.headers['content-type']) meta.contentType = answer.headers['content-type'];
  if (answer.headers.location) meta.location = new URL(answer.headers.location, url).href;
  if (answer.truncated) meta.truncated = true;
  return meta;
}
