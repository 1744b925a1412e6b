// Feeds and sitemaps are polled by readers and crawlers: each answer carries an ETag (a hash of
// its bytes, so it changes exactly when they do) and a Last-Modified, and a client that already
// has this version gets a bodiless 304. If-None-Match wins over If-Modified-Since (RFC 9110).
import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';

export interface Cacheable {
  body: string;
  contentType: string;
  lastModified: Date | null;
  maxAgeSeconds: number;
}

export function sendCacheable(request: FastifyRequest, reply: FastifyReply, { body, contentType, lastModified, maxAgeSeconds }: Cacheable): FastifyReply {
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;
  reply.header('etag', etag).header('cache-control', `public, max-age=${maxAgeSeconds}`);
  if (lastModified) reply.header('last-modified', lastModified.toUTCString());
  if (isFresh(request, etag, lastModified)) return reply.code(304).send();
  return reply.type(contentType).send(body);
}

function isFresh(request: FastifyRequest, etag: string, lastModified: Date | null): boolean {
  const ifNoneMatch = request.headers['if-none-match'];
  if (ifNoneMatch !== undefined) {
    return ifNoneMatch.split(',').some((tag) => {
      const candidate = tag.trim();
      return candidate === '*' || candidate.replace(/^W\//, '') === etag;
    });
  }
  const ifModifiedSince = request.headers['if-modified-since'];
  if (ifModifiedSince === undefined || !lastModified) return false;
  const since = Date.parse(ifModifiedSince);
  // HTTP dates have whole seconds: compare at that precision.
  return !Number.isNaN(since) && Math.floor(lastModified.getTime() / 1000) * 1000 <= since;
}
