// Property-based tests of the edge (request-shape.ts and the parsers behind it): requests made by
// fast-check from every registered route — hostile path parameters, query strings with any keys
// and values (repeated, nested, unencoded), and bodies of any type and shape — signed out and as
// an administrator with a valid CSRF token, are answered, and never with a 5xx; and no /media/
// path, however encoded, serves a file from outside the media directory.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../helpers/build-test-app.ts';
import { cookieHeader, type Staff } from '../helpers/newsroom.ts';
import { anyText, hostileText, runs } from '../helpers/property.ts';
import { registeredRoutes, siteUnderAttack } from '../helpers/routes.ts';

const secret = 'a file beside the media directory';

/** Query strings: any names and values, encoded or sent raw, some names repeated or bracketed. */
const queryString = fc
  .array(fc.tuple(fc.oneof(fc.constantFrom('page', 'q', 'section', 'author', 'before', 'after', 'status', 'id', 'replyto', 'next', 'token', 'q[]', 'page[x]', '__proto__', 'constructor'), anyText), anyText, fc.boolean()), { maxLength: 6 })
  .map((pairs) => pairs.map(([name, value, raw]) => (raw ? `${name}=${value}`.replace(/[#\s]/g, '') : `${encodeURIComponent(name)}=${encodeURIComponent(value)}`)).join('&'));

const body = fc.oneof(
  fc.record({ type: fc.constant('application/x-www-form-urlencoded'), payload: fc.oneof(hostileText, queryString) }),
  fc.record({ type: fc.constant('application/json'), payload: fc.oneof(fc.jsonValue().map((value) => JSON.stringify(value)), hostileText) }),
  fc.record({ type: fc.constant('multipart/form-data; boundary=zz'), payload: hostileText.map((text) => `--zz\r\nContent-Disposition: form-data; name="${text.slice(0, 10)}"\r\n\r\n${text}`) }),
  fc.record({ type: fc.constantFrom('text/plain', 'application/xml', '', 'application/x-www-form-urlencoded; charset=utf-16'), payload: anyText }),
);

const segment = fc.oneof(fc.constantFrom('1', '0', '-1', '1e21', '99999999999999999999', 'x%ZZ', '%2e%2e', '..', 'NaN', ''), anyText.map(encodeURIComponent));

describe('the edge, for any request', () => {
  let t: TestApp;
  let admin: Staff;
  let csrf: string;
  beforeAll(async () => {
    ({ t, admin, csrf } = await siteUnderAttack());
    writeFileSync(path.join(t.config.dataDir, 'secret.txt'), secret);
  });
  afterAll(() => t.close());

  it('answers every generated request, none with a 5xx', async () => {
    const routes = registeredRoutes(t.app).filter((route) => route.methods.includes('GET') || route.methods.includes('POST'));
    const request = fc.record({ route: fc.constantFrom(...routes), params: fc.array(segment, { minLength: 4, maxLength: 4 }), query: queryString, body, post: fc.boolean(), signedIn: fc.boolean(), withCsrf: fc.boolean() });
    await fc.assert(
      fc.asyncProperty(request, async ({ route, params, query, body, post, signedIn, withCsrf }) => {
        let n = 0;
        const concrete = route.path.replace(/:\w+|\*/g, () => params[n++ % params.length]!);
        const method = post && route.methods.includes('POST') ? 'POST' : route.methods.includes('GET') ? 'GET' : 'POST';
        const headers: Record<string, string> = { origin: 'https://news.example.test', host: 'news.example.test', ...(signedIn && { cookie: cookieHeader(admin.jar) }), ...(signedIn && withCsrf && { 'x-csrf-token': csrf }), ...(method === 'POST' && body.type && { 'content-type': body.type }) };
        const options: InjectOptions = { method, url: query ? `${concrete}?${query}` : concrete, headers, ...(method === 'POST' && { payload: body.payload }) };
        const response = await t.app.inject(options);
        expect(response.statusCode, `${method} ${options.url} ${body.type}`).toBeLessThan(500);
      }),
      runs(500),
    );
  }, 120_000);

  it('serves nothing from outside the media directory, whatever the /media/ path', async () => {
    const pieces = fc.constantFrom('..', '%2e%2e', '%2E%2E', '.%2e', '%252e%252e', '/', '%2f', '%5c', '\\', '//', 'secret.txt', 'byline.db', 'media', '%00', '.', 'uploads');
    await fc.assert(
      fc.asyncProperty(fc.array(pieces, { minLength: 1, maxLength: 8 }), async (parts) => {
        const response = await t.app.inject({ url: `/media/${parts.join('')}` });
        expect(response.statusCode).toBeLessThan(500);
        expect(response.body).not.toContain(secret);
        expect(response.body).not.toContain('SQLite format');
      }),
      runs(300),
    );
  });
});
