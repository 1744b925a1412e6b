// Cache hits over real HTTP are answered before Fastify routes the request (web/cache-fast-path.ts).
// They must be indistinguishable from the routed answer: the same headers, the same bytes in every
// encoding with a valid fresh token, 304 on a matching ETag, HEAD without a body; and everything
// the fast path cannot answer alone (a miss, a reader's personal page, the admin) still reaches
// the routes.
import { request } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../src/content/content.ts';
import { buildTestApp, type TestApp } from '../helpers/build-test-app.ts';
import { factories } from '../helpers/factories.ts';

describe('cache hits answered before routing', () => {
  let t: TestApp;
  let base: string;
  let article: Article;
  let routed = 0;

  beforeAll(async () => {
    t = await buildTestApp();
    t.app.addHook('onRequest', async () => {
      routed++;
    });
    const make = factories(t.app);
    const section = await make.section({ name: 'World', slug: 'world' });
    const person = await make.person({ name: 'Amara Okafor', slug: 'amara-okafor' });
    article = await make.article({ headline: 'Harbour vote passes', slug: 'harbour-vote', sectionId: section.id, authorIds: [person.id], standfirst: 'Dredging wins.', bodyMarkdown: 'Councillors approved the dredging of the quays.\n\nThe vote was close.' });
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const address = t.app.server.address();
    base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });
  afterAll(() => t.close());

  const fetchRaw = (path: string, init: RequestInit = {}) => fetch(base + path, { ...init, headers: { 'accept-encoding': 'identity', ...(init.headers as Record<string, string>) } });
  /** The bytes on the wire, undecoded (fetch would decode them). */
  const bytesOf = (path: string, acceptEncoding: string) =>
    new Promise<{ encoding: string | undefined; body: Buffer }>((resolve, reject) => {
      request(base + path, { headers: { 'accept-encoding': acceptEncoding } }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ encoding: response.headers['content-encoding'], body: Buffer.concat(chunks) }));
      })
        .on('error', reject)
        .end();
    });
  const withoutToken = (html: string) => html.replace(/name="formToken" form="comment-form" value="[^"]*"/, '');
  const tokenOf = (html: string) => /name="formToken" form="comment-form" value="([^"]*)"/.exec(html)?.[1];
  const comparable = (headers: Record<string, string>) => {
    const { date, connection, 'keep-alive': keepAlive, 'content-length': length, ...rest } = headers;
    return rest;
  };

  /** Loads a page until the cache holds it and its compressed bodies are ready. */
  async function warm(path: string) {
    await fetchRaw(path);
    await t.app.pageCache.settled();
  }

  it('serves a cached article without running any Fastify hook, with the headers of the routed answer', async () => {
    await warm(article.path!);
    const before = routed;
    const response = await fetchRaw(article.path!);
    expect(routed).toBe(before);
    expect(response.status).toBe(200);
    const fast = Object.fromEntries(response.headers);
    const viaRoutes = await t.app.inject({ url: article.path! });
    expect(viaRoutes.headers['x-cache']).toBe('hit');
    const routedHeaders = Object.fromEntries(Object.entries(viaRoutes.headers).map(([name, value]) => [name, String(value)]));
    expect(comparable(fast)).toEqual(comparable(routedHeaders));
    const html = await response.text();
    expect(Number(fast['content-length'])).toBe(Buffer.byteLength(html));
    expect(withoutToken(html)).toBe(withoutToken(viaRoutes.body));
    expect(html).toContain('Harbour vote passes');
  });

  it('fills a fresh, well-formed comment-form token into every encoding', async () => {
    await warm(article.path!);
    const identity = await (await fetchRaw(article.path!)).text();
    const gzipped = await bytesOf(article.path!, 'gzip');
    expect(gzipped.encoding).toBe('gzip');
    const gzip = gunzipSync(gzipped.body).toString();
    const brotli = await bytesOf(article.path!, 'br');
    expect(brotli.encoding).toBe('br');
    const br = brotliDecompressSync(brotli.body).toString();
    for (const html of [identity, gzip, br]) {
      expect(withoutToken(html)).toBe(withoutToken(identity));
      expect(tokenOf(html)).toMatch(/^[0-9a-z]{9}\.[A-Za-z0-9_-]{32}$/);
    }
  });

  it('sends the headers of the routed answer in every encoding, on 304 and on HEAD, each length the bytes sent', async () => {
    await warm(article.path!);
    const raw = (method: string, headers: Record<string, string>) =>
      new Promise<{ status: number; headers: Record<string, string>; body: Buffer }>((resolve, reject) => {
        request(base + article.path!, { method, headers }, (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => resolve({ status: response.statusCode!, headers: response.headers as Record<string, string>, body: Buffer.concat(chunks) }));
        })
          .on('error', reject)
          .end();
      });
    const etag = (await raw('GET', {})).headers.etag!;
    for (const acceptEncoding of ['identity', 'gzip', 'br', 'gzip, deflate, br']) {
      for (const [method, extra] of [['GET', {}], ['HEAD', {}], ['GET', { 'if-none-match': etag }]] as const) {
        const before = routed;
        const fast = await raw(method, { 'accept-encoding': acceptEncoding, ...extra });
        expect(routed).toBe(before);
        const viaRoutes = await t.app.inject({ method, url: article.path!, headers: { 'accept-encoding': acceptEncoding, ...extra } });
        expect(fast.status).toBe(viaRoutes.statusCode);
        const routedHeaders = Object.fromEntries(Object.entries(viaRoutes.headers).map(([name, value]) => [name, String(value)]));
        expect(comparable(fast.headers), `${method} ${acceptEncoding} ${JSON.stringify(extra)}`).toEqual(comparable(routedHeaders));
        if (fast.status === 304) expect(fast.headers['content-length']).toBeUndefined();
        else expect(Number(fast.headers['content-length'])).toBe(method === 'HEAD' ? viaRoutes.rawPayload.length || Number(routedHeaders['content-length']) : fast.body.length);
      }
    }
  });

  it('answers 304 to a matching ETag and HEAD with the length but no body', async () => {
    await warm(article.path!);
    const first = await fetchRaw(article.path!);
    const etag = first.headers.get('etag')!;
    const length = first.headers.get('content-length');
    await first.arrayBuffer();
    const before = routed;
    const notModified = await fetchRaw(article.path!, { headers: { 'if-none-match': etag } });
    expect(notModified.status).toBe(304);
    expect(await notModified.text()).toBe('');
    const head = await fetchRaw(article.path!, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-length')).toBe(length);
    expect(await head.text()).toBe('');
    expect(routed).toBe(before);
  });

  it('leaves misses, readers with held comments and the admin to the routes', async () => {
    await warm('/world');
    const before = routed;
    await fetchRaw('/world', { headers: { cookie: 'byline_held=1.abc' } });
    expect(routed).toBe(before + 1);
    await fetchRaw('/admin/sign-in');
    expect(routed).toBe(before + 2);
    const miss = await fetchRaw('/author/amara-okafor');
    expect(miss.status).toBe(200);
    expect(miss.headers.get('x-cache')).not.toBe('hit');
    expect(routed).toBe(before + 3);
    const stats = t.app.pageCache.stats();
    const again = await fetchRaw('/author/amara-okafor');
    expect(again.headers.get('x-cache')).toBe('hit');
    expect(t.app.pageCache.stats().hits).toBe(stats.hits + 1);
    expect(routed).toBe(before + 3);
  });

  it('leaves an old WordPress ?p= link on a cached front page to the redirect, and serves ?utm_ links from the cache', async () => {
    await warm('/');
    const before = routed;
    const tracked = await fetchRaw('/?utm_source=newsletter');
    expect(tracked.headers.get('x-cache')).toBe('hit');
    expect(routed).toBe(before);
    await fetchRaw('/?p=4821', { redirect: 'manual' });
    expect(routed).toBe(before + 1);
  });

  it('counts a miss once, though both the fast path and the routes looked', async () => {
    const before = t.app.pageCache.stats().misses;
    await fetchRaw('/tag/none-such-tag-ever');
    expect(t.app.pageCache.stats().misses).toBe(before + 1);
  });
});
