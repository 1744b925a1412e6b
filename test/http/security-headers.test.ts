// Regressions (issue 8): /media/ answered without the site's security headers (no nosniff on
// uploads), and no response carried HSTS although the site is served over https. The header
// set now depends on the base URL, is computed once, and is the same on the routed path, the
// cache fast path, media and the admin.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../src/content/content.ts';
import { strictTransportSecurity } from '../../src/web/security-headers.ts';
import { buildTestApp, type TestApp } from '../helpers/build-test-app.ts';
import { factories } from '../helpers/factories.ts';

const expectSiteHeaders = (headers: Record<string, unknown>) => {
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(String(headers['content-security-policy'])).toContain("default-src 'self'");
  expect(headers['x-frame-options']).toBe('SAMEORIGIN');
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
};

describe('security headers on an https site', () => {
  let t: TestApp;
  let article: Article;
  let base: string;
  beforeAll(async () => {
    t = await buildTestApp(); // base URL https://news.example.test
    article = await factories(t.app).article();
    writeFileSync(path.join(t.config.dataDir, 'media', 'harbour.jpg'), Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]));
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const address = t.app.server.address();
    base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });
  afterAll(() => t.close());

  it('does not serve a media file without the security headers', async () => {
    const response = await t.app.inject({ url: '/media/harbour.jpg' });
    expect(response.statusCode).toBe(200);
    expectSiteHeaders(response.headers);
    expect(response.headers['strict-transport-security']).toBe(strictTransportSecurity);
  });

  it('does not answer a missing media file without the security headers', async () => {
    const response = await t.app.inject({ url: '/media/nothing-here.jpg' });
    expect(response.statusCode).toBe(404);
    expectSiteHeaders(response.headers);
  });

  it('does not leave HSTS off a public page, the admin or a search', async () => {
    for (const url of [article.path!, '/', '/admin/login', '/search?q=harbour', '/no-such-page']) {
      expect((await t.app.inject({ url })).headers['strict-transport-security'], url).toBe('max-age=31536000; includeSubDomains');
    }
  });

  it('does not drop HSTS or any security header when the cache fast path answers', async () => {
    const fresh = await factories(t.app).article({ headline: 'A page no one has asked for yet' });
    const routed = await fetch(base + fresh.path!);
    expect(routed.headers.get('x-cache')).not.toBe('hit');
    await t.app.pageCache.settled();
    const hit = await fetch(base + fresh.path!);
    expect(hit.headers.get('x-cache')).toBe('hit');
    for (const name of ['strict-transport-security', 'content-security-policy', 'x-content-type-options', 'x-frame-options', 'referrer-policy']) {
      expect(hit.headers.get(name), name).toBe(routed.headers.get(name));
    }
    expect(hit.headers.get('strict-transport-security')).toBe(strictTransportSecurity);
  });
});

describe('security headers on a plain http site', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp({ env: { BYLINE_BASE_URL: 'http://news.example.test' } });
  });
  afterAll(() => t.close());

  it('does not send HSTS when the base URL is http (a browser would refuse the site until it expired)', async () => {
    for (const url of ['/', '/admin/login', '/media/nothing.jpg']) {
      const response = await t.app.inject({ url });
      expect(response.headers['strict-transport-security'], url).toBeUndefined();
      expect(response.headers['x-content-type-options'], url).toBe('nosniff');
    }
  });
});
