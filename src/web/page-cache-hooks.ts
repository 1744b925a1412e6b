// The page cache on the public site's request path. A hit is answered before any route runs (over
// real HTTP before Fastify sees the request at all: cache-fast-path.ts); a public HTML page is
// stored as it goes out, with the keys its route declared (page-keys.ts), and announced to CDNs in
// Surrogate-Key / Cache-Tag. Each response is chosen by Accept-Encoding (brotli, gzip or identity;
// `Vary: Accept-Encoding`), and its comment-form token is signed afresh. A reader with comments
// awaiting moderation gets the same cached page with their own comments spliced in, marked
// private: the cache is never bypassed for them.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../app-context.ts';
import { type CachedPage, chooseEncoding, type PageCache, onceBody, pageBody, personalBody } from '../cache/page-cache.ts';
import { missedByFastPath } from './cache-fast-path.ts';
import { cacheKeyOf } from './cache-key.ts';
import { heldCommentIds } from './held-comments.ts';
import { type HeldItem, placeHeldComments } from './held-placement.ts';
import { pageKeysOf } from './page-keys.ts';

/** Renders a reader's own held comments for an article, none when they have none there. */
export type PersonalFragment = (request: FastifyRequest, articleId: number) => Promise<HeldItem[]>;

const keyOfRequest = new WeakMap<FastifyRequest, string>();
const isRead = (request: FastifyRequest) => request.method === 'GET' || request.method === 'HEAD';

export function registerPageCache(app: FastifyInstance, { context, pageCache, personalFragment }: { context: AppContext; pageCache: PageCache; personalFragment: PersonalFragment }): void {
  const { comments } = context.services;
  const token = async (entry: CachedPage) => (entry.tokenArticleId !== null ? comments.formToken(entry.tokenArticleId) : undefined);

  /** Sends a stored (or wrapped) page: the reader's own version, a 304, or the best encoding. */
  async function serve(request: FastifyRequest, reply: FastifyReply, entry: CachedPage, stored: boolean): Promise<Buffer | undefined> {
    const articleId = entry.tokenArticleId;
    const held = entry.personalOffset >= 0 && articleId !== null && heldCommentIds(request).length > 0 ? await personalFragment(request, articleId) : [];
    if (held.length > 0) {
      reply.removeHeader('etag');
      reply.header('cache-control', 'private, no-store');
      return placeHeldComments(personalBody(entry, '', await token(entry)), entry.personalOffset, held);
    }
    if (!stored) return onceBody(entry, await token(entry));
    reply.header('etag', entry.etag).header('vary', 'Accept-Encoding');
    if (request.headers['if-none-match'] === entry.etag) {
      reply.code(304);
      return undefined;
    }
    const encoding = chooseEncoding(entry, request.headers['accept-encoding']);
    if (encoding !== 'identity') reply.header('content-encoding', encoding);
    return pageBody(entry, encoding, await token(entry));
  }

  app.addHook('onRequest', async (request) => {
    if (pageCache.enabled && isRead(request)) keyOfRequest.set(request, cacheKeyOf(request.url));
  });

  app.addHook('preHandler', async (request, reply) => {
    const key = keyOfRequest.get(request);
    const entry = key !== undefined && !(missedByFastPath in request.raw) ? pageCache.get(key) : undefined;
    if (!entry) return;
    reply.headers(entry.headers).header('x-cache', 'hit');
    const body = await serve(request, reply, entry, true);
    return body === undefined ? reply.send() : reply.code(200).send(body);
  });

  app.addHook('onSend', async (request, reply, payload) => {
    if (!Buffer.isBuffer(payload) || reply.getHeader('x-cache') === 'hit') return payload;
    const type = String(reply.getHeader('content-type') ?? '');
    if (!type.startsWith('text/html')) return payload;
    const cacheControl = String(reply.getHeader('cache-control') ?? '');
    const key = keyOfRequest.get(request);
    if (key === undefined || reply.statusCode !== 200 || !cacheControl.startsWith('public')) return serve(request, reply, pageCache.wrap(payload), false);
    const keys = pageKeysOf(request);
    const cdnHeaders: Record<string, string> = keys.length > 0 ? { 'surrogate-key': keys.join(' '), 'cache-tag': keys.join(',') } : {};
    reply.headers(cdnHeaders);
    const entry = pageCache.set(key, payload, { 'content-type': type, 'cache-control': cacheControl, ...cdnHeaders }, keys);
    return (await serve(request, reply, entry, true)) ?? Buffer.alloc(0);
  });
}
