import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { gunzipSync } from 'node:zlib';

/** One answer, whole or cut at the size limit. Header names are lower-case. */
export interface HttpAnswer {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
  /** The body was longer than the limit and was cut there. */
  truncated: boolean;
}

/** Why a request gave no answer. 'offline' means the host could not be reached at all. */
export type FailureKind = 'offline' | 'timeout' | 'reset';

/** A request that gave no (whole) answer. */
export class RequestFailure extends Error {
  readonly kind: FailureKind;
  constructor(kind: FailureKind, message: string) {
    super(message);
    this.name = 'RequestFailure';
    this.kind = kind;
  }
}

/** Options for one GET. */
export interface GetOptions {
  headers: Record<string, string>;
  timeoutMs: number;
  maxBytes: number;
}

// Errors that mean no route to the host, not a fault of one page: no network, no DNS, refused.
const OFFLINE_CODES = new Set([
  'ENOTFOUND',
  'EAI_AGAIN',
  'ECONNREFUSED',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'ENETDOWN',
  'EHOSTDOWN',
  'EADDRNOTAVAIL',
]);

/**
 * One GET without following redirects (the caller checks where they lead). The whole request,
 * body included, must finish within `timeoutMs`; a body over `maxBytes` is cut there and the
 * connection dropped. Rejects with RequestFailure when there is no whole answer.
 */
export function httpGet(url: string, options: GetOptions): Promise<HttpAnswer> {
  return new Promise((resolve, reject) => {
    const target = new URL(url);
    const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
    let settled = false;
    const finish = (outcome: HttpAnswer | RequestFailure): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (outcome instanceof RequestFailure) reject(outcome);
      else resolve(outcome);
    };
    const req = send(target, { method: 'GET', headers: { ...options.headers, 'accept-encoding': 'gzip' } });
    const timer = setTimeout(() => {
      finish(new RequestFailure('timeout', `no whole answer within ${Math.round(options.timeoutMs / 1000)} s`));
      req.destroy();
    }, options.timeoutMs);
    req.on('error', (error: NodeJS.ErrnoException) => {
      const offline = error.code !== undefined && OFFLINE_CODES.has(error.code);
      finish(new RequestFailure(offline ? 'offline' : 'reset', `${error.code ?? 'error'}: ${error.message}`));
    });
    req.on('response', (response) => readBody(response, options.maxBytes, finish, () => req.destroy()));
    req.end();
  });
}

function readBody(
  response: IncomingMessage,
  maxBytes: number,
  finish: (outcome: HttpAnswer | RequestFailure) => void,
  drop: () => void,
): void {
  const chunks: Buffer[] = [];
  let size = 0;
  let truncated = false;
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(response.headers)) {
    if (value !== undefined) headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  const gzipped = /\bgzip\b/i.test(headers['content-encoding'] ?? '');
  const answer = (): void => {
    let body: Buffer = Buffer.concat(chunks);
    if (gzipped) {
      try {
        body = gunzipSync(body, { maxOutputLength: maxBytes });
      } catch (error) {
        if (!(error instanceof RangeError) && !truncated) {
          finish(new RequestFailure('reset', `the gzip body is damaged (${(error as Error).message})`));
          return;
        }
        // Over the limit once unpacked (or cut while packed): marked cut, so the page is not read.
        truncated = true;
        body = Buffer.alloc(0);
      }
    }
    finish({ status: response.statusCode ?? 0, headers, body, truncated });
  };
  response.on('data', (chunk: Buffer) => {
    if (truncated) return;
    const room = maxBytes - size;
    if (chunk.length > room) {
      chunks.push(chunk.subarray(0, room));
      size = maxBytes;
      truncated = true;
      answer();
      drop();
      return;
    }
    chunks.push(chunk);
    size += chunk.length;
  });
  response.on('end', () => {
    if (!truncated) answer();
  });
  // A connection that drops mid-body ends the response without `end`.
  response.on('close', () => {
    if (!response.complete && !truncated)
      finish(new RequestFailure('reset', 'the connection closed in the middle of the body'));
  });
  response.on('error', (error) => {
    if (!truncated)
      finish(new RequestFailure('reset', `the connection failed in the middle of the body (${error.message})`));
  });
}
