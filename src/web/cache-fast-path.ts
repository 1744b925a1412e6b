// Cache hits answered on the raw Node request, before Fastify routes anything. A GET or HEAD for
// a page the cache holds gets the same bytes and headers as the routed path in page-cache-hooks.ts
// (security headers, ETag and 304, the best encoding, a fresh comment-form token), written as
// pieces of the stored body in one writev, with the one log line a request. Anything else falls
// through to Fastify: a miss, a reader with held comments (their page is personal), an old
// WordPress ?p= link on the front page (a redirect), a search (rate-limited per client), a page whose
// form token needs the secret before it has been read once.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { chooseEncoding, type PageCache, pageChunks } from '../cache/page-cache.ts';
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
  log: { info: (line: object, message: string) => void };
}

/** Marks a request the fast path looked up and missed, so the routed path does not count it twice. */
export const missedByFastPath = Symbol('missedByFastPath');

type RawRequest = IncomingMessage & { [missedByFastPath]?: string };

const searchPath = /^\/search(\.json)?\/?(\?|$)/;

export function createCacheFastPath({ pageCache, securityHeaders, formTokenNow, draining = () => false, log }: FastPathOptions): (request: RawRequest, response: ServerResponse) => boolean {
  const fixed = Object.entries(securityHeaders);
  return (request, response) => {
    const method = request.method;
    if ((method !== 'GET' && method !== 'HEAD') || !pageCache.enabled) return false;
    const url = request.url ?? '/';
    // Search is left to the router, where its per-client rate limit runs before the cache answers.
    if (url.startsWith('/admin') || url.startsWith('/media/') || searchPath.test(url)) return false;
    const cookie = request.headers.cookie;
    if (cookie !== undefined && cookie.includes(`${heldCookie}=`)) return false;
    if (mayBeLegacyQueryLink(url)) return false; // ?p=123 from an imported WordPress site: a redirect
    const started = performance.now();
    const key = cacheKeyOf(url);
    const entry = pageCache.get(key);
    if (!entry) {
      request[missedByFastPath] = key;
      return false;
    }
    const token = entry.tokenArticleId === null ? undefined : formTokenNow(entry.tokenArticleId);
    if (entry.tokenArticleId !== null && token === undefined) return false;

    for (const [name, value] of fixed) response.setHeader(name, value);
    for (const [name, value] of Object.entries(entry.headers)) response.setHeader(name, value);
    response.setHeader('x-cache', 'hit');
    response.setHeader('etag', entry.etag);
    response.setHeader('vary', 'Accept-Encoding');
    if (draining()) response.setHeader('connection', 'close');
    let status = 200;
    if (request.headers['if-none-match'] === entry.etag) {
      status = 304;
      response.writeHead(304).end();
    } else {
      const encoding = chooseEncoding(entry, request.headers['accept-encoding']);
      if (encoding !== 'identity') response.setHeader('content-encoding', encoding);
      const chunks = pageChunks(entry, encoding, token);
      response.setHeader('content-length', chunks.reduce((sum, chunk) => sum + chunk.length, 0));
      response.writeHead(200);
      if (method === 'HEAD') response.end();
      else {
        response.cork();
        for (const chunk of chunks) response.write(chunk);
        response.end(); // uncorks: headers and pieces leave together
      }
    }
    log.info({ method, path: url.split('?')[0], status, ms: Math.round(performance.now() - started) }, 'request');
    return true;
  };
}
