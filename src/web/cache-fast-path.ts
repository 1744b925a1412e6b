// Cache hits answered on the raw Node request, before Fastify routes anything. A GET or HEAD for
// a page the cache holds gets the same bytes and headers as the routed path in page-cache-hooks.ts
// (security headers, ETag and 304, the best encoding, a fresh comment-form token), written as
// pieces of the stored body in one writev, with the one log line a request. Anything else falls
// through to Fastify: a miss, a reader with held comments (their page is personal), an old
// WordPress ?p= link on the front page (a redirect), a search (rate-limited per client), a page whose
// form token needs the secret before it has been read once.
// A hit does as little as it can: each entry's response headers are built once per encoding as a
// flat array for writeHead (nothing is set header by header), the token is signed once per
// article per millisecond (comments/form-token.ts), and the log line is only made when it prints.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { type CachedPage, chooseEncoding, type Encoding, type PageCache, pageChunks } from '../cache/page-cache.ts';
import { cacheKeyOf } from './cache-key.ts';
import { heldCookie } from './held-comments.ts';
import { mayBeLegacyQueryLink } from './legacy-query-links.ts';

export interface FastPathOptions {
  pageCache: PageCache;
  /** The public site's security headers (security-headers.ts), the same as the routed path sends. */
  securityHeaders: Readonly<Record<string, string>>;
  /** A signed form token for an article, or undefined when it cannot be made without waiting. */
  formTokenNow: (articleId: number) => string | undefined;
  /** True once the server is stopping: answers then close their connection, as Fastify's do. */
  draining?: () => boolean;
  log: { info: (line: object, message: string) => void; isLevelEnabled?: (level: string) => boolean };
}

/** Marks a request the fast path looked up and missed, so the routed path does not count it twice. */
export const missedByFastPath = Symbol('missedByFastPath');

type RawRequest = IncomingMessage & { [missedByFastPath]?: string };

const searchPath = /^\/search(\.json)?\/?(\?|$)/;

/** The headers of a hit as writeHead takes them, flat: built once per entry and encoding. */
interface WireHeaders {
  notModified: string[];
  ok: Partial<Record<Encoding, string[]>>;
}

/** The length of the body sent in `encoding`: the stored body's, since the token keeps the slot's width. */
function bodyLength(entry: CachedPage, encoding: Encoding): number {
  if (encoding === 'identity' || !entry.compressed) return entry.identity.length;
  return encoding === 'br' ? entry.compressed.br!.body.length : entry.compressed.gzip.body.length;
}

export function createCacheFastPath({ pageCache, securityHeaders, formTokenNow, draining = () => false, log }: FastPathOptions): (request: RawRequest, response: ServerResponse) => boolean {
  const fixed = Object.entries(securityHeaders).flat();
  const wire = new WeakMap<CachedPage, WireHeaders>();

  function wireHeaders(entry: CachedPage): WireHeaders {
    let headers = wire.get(entry);
    if (!headers) {
      // The order of the routed answer: security headers, the entry's own, then the hit's.
      const notModified = [...fixed, ...Object.entries(entry.headers).flat(), 'x-cache', 'hit', 'etag', entry.etag, 'vary', 'Accept-Encoding'];
      wire.set(entry, (headers = { notModified, ok: {} }));
    }
    return headers;
  }

  function okHeaders(entry: CachedPage, encoding: Encoding): string[] {
    const headers = wireHeaders(entry);
    return (headers.ok[encoding] ??= [...headers.notModified, ...(encoding === 'identity' ? [] : ['content-encoding', encoding]), 'content-length', String(bodyLength(entry, encoding))]);
  }

  return (request, response) => {
    const method = request.method;
    if ((method !== 'GET' && method !== 'HEAD') || !pageCache.enabled) return false;
    const url = request.url ?? '/';
    // Search is left to the router, where its per-client rate limit runs before the cache answers.
    if (url.startsWith('/admin') || url.startsWith('/media/') || searchPath.test(url)) return false;
    const cookie = request.headers.cookie;
    if (cookie !== undefined && cookie.includes(`${heldCookie}=`)) return false;
    if (mayBeLegacyQueryLink(url)) return false; // ?p=123 from an imported WordPress site: a redirect
    const logging = log.isLevelEnabled?.('info') ?? true;
    const started = logging ? performance.now() : 0;
    const key = cacheKeyOf(url);
    const entry = pageCache.get(key);
    if (!entry) {
      request[missedByFastPath] = key;
      return false;
    }
    const token = entry.tokenArticleId === null ? undefined : formTokenNow(entry.tokenArticleId);
    if (entry.tokenArticleId !== null && token === undefined) return false;

    const closing = draining();
    let status = 200;
    if (request.headers['if-none-match'] === entry.etag) {
      status = 304;
      const headers = wireHeaders(entry).notModified;
      response.writeHead(304, closing ? [...headers, 'connection', 'close'] : headers).end();
    } else {
      const encoding = chooseEncoding(entry, request.headers['accept-encoding']);
      const headers = okHeaders(entry, encoding);
      response.writeHead(200, closing ? [...headers, 'connection', 'close'] : headers);
      if (method === 'HEAD') response.end();
      else {
        const chunks = pageChunks(entry, encoding, token);
        response.cork();
        for (const chunk of chunks) response.write(chunk);
        response.end(); // uncorks: headers and pieces leave together
      }
    }
    if (logging) log.info({ method, path: url.split('?')[0], status, ms: Math.round(performance.now() - started) }, 'request');
    return true;
  };
}
