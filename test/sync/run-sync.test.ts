import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadBundle } from '../../src/bundle/load-bundle.js';
import { ResponseCache } from '../../src/sync/response-cache.js';
import { readSyncRecord } from '../../src/sync/sync-record.js';
import { FixtureSite, inventArticles } from './fixture-site.js';
import { fakeClock, releasesByPath, syncFrom, tempFolders } from './sync-helpers.js';

const articlePaths = (site: FixtureSite) => site.paths().filter((path) => /^\/press-releases\/item-/.test(path));

describe('osce-tui sync against a fixture site', () => {
  let site: FixtureSite;
  let folders: Awaited<ReturnType<typeof tempFolders>>;
  beforeEach(async () => {
    site = await new FixtureSite(inventArticles(25)).start();
    folders = await tempFolders();
  });
  afterEach(async () => {
    await site.stop();
    await folders.dispose();
  });

  it('fills an empty bundle with every article, politely: robots.txt first, ≥ 2 s apart, our User-Agent', async () => {
    const { clock, sleeps } = fakeClock();
    const report = await syncFrom(site, folders, clock);
    expect(report.stoppedBecause).toBe('done');
    expect(report.new).toHaveLength(25);
    const releases = await releasesByPath(folders.bundleDir);
    expect(releases.size).toBe(25);
    expect([...releases.values()].every((release) => !release.summary)).toBe(true);
    const first = releases.get('/press-releases/item-0')!;
    expect(first.url).toBe('https://www.osce.org/press-releases/item-0');
    expect(first.date.iso).toBe('2020-03-01');
    expect(first.title).toBe('Imaginary gardeners meet for invented workshop number 0');
    expect(site.paths()[0]).toBe('/robots.txt');
    expect(site.paths().filter((path) => path.startsWith('/press-releases?'))).toEqual([
      '/press-releases?page=0',
      '/press-releases?page=1',
      '/press-releases?page=2',
    ]);
    expect(report.requests).toBe(site.requests.length);
    expect(sleeps).toHaveLength(site.requests.length - 1);
    expect(Math.min(...sleeps)).toBeGreaterThanOrEqual(2000);
    expect(
      site.requests.every(
        (request) => request.headers['user-agent'] === 'osce-tui/9.9.9 (+https://example.invalid/osce-tui)',
      ),
    ).toBe(true);
    const record = await readSyncRecord(folders.bundleDir);
    expect(record?.added).toHaveLength(25);
    expect(record?.complete).toBe(true);
  });

  it('removes the temp files a killed sync left in the bundle and in its cache, and keeps its own', async () => {
    const { clock } = fakeClock();
    await syncFrom(site, folders, clock);
    // 4194305 is above Linux's largest pid: the writer of these files cannot be running.
    const responses = join(folders.cacheDir, 'sync', 'responses');
    const [shard] = await readdir(responses);
    const left = [
      join(folders.bundleDir, '.sync.json.4194305.0a1b2c.tmp'),
      join(folders.cacheDir, 'sync', 'state-0123456789abcdef.json.4194305.0a1b2c3d.tmp'),
      join(responses, shard!, '0123456789abcdef.body.4194305.0a1b2c3d.tmp'),
    ];
    const alive = join(folders.cacheDir, 'sync', `state-0123456789abcdef.json.${process.ppid}.0a1b2c3d.tmp`);
    for (const file of [...left, alive]) await writeFile(file, '{"half":');
    await syncFrom(site, folders, clock);
    expect(left.filter((file) => existsSync(file))).toEqual([]);
    expect(existsSync(alive)).toBe(true);
  });

  it('on the next run reads only the newest listing pages and fetches only what is new; robots.txt is not asked again', async () => {
    const { clock } = fakeClock();
    await syncFrom(site, folders, clock);
    site.articles.push(...inventArticles(28).slice(25));
    site.requests.length = 0;
    const report = await syncFrom(site, folders, clock);
    expect(report.new).toHaveLength(3);
    expect(articlePaths(site).sort()).toEqual([
      '/press-releases/item-25',
      '/press-releases/item-26',
      '/press-releases/item-27',
    ]);
    // Page 0 has the new ones, page 1 is all known, page 2 is the one more for safety.
    expect(site.paths()).not.toContain('/robots.txt');
    expect(site.paths().filter((path) => path.startsWith('/press-releases?'))).toEqual([
      '/press-releases?page=0',
      '/press-releases?page=1',
      '/press-releases?page=2',
    ]);
    expect((await readSyncRecord(folders.bundleDir))?.added).toHaveLength(3);
  });

  it('stops after the first listing page whose entries are all known, plus one more page', async () => {
    site.articles = inventArticles(60);
    const { clock } = fakeClock();
    await syncFrom(site, folders, clock);
    site.requests.length = 0;
    const report = await syncFrom(site, folders, clock);
    expect(report.new).toHaveLength(0);
    expect(site.paths()).toEqual(['/press-releases?page=0', '/press-releases?page=1']);
    site.requests.length = 0;
    await syncFrom(site, folders, clock, { full: true });
    expect(site.paths()).toHaveLength(6);
  });

  it('sends the stored ETag and uses the stored body on 304, keeping the new validators', async () => {
    const { clock } = fakeClock();
    await syncFrom(site, folders, clock, { dryRun: true });
    expect(existsSync(folders.bundleDir)).toBe(false);
    site.requests.length = 0;
    const secondRunAt = clock.now();
    const report = await syncFrom(site, folders, clock);
    const stored = await new ResponseCache(join(folders.cacheDir, 'sync', 'responses')).meta(
      `${site.url}/press-releases/item-0`,
    );
    expect(stored?.etag).toBe('"item-0-v1"');
    expect(stored?.fetchedAt).toBeGreaterThan(secondRunAt);
    const conditional = site.requests.filter((request) => request.headers['if-none-match'] !== undefined);
    expect(conditional.map((request) => request.path).sort()).toEqual(articlePaths(site).sort());
    expect(report.new).toHaveLength(25);
    expect([...(await releasesByPath(folders.bundleDir)).values()].every((release) => !release.summary)).toBe(true);
  });

  it('waits as Retry-After says on 429, backs off 30 s on 503 without it, and goes on', async () => {
    let throttled = 0;
    site.faults.set('/press-releases/item-5', (_request, response) => {
      if (throttled++ > 0) return false;
      response.writeHead(429, { 'retry-after': '7' });
      response.end();
    });
    let busy = 0;
    site.faults.set('/press-releases/item-6', (_request, response) => {
      if (busy++ > 0) return false;
      response.writeHead(503);
      response.end();
    });
    const { clock, sleeps } = fakeClock();
    const report = await syncFrom(site, folders, clock);
    expect(report.stoppedBecause).toBe('done');
    expect(sleeps).toContain(7000);
    expect(sleeps).toContain(30_000);
    expect(report.new).toHaveLength(25);
  });

  it('stops after three 429/503 answers in a row, keeps everything, and the next run goes on without fetching again', async () => {
    site.faults.set('/press-releases/item-10', (_request, response) => {
      response.writeHead(503);
      response.end();
    });
    const { clock, sleeps } = fakeClock();
    const first = await syncFrom(site, folders, clock);
    expect(first.stoppedBecause).toBe('rate-limited');
    expect(first.resumable).toBe(true);
    expect(sleeps.filter((ms) => ms >= 30_000)).toEqual([30_000, 60_000]);
    const kept = await releasesByPath(folders.bundleDir);
    expect(kept.size).toBe(25);
    const fetchedBefore = new Set(articlePaths(site).filter((path) => path !== '/press-releases/item-10'));
    expect(fetchedBefore.size).toBeGreaterThan(0);
    site.faults.clear();
    site.requests.length = 0;
    const second = await syncFrom(site, folders, clock);
    expect(second.stoppedBecause).toBe('done');
    expect(articlePaths(site).filter((path) => fetchedBefore.has(path))).toEqual([]);
    expect([...(await releasesByPath(folders.bundleDir)).values()].every((release) => !release.summary)).toBe(true);
  });

  it('stops at once on 403 and says so; the summaries are kept', async () => {
    site.faults.set('/press-releases/item-20', (_request, response) => {
      response.writeHead(403);
      response.end();
    });
    const { clock } = fakeClock();
    const report = await syncFrom(site, folders, clock);
    expect(report.stoppedBecause).toBe('forbidden');
    expect(report.message).toMatch(/403/);
    expect(site.paths().filter((path) => path === '/press-releases/item-20')).toHaveLength(1);
    expect((await loadBundle(folders.bundleDir)).releases).toHaveLength(25);
  });

  it('never requests a path robots.txt disallows', async () => {
    site.robots = 'User-agent: *\nDisallow: /press-releases/item-3\n';
    const { clock } = fakeClock();
    const report = await syncFrom(site, folders, clock);
    expect(site.paths()).not.toContain('/press-releases/item-3');
    expect(report.skipped).toContainEqual({
      url: 'https://www.osce.org/press-releases/item-3',
      reason: 'robots.txt disallows it',
    });
    expect((await releasesByPath(folders.bundleDir)).get('/press-releases/item-3')?.summary).toBe(true);
  });

  it('honours a Crawl-delay longer than 2 s', async () => {
    site.robots = 'User-agent: *\nCrawl-delay: 5\n';
    const { clock, sleeps } = fakeClock();
    await syncFrom(site, folders, clock);
    expect(Math.min(...sleeps.slice(1))).toBeGreaterThanOrEqual(5000);
  });

  it('skips a response slower than the timeout and a connection reset mid-body, and tries them next run', async () => {
    site.faults.set('/press-releases/item-2', (_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html' });
      response.write('<html><body>'); // and never more
    });
    site.faults.set('/press-releases/item-4', (_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html', 'content-length': '5000' });
      response.write('<html><body><p>half a page', () => response.socket?.destroy());
    });
    const { clock } = fakeClock();
    const report = await syncFrom(site, folders, clock, { pace: { timeoutMs: 300 } });
    expect(report.stoppedBecause).toBe('done');
    const reasons = Object.fromEntries(report.skipped.map((item) => [new URL(item.url).pathname, item.reason]));
    expect(reasons['/press-releases/item-2']).toMatch(/no whole answer within/);
    expect(reasons['/press-releases/item-4']).toMatch(/closed in the middle of the body|middle of the body/);
    expect(report.resumable).toBe(true);
    site.faults.clear();
    site.requests.length = 0;
    const second = await syncFrom(site, folders, clock);
    expect(articlePaths(site).sort()).toEqual(['/press-releases/item-2', '/press-releases/item-4']);
    expect(second.updated).toHaveLength(2);
    expect(second.resumable).toBe(false);
  });

  it('follows a redirect on the site but not one to a foreign host', async () => {
    site.faults.set('/press-releases/item-7', (_request, response) => {
      response.writeHead(302, { location: 'http://foreign.invalid/press-releases/item-7' });
      response.end();
    });
    site.faults.set('/press-releases/item-8', (_request, response) => {
      response.writeHead(301, { location: '/press-releases/item-9' });
      response.end();
    });
    const { clock } = fakeClock();
    const report = await syncFrom(site, folders, clock);
    expect(report.skipped.find((item) => item.url.endsWith('/item-7'))?.reason).toBe(
      'redirected off the allowed hosts, to http://foreign.invalid/press-releases/item-7',
    );
    const releases = await releasesByPath(folders.bundleDir);
    expect(releases.get('/press-releases/item-7')?.summary).toBe(true);
    expect(releases.get('/press-releases/item-8')?.summary).toBe(false);
  });

  it('cuts a 20 MB answer at 10 MB and reports it', async () => {
    const chunk = Buffer.alloc(1024 * 1024, 'a');
    site.faults.set('/press-releases/item-1', (_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html' });
      let sent = 0;
      const more = (): void => {
        while (sent < 20 && response.write(chunk)) sent++;
        if (sent < 20) response.once('drain', () => more());
        else response.end();
      };
      response.on('error', () => undefined);
      more();
    });
    const { clock } = fakeClock();
    const report = await syncFrom(site, folders, clock);
    expect(report.skipped.find((item) => item.url.endsWith('/item-1'))?.reason).toBe('larger than 10 MB');
    expect(report.warnings.some((warning) => /larger than 10 MB; cut at 10 MB/.test(warning))).toBe(true);
    expect(report.stoppedBecause).toBe('done');
  });

  it('reads a page by its meta charset when the header has none, and reports bytes that are not what the header says', async () => {
    const cyrillic = 'Вымышленные садоводы встретились';
    site.faults.set('/press-releases/item-11', (_request, response) => {
      const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head><body><div class="content--header"><p>Press release</p><h1>${cyrillic}</h1></div><p>Date: 11 March 2020</p><div class="pane-content"><p>BRIGHTWATER, 11 March 2020 – ${cyrillic} снова.</p></div></body></html>`;
      response.writeHead(200, { 'content-type': 'text/html' });
      response.end(Buffer.from(new TextEncoder().encode(html).length ? encode1251(html) : []));
    });
    site.faults.set('/press-releases/item-12', (_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(
        Buffer.from(
          '<html><body><div class="content--header"><h1>Caf\u00e9 of invented gardeners</h1></div><p>Date: 12 March 2020</p><p>BRIGHTWATER, 12 March 2020 \u2013 The caf\u00e9 opened.</p></body></html>',
          'latin1',
        ),
      );
    });
    const { clock } = fakeClock();
    const report = await syncFrom(site, folders, clock);
    const releases = await releasesByPath(folders.bundleDir);
    expect(releases.get('/press-releases/item-11')?.title).toBe(cyrillic);
    expect(releases.get('/press-releases/item-12')?.summary).toBe(false);
    expect(report.warnings.some((warning) => /item-12: invalid UTF-8 at byte offset \d+/.test(warning))).toBe(true);
  });

  it('loses nothing and doubles nothing when a release is published between two listing pages', async () => {
    site.faults.set('/press-releases?page=1', () => {
      // Published just before page 1 is read: every entry moves down by one.
      if (site.articles.length === 25) site.articles.push(...inventArticles(26).slice(25));
      return false;
    });
    const { clock } = fakeClock();
    const report = await syncFrom(site, folders, clock);
    const bundle = await loadBundle(folders.bundleDir);
    const ids = bundle.releases.map((release) => release.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(bundle.releases).toHaveLength(25);
    expect(report.new).toHaveLength(25);
    expect(articlePaths(site)).toHaveLength(25);
    site.faults.clear();
    const next = await syncFrom(site, folders, clock);
    expect(next.new).toHaveLength(1);
  });

  it('leaves releases older than --since, and stops its walk there', async () => {
    const { clock } = fakeClock();
    const report = await syncFrom(site, folders, clock, { since: '2020-03-20' });
    expect(report.new).toHaveLength(6);
    expect(site.paths().filter((path) => path.startsWith('/press-releases?'))).toEqual(['/press-releases?page=0']);
  });

  it('stops at --max-requests and the next run goes on where it stopped', async () => {
    const { clock } = fakeClock();
    const first = await syncFrom(site, folders, clock, { maxRequests: 10 });
    expect(first.stoppedBecause).toBe('max-requests');
    expect(site.requests).toHaveLength(10);
    const before = new Set(site.paths());
    site.requests.length = 0;
    const second = await syncFrom(site, folders, clock);
    expect(second.stoppedBecause).toBe('done');
    expect(site.paths().filter((path) => before.has(path))).toEqual([]);
    expect([...(await releasesByPath(folders.bundleDir)).values()].filter((release) => release.summary)).toEqual([]);
    expect((await readSyncRecord(folders.bundleDir))?.added).toHaveLength(25);
  });

  it('skips listing links that lead off the site', async () => {
    site.faults.set('/press-releases?page=2', (_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html' });
      response.end(
        '<div class="search-result-news"><h3 class="search-title"><a href="http://elsewhere.invalid/trap">An invented trap</a></h3><div class="publishing-date">1 March 2020</div></div>',
      );
    });
    const { clock } = fakeClock();
    const report = await syncFrom(site, folders, clock);
    expect(report.skipped).toContainEqual({
      url: 'http://elsewhere.invalid/trap',
      reason: `the link on ${site.url}/press-releases?page=2 leads off the site`,
    });
  });

  it('finishes the run when a listing is not on the site, and says so', async () => {
    site.faults.set('/odihr/newsroom?page=0', (_request, response) => {
      response.writeHead(404);
      response.end();
    });
    const { clock } = fakeClock();
    const report = await syncFrom(site, folders, clock, { sources: ['press-releases', 'odihr'] });
    expect(report.warnings).toContain(
      `${site.url}/odihr/newsroom?page=0: HTTP 404; the ODIHR newsroom listing was not read`,
    );
    expect(report.resumable).toBe(false);
    expect(report.new).toHaveLength(25);
  });

  it('says the network is gone at once when nothing answers', async () => {
    await site.stop();
    const { clock, sleeps } = fakeClock();
    const report = await syncFrom(site, folders, clock);
    expect(report.stoppedBecause).toBe('offline');
    expect(report.requests).toBe(1);
    expect(sleeps).toEqual([]);
    expect(existsSync(join(folders.bundleDir, 'manifest.json'))).toBe(false);
    site = await new FixtureSite([]).start();
  });

  it('keeps the state file whole JSON after every run', async () => {
    const { clock } = fakeClock();
    await syncFrom(site, folders, clock, { maxRequests: 5 });
    const { readdir } = await import('node:fs/promises');
    const files = (await readdir(join(folders.cacheDir, 'sync'))).filter((name) => name.startsWith('state-'));
    expect(files).toHaveLength(1);
    const state = JSON.parse(await readFile(join(folders.cacheDir, 'sync', files[0]!), 'utf8')) as {
      run: { pending: unknown[] };
    };
    expect(state.run.pending.length).toBeGreaterThan(0);
  });
});

// windows-1251 for the Cyrillic letters used above (TextEncoder only writes UTF-8).
function encode1251(text: string): Buffer {
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code < 0x80) bytes.push(code);
    else if (code >= 0x410 && code <= 0x44f) bytes.push(code - 0x410 + 0xc0);
    else if (code === 0x2013) bytes.push(0x96);
    else bytes.push(0x3f);
  }
  return Buffer.from(bytes);
}
