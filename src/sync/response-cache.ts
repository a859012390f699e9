import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeCacheFile } from './atomic-write.js';

/** What is kept about the last answer for a URL (the body lies beside it). */
export interface CachedMeta {
  url: string;
  status: number;
  /** ms since the epoch of the last answer, a 304 included. */
  fetchedAt: number;
  etag?: string;
  lastModified?: string;
  contentType?: string;
  /** Where a redirect pointed. */
  location?: string;
  /** The body was cut at the size limit. */
  truncated?: boolean;
}

/**
 * Raw responses and their headers, one pair of files per URL: `<hash>.body`, then `<hash>.json`.
 * The body is written first, so meta that is present always describes a body that is whole.
 */
export class ResponseCache {
  constructor(readonly dir: string) {}

  private paths(url: string): { meta: string; body: string } {
    const hash = createHash('sha256').update(url).digest('hex');
    const base = join(this.dir, hash.slice(0, 2), hash.slice(2, 24));
    return { meta: `${base}.json`, body: `${base}.body` };
  }

  async meta(url: string): Promise<CachedMeta | undefined> {
    try {
      const meta = JSON.parse(await readFile(this.paths(url).meta, 'utf8')) as CachedMeta;
      return meta.url === url ? meta : undefined;
    } catch {
      return undefined;
    }
  }

  async body(url: string): Promise<Buffer | undefined> {
    return readFile(this.paths(url).body).catch(() => undefined);
  }

  /** Keeps an answer; `body` undefined keeps the stored body (a 304 updates only the meta). */
  async store(meta: CachedMeta, body?: Uint8Array): Promise<void> {
    const paths = this.paths(meta.url);
    if (body !== undefined) await writeCacheFile(paths.body, body);
    await writeCacheFile(paths.meta, JSON.stringify(meta));
  }
}
