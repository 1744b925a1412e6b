// The site's stylesheet, read once and served under a content hash so browsers may keep it
// for a year (a new deploy with new CSS gets a new URL), compressed once with brotli and gzip.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { createStaticBody } from '../cache/static-asset.ts';

export interface Asset {
  path: string;
  body: Buffer;
  contentType: string;
  encoded: ReturnType<typeof createStaticBody>;
}

let stylesheet: Asset | undefined;

/** The stylesheet, read and compressed once per process. */
export function loadStylesheet(): Asset {
  if (stylesheet) return stylesheet;
  const body = readFileSync(new URL('./assets/site.css', import.meta.url));
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 12);
  return (stylesheet = { path: `/assets/site.${hash}.css`, body, contentType: 'text/css; charset=utf-8', encoded: createStaticBody(body) });
}

export function sendAsset(request: FastifyRequest, reply: FastifyReply, asset: Asset): FastifyReply {
  const { body, encoding } = asset.encoded.pick(request.headers['accept-encoding']);
  reply.type(asset.contentType).header('cache-control', 'public, max-age=31536000, immutable').header('vary', 'Accept-Encoding');
  if (encoding) reply.header('content-encoding', encoding);
  return reply.send(body);
}
